import { useEffect, useState, type ReactNode, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { AGENDA_STATUSES, RAISED_BY } from "@nabij/domain";
import { agendaHistory } from "../../../api/agenda.ts";
import type { AgendaVersion } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useLifeDomains } from "../../../hooks/useLifeDomains.tsx";
import { useErrorText } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";

/** The fields the server keeps versions of, in the order they are shown. */
const FIELDS = ["title", "status", "ownWords", "raisedBy", "domains", "droppedBy", "dropReason"] as const;
type Field = (typeof FIELDS)[number];

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === "string" && (list as readonly string[]).includes(value);

/** One value of a field in words: statuses, who and life domains by their labels. */
function useValueText(): (field: Field, value: unknown) => string {
  const { t } = useTranslation();
  const domains = useLifeDomains();
  return (field, value) => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t("agenda.historyValueEmpty");
    if (field === "status" && isOneOf(AGENDA_STATUSES, value)) return t(`agendaStatus.${value}`);
    if ((field === "raisedBy" || field === "droppedBy") && isOneOf(RAISED_BY, value)) return t(`raisedBy.${value}`);
    if (field === "domains" && Array.isArray(value)) {
      return value.map((d) => domains.name(String(d))).join(", ");
    }
    return typeof value === "string" ? value : JSON.stringify(value);
  };
}

function VersionEntry({ entry }: { entry: AgendaVersion }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const valueText = useValueText();
  const name = entry.changedByName ?? t("agenda.historyUnknown");
  const created = entry.version === 1;
  const changed = FIELDS.filter((field) => Object.hasOwn(entry.changes, field));
  return (
    <li>
      <p className="history-who">
        <time dateTime={entry.changedAt}>{format.dateTime(entry.changedAt)}</time>{" "}
        {created ? t("agenda.historyCreated", { name }) : t("agenda.historyChanged", { name })}
      </p>
      <dl className="inline-details">
        {changed.map((field) => {
          const change = entry.changes[field];
          // A new item has no "before": show what it started with.
          const empty = change?.from === null || change?.from === undefined;
          return (
            <div key={field}>
              <dt>{t(`agendaField.${field}`)}</dt>
              <dd>
                {created || empty
                  ? valueText(field, change?.to)
                  : t("agenda.historyFromTo", { from: valueText(field, change?.from), to: valueText(field, change?.to) })}
              </dd>
            </div>
          );
        })}
      </dl>
    </li>
  );
}

/**
 * "Geschiedenis" of one item: loaded when opened, and again when the item changes while open.
 * Newest first, as the server gives it.
 */
export function AgendaHistory({ itemId, title, version }: { itemId: string; title: string; version: number }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<AgendaVersion[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setError(null);
    agendaHistory(itemId).then(
      (items) => {
        if (current) setEntries(items);
      },
      (caught: unknown) => {
        if (current) setError(caught);
      },
    );
    return () => {
      current = false;
    };
  }, [open, itemId, version]);

  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>): void => setOpen(event.currentTarget.open);

  return (
    <details className="disclosure agenda-history" onToggle={onToggle}>
      <summary>
        {t("agenda.history")}
        <span className="visually-hidden"> – {title}</span>
      </summary>
      {open ? (
        <div>
          <ErrorAlert message={error ? errorText.message(error) : null} />
          {entries === null && !error ? <p>{t("common.loading")}</p> : null}
          {entries?.length === 0 ? <p>{t("agenda.historyEmpty")}</p> : null}
          {entries && entries.length > 0 ? (
            <ol className="history-list">
              {entries.map((entry) => (
                <VersionEntry key={entry.version} entry={entry} />
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
