import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea } from "../../../components/Field.tsx";
import { Loading } from "../../../components/Loading.tsx";
import { useLoad } from "../../../hooks/useLoad.ts";
import { askEvaluation, listEvaluations, type Evaluation } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { EvaluationCard } from "./EvaluationCard.tsx";

/** As long as the server takes it (evaluationRequestCreate in @nabij/domain). */
const NOTE_MAX = 2000;

/** "Look back together": ask for a moment with the worker, and see the moments asked or planned. */
export function EvaluationsSection({ announce }: { announce(message: string): void }): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const evaluations = useLoad(listEvaluations, []);
  const { setData } = evaluations;

  const changed = (saved: Evaluation, message: string): void => {
    setData((current) => current?.map((e) => (e.id === saved.id ? saved : e)));
    announce(message);
  };

  const asked = (evaluation: Evaluation): void => {
    setData((current) => [evaluation, ...(current ?? []).filter((e) => e.id !== evaluation.id)]);
    announce(t("evaluations.asked"));
  };

  return (
    <section aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">{t("evaluations.title")}</h2>
      <p>{t("evaluations.intro")}</p>
      <AskForm onAsked={asked} />
      <ErrorAlert message={evaluations.error ? errors.message(evaluations.error) : null} />
      {evaluations.loading && !evaluations.data ? <Loading /> : null}
      {evaluations.data && evaluations.data.length === 0 ? <p>{t("evaluations.empty")}</p> : null}
      {evaluations.data && evaluations.data.length > 0 ? (
        <ul className="portal-list">
          {evaluations.data.map((evaluation) => (
            <EvaluationCard key={evaluation.id} evaluation={evaluation} onChanged={changed} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AskForm({ onAsked }: { onAsked(evaluation: Evaluation): void }): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFieldError(undefined);
    try {
      onAsked(await askEvaluation(note.trim()));
      setNote("");
    } catch (caught) {
      setFieldError(errors.fields(caught).note);
      setError(errors.message(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card" onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert message={error} />
      <TextArea
        label={t("evaluations.noteLabel")}
        hint={t("evaluations.noteHint")}
        optional
        rows={2}
        maxLength={NOTE_MAX}
        error={fieldError}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t("common.saving") : t("evaluations.ask")}
      </button>
    </form>
  );
}
