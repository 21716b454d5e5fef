import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listLifeEvents, type LifeEvent } from "../../../api/process.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { DomainNames } from "../../../components/DomainNames.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";
import { LifeEventForm } from "./LifeEventForm.tsx";
import { TwoVoices } from "./TwoVoices.tsx";

interface Props {
  personId: string;
  personName: string;
  /** Read by consent: the events, nothing to record. */
  readOnly?: boolean;
}

/** After an unexpected event: look at the agenda again, together with the person. */
function RevisitAgenda({ personName }: { personName: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="note-box" role="status">
      <p>{t("lifeEvent.revisit", { name: personName })}</p>
      <p>
        <a href="#person-agenda">{t("lifeEvent.toAgenda")}</a>
      </p>
    </div>
  );
}

function LifeEventEntry({ event }: { event: LifeEvent }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="card life-event">
      <h3>
        {t(`lifeEventKind.${event.kind}`)}
        {event.title ? `: ${event.title}` : ""}
      </h3>
      <p className="meta">
        {format.date(event.date)} {event.expected ? <span className="tag">{t("timeline.text.expected")}</span> : null}
        {event.domains.length > 0 ? (
          <>
            {" · "}
            <DomainNames keys={event.domains} />
          </>
        ) : null}
      </p>
      <TwoVoices workerLabel={t("lifeEvent.whatChanges")} workerText={event.whatChanges} ownWords={event.ownWords} ownWordsBy={event.ownWordsBy} />
    </li>
  );
}

/** "Wat er gebeurt": expected and unexpected life events that the work adjusts to. */
export function LifeEventsSection({ personId, personName, readOnly = false }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const events = useLoad(() => listLifeEvents(personId), [personId]);
  const [adding, setAdding] = useState(false);
  const [revisit, setRevisit] = useState(false);

  return (
    <section aria-labelledby="person-life-events" className="person-life-events">
      <h2 id="person-life-events">{t("lifeEvent.title")}</h2>
      <p className="hint">{t("lifeEvent.intro", { name: personName })}</p>
      <ErrorAlert message={events.error ? errorText.message(events.error) : null} />
      {revisit ? <RevisitAgenda personName={personName} /> : null}
      {readOnly ? null : adding ? (
        <LifeEventForm
          personId={personId}
          personName={personName}
          onCancel={() => setAdding(false)}
          onRecorded={(event) => {
            setAdding(false);
            setRevisit(event.revisitAgenda);
            events.setData((current) => [event, ...(current ?? []).filter((e) => e.id !== event.id)]);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setAdding(true)}>
            {t("lifeEvent.new")}
          </button>
        </div>
      )}
      {events.data?.length === 0 ? <p>{t("lifeEvent.none", { name: personName })}</p> : null}
      {events.data && events.data.length > 0 ? (
        <ul className="card-list" aria-label={t("lifeEvent.listLabel", { name: personName })}>
          {events.data.map((event) => (
            <LifeEventEntry key={event.id} event={event} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
