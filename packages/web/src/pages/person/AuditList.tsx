import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ACCESS_BASES } from "@nabij/domain";
import { ApiError } from "../../api/client.ts";
import { listPersonAudit } from "../../api/persons.ts";
import type { AuditEvent } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { usePaged } from "../../hooks/usePaged.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";

type ActionKind = "read" | "create" | "update" | "delete" | "export" | "other";
type EntityKind = "person" | "encounter" | "involvement" | "audit" | "agenda" | "strength" | "appointment" | "calendar_feed" | "consent" | "portal" | "other";
const ENTITIES: readonly EntityKind[] = ["person", "encounter", "involvement", "audit", "agenda", "strength", "appointment", "calendar_feed", "consent", "portal"];

/** Audit actions are technical names ("encounter.list"): shown as what and how, in words. */
function entityKind(action: string): EntityKind {
  const entity = action.split(".")[0] ?? "";
  return ENTITIES.find((e) => e === entity) ?? "other";
}

function actionKind(action: string): ActionKind {
  const verb = action.split(".").pop()?.toLowerCase() ?? "";
  if (/read|view|get|list|search|history|status|received|session/.test(verb)) return "read";
  if (/create|add|insert|invite|activate/.test(verb)) return "create";
  if (/update|patch|change|edit|reorder|move|cancel|withdraw|end|revoke/.test(verb)) return "update";
  if (/delete|remove|erase/.test(verb)) return "delete";
  if (/export|download/.test(verb)) return "export";
  return "other";
}

function AuditItem({ event }: { event: AuditEvent }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const denied = /denied|refused|forbidden|fail/i.test(event.outcome);
  const basis = ACCESS_BASES.find((b) => b === event.basis);
  return (
    <li>
      <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>{" "}
      <strong>{event.actorKind === "person" ? t("person.auditThePerson") : (event.actorName ?? t("person.auditSystem"))}</strong>
      {event.actorOrganisationName ? ` (${event.actorOrganisationName})` : null}: {t(`auditEntity.${entityKind(event.action)}`)} –{" "}
      {t(`auditAction.${actionKind(event.action)}`)}
      {basis ? <span className="tag">{t(`accessBasisShort.${basis}`)}</span> : null}
      {denied ? <span className="tag tag-warning">{t("auditOutcome.denied")}</span> : null}
    </li>
  );
}

export function AuditList({ personId }: { personId: string }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = usePaged((cursor) => listPersonAudit(personId, cursor), [personId]);
  // Forbidden means this user is not among those who may read the log: show nothing at all.
  if (list.error instanceof ApiError && list.error.code === "forbidden") return null;
  return (
    <section aria-labelledby="person-audit">
      <h2 id="person-audit">{t("person.audit")}</h2>
      <p className="hint">{t("person.auditIntro")}</p>
      <ErrorAlert message={list.error ? errorText.message(list.error) : null} />
      {list.items === null && !list.error ? <p>{t("common.loading")}</p> : null}
      {list.items?.length === 0 ? <p>{t("person.auditEmpty")}</p> : null}
      {list.items && list.items.length > 0 ? (
        <ul className="audit-list">
          {list.items.map((event) => (
            <AuditItem key={event.seq} event={event} />
          ))}
        </ul>
      ) : null}
      <LoadMore show={list.hasMore} busy={list.loadingMore} onClick={list.loadMore} />
    </section>
  );
}
