import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CONTACT_PREFERENCES, LIMITS, type ContactPreference } from "@nabij/domain";
import { createPerson } from "../api/persons.ts";
import type { Person } from "../api/types.ts";
import { useFocusFirstInvalid } from "../hooks/useFocusFirstInvalid.ts";
import { useErrorText, type FieldMessages } from "../i18n/errors.ts";
import { ErrorAlert } from "./Alert.tsx";
import { SelectField, TextField } from "./Field.tsx";
import { EMPTY_DRAFT, localErrors, toCreateInput, type DraftKey, type PersonDraft } from "./personDraft.ts";

interface FieldsProps {
  draft: PersonDraft;
  onChange<K extends DraftKey>(key: K, value: PersonDraft[K]): void;
  fieldErrors: FieldMessages;
  /** Without the "contact" part the server shows no contact details: they cannot be edited either. */
  showContact?: boolean;
  /** Extra words under a field (what someone else saved in between). */
  notes?: Partial<Record<DraftKey, string>>;
}

const hintOf = (...parts: (string | undefined)[]): string | undefined => parts.filter(Boolean).join(" ") || undefined;

/** The inputs of a person, shared by "new person" and "edit". */
export function PersonFields({ draft, onChange, fieldErrors, showContact = true, notes = {} }: FieldsProps): ReactNode {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t("personForm.displayName")}
        hint={hintOf(t("personForm.displayNameHint"), notes.displayName)}
        error={fieldErrors.displayName}
        required
        maxLength={LIMITS.displayName}
        autoComplete="off"
        value={draft.displayName}
        onChange={(e) => onChange("displayName", e.target.value)}
      />
      <TextField
        label={t("personForm.legalName")}
        hint={notes.legalName}
        optional
        error={fieldErrors.legalName}
        maxLength={LIMITS.legalName}
        autoComplete="off"
        value={draft.legalName}
        onChange={(e) => onChange("legalName", e.target.value)}
      />
      <TextField
        label={t("personForm.birthDate")}
        hint={notes.birthDate}
        optional
        type="date"
        error={fieldErrors.birthDate}
        value={draft.birthDate}
        onChange={(e) => onChange("birthDate", e.target.value)}
      />
      <TextField
        label={t("personForm.insz")}
        hint={hintOf(t("personForm.inszHint"), notes.insz)}
        optional
        error={fieldErrors.insz}
        inputMode="numeric"
        maxLength={20}
        autoComplete="off"
        value={draft.insz}
        onChange={(e) => onChange("insz", e.target.value)}
      />
      {showContact ? (
        <>
          <TextField
            label={t("personForm.phone")}
            hint={notes.phone}
            optional
            type="tel"
            error={fieldErrors.phone}
            maxLength={LIMITS.phone}
            autoComplete="off"
            value={draft.phone}
            onChange={(e) => onChange("phone", e.target.value)}
          />
          <TextField
            label={t("personForm.email")}
            hint={notes.email}
            optional
            type="email"
            error={fieldErrors.email}
            maxLength={LIMITS.email}
            autoComplete="off"
            value={draft.email}
            onChange={(e) => onChange("email", e.target.value)}
          />
          <SelectField
            label={t("personForm.contactPreference")}
            hint={notes.contactPreference}
            optional
            error={fieldErrors.contactPreference}
            value={draft.contactPreference}
            onChange={(e) => onChange("contactPreference", e.target.value as ContactPreference | "")}
          >
            <option value="">{t("personForm.noPreference")}</option>
            {CONTACT_PREFERENCES.map((p) => (
              <option key={p} value={p}>
                {t(`contactPreference.${p}`)}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
    </>
  );
}

/** A new person: only the name is needed. */
export function PersonForm({ onCreated }: { onCreated(person: Person): void }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [draft, setDraft] = useState<PersonDraft>(EMPTY_DRAFT);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends DraftKey>(key: K, value: PersonDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const local = localErrors(draft, t);
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      setError(t("errors.validation_failed"));
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(await createPerson(toCreateInput(draft)));
    } catch (caught) {
      setError(errorText.message(caught));
      setFieldErrors(errorText.fields(caught));
      focusFirstInvalid();
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate className="card">
      <h2>{t("personForm.title")}</h2>
      <p className="hint">{t("personForm.onlyNameNeeded")}</p>
      <ErrorAlert message={error} />
      <PersonFields draft={draft} onChange={set} fieldErrors={fieldErrors} />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t("common.saving") : t("personForm.submit")}
      </button>
    </form>
  );
}
