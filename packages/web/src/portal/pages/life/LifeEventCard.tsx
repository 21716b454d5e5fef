import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { saveLifeEventOwnWords, type LifeEvent } from "../../api.ts";
import { usePortalFormat } from "../../format.ts";
import { OwnWordsVoice, TwoVoices } from "../../OwnWordsVoice.tsx";

interface Props {
  event: LifeEvent;
  onChanged(event: LifeEvent): void;
}

/** One event in the person's life: what kind, when, what changes, and the person's own words. */
export function LifeEventCard({ event, onChanged }: Props): ReactNode {
  const { t } = useTranslation("portal");
  const format = usePortalFormat();
  const kind = t(`lifeEventKind.${event.kind}`);
  const title = event.title ?? kind;
  const when = t(event.expected ? "life.expectedOn" : "life.on", { date: format.day(event.date) });

  const saveOwnWords = async (ownWords: string): Promise<void> => {
    onChanged(await saveLifeEventOwnWords(event.id, ownWords));
  };

  return (
    <li className="card portal-life-event">
      <h3 dir="auto">{title}</h3>
      <p className="meta">
        {event.title ? <span className="status-tag">{kind}</span> : null}
        <time dateTime={event.date}>{when}</time>
      </p>
      <TwoVoices workerLabel={t("life.whatChanges")} workerText={event.whatChanges}>
        <OwnWordsVoice ownWords={event.ownWords} ownWordsBy={event.ownWordsBy} about={title} onSave={saveOwnWords} />
      </TwoVoices>
    </li>
  );
}
