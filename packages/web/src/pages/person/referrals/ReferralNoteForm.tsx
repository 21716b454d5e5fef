import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BARRIER_REASONS } from "@nabij/domain";
import { ApiError } from "../../../api/client.ts";
import { addReferralNote, type Referral } from "../../../api/referrals.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { SelectField, TextArea } from "../../../components/Field.tsx";
import { useSubmit } from "../../../hooks/useSubmit.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { isBarrierReason, NEW_REFERRAL_NOTE, referralNoteInput, referralNoteProblems, type ReferralNoteDraft } from "./referralNoteDraft.ts";
import { SaveCancel } from "../../../components/SaveCancel.tsx";

interface Props {
  referral: Referral;
  onNoted(referral: Referral): void;
  onClose(): void;
  /** It was entered in error meanwhile: the card closes the form, says so and loads it again. */
  onConflict(): void;
}

/** "This is a barrier" and, once ticked, what kind of barrier (for structural signals later). */
function BarrierChoice({ draft, onChange }: { draft: ReferralNoteDraft; onChange(patch: Partial<ReferralNoteDraft>): void }): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <label className="choice">
        <input type="checkbox" checked={draft.barrier} onChange={(e) => onChange({ barrier: e.target.checked })} />
        <span>{t("referral.markBarrier")}</span>
      </label>
      {draft.barrier ? (
        <SelectField
          label={t("referral.barrierReason")}
          optional
          value={draft.barrierReason}
          onChange={(e) => onChange({ barrierReason: isBarrierReason(e.target.value) ? e.target.value : "" })}
        >
          <option value="">{t("referral.chooseBarrierReason")}</option>
          {BARRIER_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`barrierReason.${reason}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}

/** A note in the referral's history that leaves its status as it is: news, a call, a barrier on the way. */
export function ReferralNoteForm({ referral, onNoted, onClose, onConflict }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmit();
  const [draft, setDraft] = useState<ReferralNoteDraft>(NEW_REFERRAL_NOTE);
  const [textError, setTextError] = useState<string | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<ReferralNoteDraft>): void => setDraft((current) => ({ ...current, ...patch }));
  useEffect(() => formRef.current?.querySelector("textarea")?.focus(), []);

  const failed = (caught: unknown): string => {
    if (caught instanceof ApiError && caught.code === "conflict") {
      onConflict();
      return t("referral.errors.noteNotAllowed");
    }
    return errorText.message(caught);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (Object.keys(referralNoteProblems(draft)).length > 0) {
      setTextError(t("referral.invalid.note"));
      submit.setError(t("referral.invalid.summary"));
      formRef.current?.querySelector("textarea")?.focus();
      return;
    }
    setTextError(undefined);
    await submit.run(async () => onNoted(await addReferralNote(referral.id, referralNoteInput(draft))), failed);
  };

  const titleId = `referral-note-${referral.id}`;
  return (
    <form ref={formRef} className="referral-note-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>{t("referral.noteTitle")}</strong>
      </p>
      <ErrorAlert message={submit.error} />
      <TextArea label={t("referral.noteText")} hint={t("referral.noteHint")} error={textError} rows={2} maxLength={4000} value={draft.text} onChange={(e) => change({ text: e.target.value })} />
      <BarrierChoice draft={draft} onChange={change} />
      <SaveCancel busy={submit.busy} saveLabel={t("referral.noteSave")} onCancel={onClose} />
    </form>
  );
}
