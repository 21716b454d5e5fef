import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import { ErrorAlert } from "../../components/Alert.tsx";
import { TextArea, TextField } from "../../components/Field.tsx";
import { useEntryForm, type EntryProblem } from "../../components/useEntryForm.ts";
import type { ContactValues } from "./contactDraft.ts";

/** Why a save did not go through: one sentence, and messages per field. */
export type ContactProblem = EntryProblem;

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
  const { id, formRef, values, set, fieldErrors, error, saving, onSubmit, onKeyDown } = useEntryForm(initial, onSave, onClose);

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
