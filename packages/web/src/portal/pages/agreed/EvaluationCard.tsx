import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { saveEvaluationOwnWords, type Evaluation } from "../../api.ts";
import { usePortalFormat } from "../../format.ts";
import { LabelledText } from "../../LabelledText.tsx";
import { OwnWordsVoice, TwoVoices } from "../../OwnWordsVoice.tsx";

interface Props {
  evaluation: Evaluation;
  onChanged(evaluation: Evaluation, message: string): void;
}

/** One moment to look back together: who asked, about what, whether it happened, what came out of it. */
export function EvaluationCard({ evaluation, onChanged }: Props): ReactNode {
  const { t } = useTranslation("portal");
  const format = usePortalFormat();
  const byPerson = evaluation.requestedBy === "person";
  const title = t(byPerson ? "evaluations.askedByYou" : "evaluations.plannedByWorker", { date: format.day(evaluation.requestedAt) });

  const saveOwnWords = async (ownWords: string): Promise<void> => {
    onChanged(await saveEvaluationOwnWords(evaluation.id, ownWords), t("ownWords.saved"));
  };

  return (
    <li className="card portal-evaluation">
      <h3>{title}</h3>
      {evaluation.note ? <LabelledText label={t(byPerson ? "evaluations.yourNote" : "evaluations.workerNote")} text={evaluation.note} /> : null}
      <p className="meta">
        {evaluation.done ? t("evaluations.held", { date: format.day(evaluation.done.at), name: evaluation.done.by.displayName }) : t("evaluations.notHeld")}
      </p>
      <TwoVoices workerLabel={t("evaluations.outcome")} workerText={evaluation.done?.outcome ?? null}>
        <OwnWordsVoice ownWords={evaluation.ownWords} ownWordsBy={evaluation.ownWordsBy} about={title} onSave={saveOwnWords} />
      </TwoVoices>
    </li>
  );
}
