import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { checkInsz, CONTACT_PREFERENCES, LIMITS, type ContactPreference, type PersonCreate } from "@nabij/domain";
import { createPerson } from "../api/persons.ts";
import type { Person } from "../api/types.ts";
import { useErrorText, type FieldMessages } from "../i18n/errors.ts";
import { ErrorAlert } from "./Alert.tsx";
import { SelectField, TextField } from "./Field.tsx";

interface Draft {
  displayName: string;
  legalName: string;
  birthDate: string;
  insz: string;
  phone: string;
  email: string;
  contactPreference: ContactPreference | "";
}

const EMPTY: Draft = { displayName: "", legalName: "", birthDate: "", insz: "", phone: "", email: "", contactPreference: "" };

/** Only what was filled in is sent: an empty optional field is "not known", not "". */
function toInput(draft: Draft): PersonCreate {
  const input: PersonCreate = { displayName: draft.displayName.trim() };
  if (draft.legalName.trim()) input.legalName = draft.legalName.trim();
  if (draft.birthDate) input.birthDate = draft.birthDate;
  if (draft.insz.trim()) input.insz = draft.insz.trim();
  if (draft.phone.trim()) input.phone = draft.phone.trim();
  if (draft.email.trim()) input.email = draft.email.trim();
  if (draft.contactPreference) input.contactPreference = draft.contactPreference;
  return input;
}

/** The checks we can do before asking the server; the server checks again. */
function localErrors(draft: Draft, t: (key: "fieldErrors.required" | `fieldErrors.insz_${"format" | "date" | "checksum"}`) => string): FieldMessages {
  const errors: FieldMessages = {};
  if (!draft.displayName.trim()) errors.displayName = t("fieldErrors.required");
  if (draft.insz.trim()) {
    const check = checkInsz(draft.insz);
    if (!check.valid) errors.insz = t(`fieldErrors.insz_${check.reason}`);
  }
  return errors;
}

export function PersonForm({ onCreated }: { onCreated(person: Person): void }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const local = localErrors(draft, t);
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      setError(t("errors.validation_failed"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(await createPerson(toInput(draft)));
    } catch (caught) {
      setError(errorText.message(caught));
      setFieldErrors(errorText.fields(caught));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="card">
      <h2>{t("personForm.title")}</h2>
      <p className="hint">{t("personForm.onlyNameNeeded")}</p>
      <ErrorAlert message={error} />
      <TextField
        label={t("personForm.displayName")}
        hint={t("personForm.displayNameHint")}
        error={fieldErrors.displayName}
        required
        maxLength={LIMITS.displayName}
        autoComplete="off"
        value={draft.displayName}
        onChange={(e) => set("displayName", e.target.value)}
      />
      <TextField
        label={t("personForm.legalName")}
        optional
        error={fieldErrors.legalName}
        maxLength={LIMITS.legalName}
        autoComplete="off"
        value={draft.legalName}
        onChange={(e) => set("legalName", e.target.value)}
      />
      <TextField
        label={t("personForm.birthDate")}
        optional
        type="date"
        error={fieldErrors.birthDate}
        value={draft.birthDate}
        onChange={(e) => set("birthDate", e.target.value)}
      />
      <TextField
        label={t("personForm.insz")}
        hint={t("personForm.inszHint")}
        optional
        error={fieldErrors.insz}
        inputMode="numeric"
        maxLength={20}
        autoComplete="off"
        value={draft.insz}
        onChange={(e) => set("insz", e.target.value)}
      />
      <TextField
        label={t("personForm.phone")}
        optional
        type="tel"
        error={fieldErrors.phone}
        maxLength={LIMITS.phone}
        autoComplete="off"
        value={draft.phone}
        onChange={(e) => set("phone", e.target.value)}
      />
      <TextField
        label={t("personForm.email")}
        optional
        type="email"
        error={fieldErrors.email}
        maxLength={LIMITS.email}
        autoComplete="off"
        value={draft.email}
        onChange={(e) => set("email", e.target.value)}
      />
      <SelectField
        label={t("personForm.contactPreference")}
        optional
        error={fieldErrors.contactPreference}
        value={draft.contactPreference}
        onChange={(e) => set("contactPreference", e.target.value as ContactPreference | "")}
      >
        <option value="">{t("personForm.noPreference")}</option>
        {CONTACT_PREFERENCES.map((p) => (
          <option key={p} value={p}>
            {t(`contactPreference.${p}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t("common.saving") : t("personForm.submit")}
      </button>
    </form>
  );
}
