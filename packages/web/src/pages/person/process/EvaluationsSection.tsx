import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { listEvaluations, type Evaluation } from "../../../api/process.ts";
import { ErrorAlert, StatusMessage } from "../../../components/Alert.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { EvaluationCard } from "./EvaluationCard.tsx";
import { PlanEvaluationForm } from "./EvaluationForms.tsx";
import { evaluationOrder } from "./evaluationDraft.ts";

interface Props {
  personId: string;
  personName: string;
  /** Read by consent: the evaluations, nothing to plan or record. */
  readOnly?: boolean;
}

/** "Samen terugkijken": evaluation moments the person asked for or the worker planned, and what came out of them. */
export function EvaluationsSection({ personId, personName, readOnly = false }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const evaluations = useLoad(() => listEvaluations(personId), [personId]);
  const { setData, reload } = evaluations;
  const [planning, setPlanning] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const saved = (evaluation: Evaluation): void => setData((current) => [evaluation, ...(current ?? []).filter((e) => e.id !== evaluation.id)]);
  const ordered = evaluationOrder(evaluations.data ?? []);

  return (
    <section aria-labelledby="person-evaluations" className="person-evaluations">
      <h2 id="person-evaluations">{t("evaluation.title")}</h2>
      <p className="hint">{t("evaluation.intro", { name: personName })}</p>
      <StatusMessage message={status} />
      <ErrorAlert message={evaluations.error ? errorText.message(evaluations.error) : null} />
      {readOnly ? null : planning ? (
        <PlanEvaluationForm
          personId={personId}
          personName={personName}
          onCancel={() => setPlanning(false)}
          onPlanned={(evaluation) => {
            setPlanning(false);
            saved(evaluation);
            setStatus(t("evaluation.planned"));
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setPlanning(true)}>
            {t("evaluation.plan")}
          </button>
        </div>
      )}
      {evaluations.data?.length === 0 ? <p>{t("evaluation.none", { name: personName })}</p> : null}
      {ordered.length > 0 ? (
        <ul className="card-list" aria-label={t("evaluation.listLabel", { name: personName })}>
          {ordered.map((evaluation) => (
            <EvaluationCard
              key={evaluation.id}
              evaluation={evaluation}
              personName={personName}
              readOnly={readOnly}
              onOutdated={() => void reload()}
              onRecorded={(recorded) => {
                saved(recorded);
                setStatus(t("evaluation.recorded"));
              }}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
