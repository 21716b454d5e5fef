import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Evaluation } from "../../../api/process.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useFormat } from "../../../i18n/format.ts";
import { HeldForm } from "./EvaluationForms.tsx";
import { TwoVoices } from "./TwoVoices.tsx";

interface Props {
  evaluation: Evaluation;
  personName: string;
  readOnly: boolean;
  onRecorded(evaluation: Evaluation): void;
  onOutdated(): void;
}

/** Who asked for it (the person's own request stands out), whether it was held, and what came out of it in both voices. */
export function EvaluationCard({ evaluation, personName, readOnly, onRecorded, onOutdated }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [recording, setRecording] = useState(false);
  // Said on the card, not in the form: the form is gone once the held evaluation is loaded.
  const [notice, setNotice] = useState<string | null>(null);
  const askedByPerson = evaluation.requestedBy === "person";
  const { done } = evaluation;

  return (
    <li className={askedByPerson ? "card evaluation evaluation-asked" : "card evaluation"} data-evaluation={evaluation.id}>
      <h3>{t("evaluation.cardTitle", { date: format.date(evaluation.requestedAt) })}</h3>
      <p>
        {askedByPerson ? <span className="tag tag-strong">{t("evaluation.askedBy", { name: personName })}</span> : <span className="tag">{t("evaluation.plannedByWorker")}</span>}
        {done ? <span className="tag">{t("evaluation.held")}</span> : <span className="tag tag-warning">{t("evaluation.notYetHeld")}</span>}
      </p>
      <ErrorAlert message={notice} />
      {evaluation.note ? <p className="evaluation-note">{t("evaluation.noteText", { note: evaluation.note })}</p> : null}
      {done ? <p className="meta">{t("evaluation.heldBy", { date: format.dateTime(done.at), name: done.by.displayName })}</p> : null}
      <TwoVoices workerLabel={t("evaluation.outcome")} workerText={done?.outcome ?? null} ownWords={evaluation.ownWords} ownWordsBy={evaluation.ownWordsBy} />
      {readOnly || done ? null : recording ? (
        <HeldForm
          evaluation={evaluation}
          personName={personName}
          onCancel={() => setRecording(false)}
          onConflict={() => {
            setRecording(false);
            setNotice(t("evaluation.alreadyHeld"));
            onOutdated();
          }}
          onRecorded={(held) => {
            setRecording(false);
            onRecorded(held);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setRecording(true)}>
            {t("evaluation.recordHeld")}
          </button>
        </div>
      )}
    </li>
  );
}
