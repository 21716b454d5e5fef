import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { ErrorAlert } from "../../components/Alert.tsx";
import { TextArea, TextField } from "../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import type { FieldMessages } from "../../i18n/errors.ts";
import type { ContactValues } from "./contactDraft.ts";

/** Why a save did not go through: one sentence, and messages per field. */
export interface ContactProblem {
  message: string;
  fields: FieldMessages;
}

interface Props {
  title: string;
  initial: ContactValues;
  submitLabel: string;
  /** Resolves to null once saved (the form is then closed by its owner). */
  onSave(values: ContactValues): Promise<ContactProblem | null>;
  onClose(): void;
}

const NAME_MAX = 120;

/** Adding or changing a contact person; Escape closes. */
export function ContactForm({ title, initial, submitLabel, onSave, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useRef(false);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [values, setValues] = useState<ContactValues>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  const set = <K extends keyof ContactValues>(key: K, value: ContactValues[K]): void => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy.current) return;
    if (values.name.trim() === "") {
      setFieldErrors({ name: t("fieldErrors.required") });
      setError(null);
      focusFirstInvalid();
      return;
    }
    busy.current = true;
    setSaving(true);
    setError(null);
    setFieldErrors({});
    const problem = await onSave(values);
    busy.current = false;
    setSaving(false);
    if (!problem) return;
    setError(problem.message);
    setFieldErrors(problem.fields);
    if (Object.keys(problem.fields).length > 0) focusFirstInvalid();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose();
  };

  return (
    <form ref={formRef} className="card contact-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`}>{title}</h3>
      <ErrorAlert message={error} />
      <TextField label={t("mapContacts.name")} required autoComplete="off" maxLength={NAME_MAX} error={fieldErrors.name} value={values.name} onChange={(e) => set("name", e.target.value)} />
      <TextField
        label={t("mapContacts.role")}
        hint={t("mapContacts.roleHint")}
        optional
        autoComplete="off"
        maxLength={NAME_MAX}
        error={fieldErrors.role}
        value={values.role}
        onChange={(e) => set("role", e.target.value)}
      />
      <TextField label={t("mapContacts.phone")} optional type="tel" autoComplete="off" maxLength={LIMITS.phone} error={fieldErrors.phone} value={values.phone} onChange={(e) => set("phone", e.target.value)} />
      <TextField label={t("mapContacts.email")} optional type="email" autoComplete="off" maxLength={LIMITS.email} error={fieldErrors.email} value={values.email} onChange={(e) => set("email", e.target.value)} />
      <TextArea
        label={t("mapContacts.notes")}
        hint={t("mapContacts.notesHint")}
        optional
        rows={3}
        maxLength={LIMITS.ownWords}
        error={fieldErrors.notes}
        value={values.notes}
        onChange={(e) => set("notes", e.target.value)}
      />
      <div className="field">
        <label className="choice">
          <input type="checkbox" aria-describedby={`${id}-share-hint`} checked={values.share} onChange={(e) => set("share", e.target.checked)} />
          <span>{t("mapContacts.share")}</span>
        </label>
        <p className="field-hint" id={`${id}-share-hint`}>
          {t("mapContacts.shareHint")}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {saving ? t("common.saving") : submitLabel}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
