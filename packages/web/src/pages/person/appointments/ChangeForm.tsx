import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { TextArea, TextField } from "../../../components/Field.tsx";
import type { FieldMessages } from "../../../i18n/errors.ts";
import { fromLocalInput, toLocalInput } from "./localTime.ts";

export type ChangeKind = "move" | "cancel";

interface Props {
  kind: ChangeKind;
  startsAt: string;
  /** Resolves to field errors from the server (empty when saved). */
  onSubmit(change: { startsAt?: string; reason: string }): Promise<FieldMessages>;
  onClose(): void;
}

/** Moving asks for the new time and why; cancelling asks why. The question takes focus. */
export function ChangeForm({ kind, startsAt, onSubmit, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [when, setWhen] = useState(toLocalInput(startsAt));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldMessages>({});
  useEffect(() => headingRef.current?.focus(), []);

  const focusInvalid = (): void => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const iso = fromLocalInput(when);
    const problems: FieldMessages = {};
    if (kind === "move" && !iso) problems.startsAt = t("fieldErrors.required");
    if (reason.trim() === "") problems.reason = t("appointment.reasonRequired");
    if (Object.keys(problems).length === 0) {
      const fromServer = await onSubmit({ ...(kind === "move" && iso ? { startsAt: iso } : {}), reason: reason.trim() });
      Object.assign(problems, fromServer);
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) window.setTimeout(focusInvalid, 0);
  };

  return (
    <form ref={formRef} className="drop-form" aria-labelledby={headingId} noValidate onSubmit={(event) => void submit(event)}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t(kind === "move" ? "appointment.moveTitle" : "appointment.cancelTitle")}
      </h4>
      {kind === "move" ? (
        <TextField label={t("appointment.newStartsAt")} type="datetime-local" required error={errors.startsAt} value={when} onChange={(e) => setWhen(e.target.value)} />
      ) : null}
      <TextArea label={t("appointment.reason")} hint={t("appointment.reasonHint")} required rows={2} maxLength={LIMITS.reason} error={errors.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
      <div className="actions">
        <button type="submit" className={kind === "cancel" ? "button-danger" : "button-primary"}>
          {t(kind === "move" ? "appointment.moveSubmit" : "appointment.cancelSubmit")}
        </button>
        <button type="button" onClick={onClose}>
          {t("appointment.keep")}
        </button>
      </div>
    </form>
  );
}
