import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listPersonEncounters } from "../../api/persons.ts";
import type { Encounter } from "../../api/types.ts";
import { ErrorAlert } from "../../components/Alert.tsx";
import { DomainNames } from "../../components/DomainNames.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { usePaged } from "../../hooks/usePaged.ts";
import { useErrorText } from "../../i18n/errors.ts";
import { useFormat } from "../../i18n/format.ts";
import { signalFormLink } from "../signals/signalLink.ts";

function EncounterItem({ encounter, personId, shared }: { encounter: Encounter; personId: string; shared: boolean }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const anonymous = encounter.anonymous;
  const anonymousLabel = anonymous ? [anonymous.nickname, anonymous.description].filter(Boolean).join(" – ") : "";
  return (
    <li className="encounter">
      <h3>
        <time dateTime={encounter.startedAt}>{format.dateTime(encounter.startedAt)}</time>
      </h3>
      <dl className="inline-details">
        <div>
          <dt>{t("encounter.place")}</dt>
          <dd>{t(`placeType.${encounter.placeType}`)}</dd>
        </div>
        {encounter.durationMinutes !== null ? (
          <div>
            <dt>{t("encounter.duration")}</dt>
            <dd>{format.minutes(encounter.durationMinutes)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("encounter.present")}</dt>
          <dd>{[...encounter.workers, ...encounter.persons].map((p) => p.displayName).join(", ")}</dd>
        </div>
        {encounter.domains && encounter.domains.length > 0 ? (
          <div>
            <dt>{t("encounter.domains")}</dt>
            <dd>
              <DomainNames keys={encounter.domains} />
            </dd>
          </div>
        ) : null}
      </dl>
      {anonymousLabel ? <p>{t("encounter.anonymous", { label: anonymousLabel })}</p> : null}
      {anonymous?.headCount ? <p>{t("encounter.headCount", { count: anonymous.headCount })}</p> : null}
      {encounter.note ? <p className="note">{encounter.note}</p> : null}
      {encounter.note && encounter.noteShared ? <p className="tag tag-shared">{t("encounter.noteShared")}</p> : null}
      {encounter.noteHidden && !shared ? <p className="hint">{t("person.noteHidden")}</p> : null}
      {/* Something structural seen here becomes a signal in one step; read by consent, the person is not the reader's to count. */}
      {shared ? null : (
        <p>
          <Link to={signalFormLink({ from: "encounter", personId })}>{t("signals.raise")}</Link>
        </p>
      )}
    </li>
  );
}

/**
 * Newest first, as the API gives them. `shared`: read through a consent, which never carries
 * workers' notes; said once, not at every encounter.
 */
export function EncounterList({ personId, shared = false }: { personId: string; shared?: boolean }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const list = usePaged((cursor) => listPersonEncounters(personId, cursor), [personId]);
  return (
    <section aria-labelledby="person-encounters">
      <h2 id="person-encounters">{t("person.encounters")}</h2>
      {shared ? <p className="hint">{t("shared.notesNotShared")}</p> : null}
      <ErrorAlert message={list.error ? errorText.message(list.error) : null} />
      {list.items === null && !list.error ? <p>{t("common.loading")}</p> : null}
      {list.items?.length === 0 ? <p>{t("person.noEncounters")}</p> : null}
      {list.items && list.items.length > 0 ? (
        <ol className="encounter-list">
          {list.items.map((encounter) => (
            <EncounterItem key={encounter.id} encounter={encounter} personId={personId} shared={shared} />
          ))}
        </ol>
      ) : null}
      <LoadMore show={list.hasMore} busy={list.loadingMore} onClick={list.loadMore} />
    </section>
  );
}
