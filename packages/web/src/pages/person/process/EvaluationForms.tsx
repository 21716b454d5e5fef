import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { planEvaluation, recordEvaluationHeld, type Evaluation } from "../../../api/process.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea } from "../../../components/Field.tsx";
import { useSubmit } from "../../../hooks/useSubmit.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { heldInput, newHeldDraft, planInput } from "./evaluationDraft.ts";
import { SaveCancel } from "../../../components/SaveCancel.tsx";

interface PlanProps {
  personId: string;
  personName: string;
  onPlanned(evaluation: Evaluation): void;
  onCancel(): void;
}

/** Plan a moment to look back together, with what it is about. */
export function PlanEvaluationForm({ personId, personName, onPlanned, onCancel }: PlanProps): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmit();
  const [note, setNote] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector("textarea")?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    await submit.run(async () => onPlanned(await planEvaluation(personId, planInput(note))), (caught) => errorText.message(caught));
  };

  return (
    <form ref={formRef} className="card evaluation-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="evaluation-plan-title">
      <h3 id="evaluation-plan-title">{t("evaluation.planTitle", { name: personName })}</h3>
      <ErrorAlert message={submit.error} />
      <TextArea label={t("evaluation.note")} hint={t("evaluation.noteHint")} optional rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      <SaveCancel busy={submit.busy} saveLabel={t("evaluation.planSave")} onCancel={onCancel} />
    </form>
  );
}

interface HeldProps {
  evaluation: Evaluation;
  personName: string;
  onRecorded(evaluation: Evaluation): void;
  onCancel(): void;
  /** Someone recorded it first: the card closes the form, says so and loads the evaluations again. */
  onConflict(): void;
}

/** It was held: what came out of it, and the person's words beside it (already filled in when the person wrote them). */
export function HeldForm({ evaluation, personName, onRecorded, onCancel, onConflict }: HeldProps): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmit();
  const [draft, setDraft] = useState(() => newHeldDraft(evaluation));
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector("textarea")?.focus(), []);

  const failed = (caught: unknown): string => {
    if (caught instanceof ApiError && caught.code === "conflict") {
      onConflict();
      return t("evaluation.alreadyHeld");
    }
    return errorText.message(caught);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    await submit.run(async () => onRecorded(await recordEvaluationHeld(evaluation.id, heldInput(draft, evaluation))), failed);
  };

  const titleId = `evaluation-held-${evaluation.id}`;
  return (
    <form ref={formRef} className="evaluation-held" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>{t("evaluation.heldTitle")}</strong>
      </p>
      <ErrorAlert message={submit.error} />
      <TextArea label={t("evaluation.outcome")} optional rows={3} maxLength={4000} value={draft.outcome} onChange={(e) => setDraft({ ...draft, outcome: e.target.value })} />
      <TextArea
        label={t("process.ownWordsOf", { name: personName })}
        hint={evaluation.ownWordsBy === "person" ? t("evaluation.ownWordsByPersonHint", { name: personName }) : undefined}
        optional
        rows={3}
        maxLength={4000}
        value={draft.ownWords}
        onChange={(e) => setDraft({ ...draft, ownWords: e.target.value })}
      />
      <SaveCancel busy={submit.busy} saveLabel={t("evaluation.heldSave")} onCancel={onCancel} />
    </form>
  );
}
