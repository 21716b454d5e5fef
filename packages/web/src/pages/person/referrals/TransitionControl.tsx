import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BARRIER_STATUSES, type ReferralStatus } from "@nabij/domain";
import { ApiError } from "../../../api/client.ts";
import { moveReferral, type Referral } from "../../../api/referrals.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea } from "../../../components/Field.tsx";
import { useSubmit } from "../../../hooks/useSubmit.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { needsReason } from "./referralDraft.ts";
import { SaveCancel } from "../../../components/SaveCancel.tsx";

interface Props {
  referral: Referral;
  onMoved(referral: Referral): void;
  /** Someone else changed it, or the step no longer fits: load it again. */
  onOutdated(): void;
}

interface FormProps extends Props {
  to: ReferralStatus;
  onClose(): void;
}

/** The step to one next status: a reason (required for the steps that need one), the person's words for completed. */
function TransitionForm({ referral, to, onMoved, onOutdated, onClose }: FormProps): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmit();
  const [reason, setReason] = useState("");
  const [ownWords, setOwnWords] = useState("");
  const [barrier, setBarrier] = useState(false);
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const required = needsReason(to);
  const alwaysBarrier = BARRIER_STATUSES.includes(to);

  useEffect(() => formRef.current?.querySelector("textarea")?.focus(), []);

  const failed = (caught: unknown): string => {
    if (caught instanceof ApiError && caught.code === "rule_violation" && caught.fields.some((f) => f.path === "body.reason")) {
      setReasonError(t("referral.invalid.stepReason"));
      return t("referral.errors.reasonRequired");
    }
    if (caught instanceof ApiError && caught.code === "stale_version") {
      onOutdated();
      return t("referral.errors.stale");
    }
    if (caught instanceof ApiError && caught.code === "conflict") {
      onOutdated();
      return t("referral.errors.notAllowed", { status: t(`referralStatus.${to}`) });
    }
    return errorText.message(caught);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (required && !reason.trim()) {
      setReasonError(t("referral.invalid.stepReason"));
      submit.setError(t("referral.errors.reasonRequired"));
      formRef.current?.querySelector("textarea")?.focus();
      return;
    }
    setReasonError(undefined);
    await submit.run(async () => {
      onMoved(
        await moveReferral(referral.id, {
          to,
          version: referral.version,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(ownWords.trim() ? { ownWords: ownWords.trim() } : {}),
          ...(barrier && !alwaysBarrier ? { barrier: true } : {}),
        }),
      );
    }, failed);
  };

  return (
    <form ref={formRef} className="referral-transition" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p>
        <strong>{t("referral.moveTitle", { status: t(`referralStatus.${to}`) })}</strong>
      </p>
      <ErrorAlert message={submit.error} />
      <TextArea
        label={required ? t("referral.stepReasonLabel") : t("referral.stepNoteLabel")}
        hint={alwaysBarrier ? t("referral.barrierHint") : undefined}
        optional={!required}
        error={reasonError}
        rows={2}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {alwaysBarrier ? null : (
        <label className="choice">
          <input type="checkbox" checked={barrier} onChange={(e) => setBarrier(e.target.checked)} />
          <span>{t("referral.markBarrier")}</span>
        </label>
      )}
      {to === "completed" ? (
        <TextArea label={t("referral.outcomeOwnWords")} hint={t("referral.outcomeOwnWordsHint")} optional rows={2} maxLength={4000} value={ownWords} onChange={(e) => setOwnWords(e.target.value)} />
      ) : null}
      <SaveCancel busy={submit.busy} saveLabel={t("referral.moveSave")} onCancel={onClose} />
    </form>
  );
}

/** A button per status the referral may go to next; the chosen one opens its small form. */
export function TransitionControl({ referral, onMoved, onOutdated }: Props): ReactNode {
  const { t } = useTranslation();
  const [to, setTo] = useState<ReferralStatus | null>(null);
  if (referral.next.length === 0) return null;
  if (to) {
    return (
      <TransitionForm
        referral={referral}
        to={to}
        onOutdated={onOutdated}
        onClose={() => setTo(null)}
        onMoved={(moved) => {
          setTo(null);
          onMoved(moved);
        }}
      />
    );
  }
  return (
    <div className="actions referral-next" role="group" aria-label={t("referral.nextLabel")}>
      {referral.next.map((status) => (
        <button type="button" key={status} className={status === "entered_in_error" ? "button-quiet" : undefined} onClick={() => setTo(status)}>
          {t(`referralMove.${status}`)}
        </button>
      ))}
    </div>
  );
}
