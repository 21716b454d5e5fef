import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  /** The worker's text and what it is, beside the person's own words: the same size and weight. */
  workerLabel: string;
  workerText: string | null;
  ownWords: string | null;
  /** Who wrote the person's words down: the person themself (in the portal) or the worker with them. */
  ownWordsBy?: "person" | "worker" | null;
}

/** The worker's text and the person's own words side by side, neither above the other. */
export function TwoVoices({ workerLabel, workerText, ownWords, ownWordsBy = null }: Props): ReactNode {
  const { t } = useTranslation();
  if (!workerText && !ownWords) return null;
  return (
    <div className="two-voices">
      {workerText ? (
        <div className="voice">
          <h4>{workerLabel}</h4>
          <p>{workerText}</p>
        </div>
      ) : null}
      {ownWords ? (
        <div className="voice voice-person">
          <h4>{t("process.ownWords")}</h4>
          <p>{ownWords}</p>
          {ownWordsBy ? <p className="meta voice-by">{t(`process.ownWordsBy.${ownWordsBy}`)}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
