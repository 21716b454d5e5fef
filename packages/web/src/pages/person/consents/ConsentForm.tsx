import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_SCOPES, LIMITS, type ConsentCreate, type ConsentScope } from "@nabij/domain";
import { listDirectoryOrganisations, listDirectoryWorkers, recordConsent } from "../../../api/consents.ts";
import type { Consent } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { SelectField, TextArea, TextField } from "../../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../../hooks/useFocusFirstInvalid.ts";
import { useLoad } from "../../../hooks/useLoad.ts";
import { useErrorText, type FieldMessages } from "../../../i18n/errors.ts";
import { localDateValue, startInstant, validFromInput, validUntilInput } from "./dates.ts";

type GivenHow = ConsentCreate["givenHow"];
const GIVEN_HOW: readonly GivenHow[] = ["in_person", "written"];

interface Props {
  personId: string;
  personName: string;
  onRecorded(consent: Consent): void;
  onClose(): void;
}

/** Records a consent the person gave to a worker, in a conversation or on paper. */
export function ConsentForm({ personId, personName, onRecorded, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const organisations = useLoad(listDirectoryOrganisations, []);
  const [organisationId, setOrganisationId] = useState("");
  const workers = useLoad(async () => (organisationId ? listDirectoryWorkers(organisationId) : []), [organisationId]);
  const [userId, setUserId] = useState("");
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [purpose, setPurpose] = useState("");
  const [givenHow, setGivenHow] = useState<GivenHow>("in_person");
  const [validFrom, setValidFrom] = useState(() => localDateValue(new Date()));
  const [validUntil, setValidUntil] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => formRef.current?.querySelector("select")?.focus(), []);

  const toggleScope = (scope: ConsentScope, on: boolean): void =>
    setScopes((current) => (on ? CONSENT_SCOPES.filter((s) => s === scope || current.includes(s)) : current.filter((s) => s !== scope)));

  const chooseOrganisation = (value: string): void => {
    setOrganisationId(value);
    setUserId("");
  };

  const check = (now: Date): FieldMessages => {
    const problems: FieldMessages = {};
    if (!organisationId) problems.recipientOrganisationId = t("fieldErrors.recipient_required");
    if (scopes.length === 0) problems.scopes = t("fieldErrors.scopesRequired");
    if (!purpose.trim()) problems.purpose = t("fieldErrors.required");
    const start = startInstant(validFrom, now);
    if (start === null) problems.validFrom = t("fieldErrors.required");
    if (validUntil) {
      const until = validUntilInput(validUntil);
      if (!until) problems.validUntil = t("fieldErrors.invalid");
      else if (start !== null && new Date(until).getTime() <= start) problems.validUntil = t("fieldErrors.ends_before_start");
    }
    return problems;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const now = new Date();
    const problems = check(now);
    setFieldErrors(problems);
    setError(null);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return;
    }
    const input: ConsentCreate = {
      recipientOrganisationId: organisationId,
      ...(userId ? { recipientUserId: userId } : {}),
      scopes,
      purpose: purpose.trim(),
      givenHow,
      ...validFromInput(validFrom, now),
      ...(validUntil ? { validUntil: validUntilInput(validUntil) } : {}),
    };
    setBusy(true);
    try {
      onRecorded(await recordConsent(personId, input));
    } catch (caught) {
      setError(errorText.message(caught));
      const fields = errorText.fields(caught);
      // A worker not in the organisation is shown at the worker; "body.scopes.0" at the parts.
      for (const key of Object.keys(fields)) {
        if (key.startsWith("scopes.")) fields.scopes ??= fields[key] ?? "";
      }
      setFieldErrors(fields);
      if (Object.keys(fields).length > 0) focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  const scopesError = fieldErrors.scopes;
  const givenHowError = fieldErrors.givenHow;

  return (
    <form ref={formRef} className="card consent-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3 id={`${id}-title`}>{t("consents.formTitle", { name: personName })}</h3>
      <ErrorAlert message={error ?? (organisations.error ? errorText.message(organisations.error) : null)} />
      <fieldset>
        <legend>{t("consents.recipient")}</legend>
        <SelectField
          label={t("consents.organisation")}
          required
          error={fieldErrors.recipientOrganisationId}
          value={organisationId}
          onChange={(e) => chooseOrganisation(e.target.value)}
        >
          <option value="">{t("consents.chooseOrganisation")}</option>
          {(organisations.data ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {organisationId ? (
          <SelectField
            label={t("consents.worker")}
            hint={t("consents.workerHint")}
            optional
            error={fieldErrors.recipientUserId ?? (workers.error ? errorText.message(workers.error) : undefined)}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
          >
            <option value="">{t("consents.wholeOrganisation")}</option>
            {(workers.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.displayName}
              </option>
            ))}
          </SelectField>
        ) : null}
      </fieldset>
      <fieldset className={scopesError ? "field-invalid" : undefined} aria-describedby={`${id}-scopes-hint${scopesError ? ` ${id}-scopes-error` : ""}`}>
        <legend>{t("consents.scopes")}</legend>
        <p className="field-hint" id={`${id}-scopes-hint`}>
          {t("consents.scopesHint")}
        </p>
        {scopesError ? (
          <p className="field-error" id={`${id}-scopes-error`}>
            {scopesError}
          </p>
        ) : null}
        <div className="choice-list">
          {CONSENT_SCOPES.map((scope) => (
            <label className="choice" key={scope}>
              <input type="checkbox" aria-invalid={scopesError ? true : undefined} checked={scopes.includes(scope)} onChange={(e) => toggleScope(scope, e.target.checked)} />
              <span>{t(`personPart.${scope}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea
        label={t("consents.purpose")}
        hint={t("consents.purposeHint", { name: personName })}
        required
        rows={2}
        maxLength={LIMITS.consentPurpose}
        error={fieldErrors.purpose}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <fieldset aria-describedby={givenHowError ? `${id}-given-error` : undefined}>
        <legend>{t("consents.givenHow", { name: personName })}</legend>
        {givenHowError ? (
          <p className="field-error" id={`${id}-given-error`}>
            {givenHowError}
          </p>
        ) : null}
        <div className="choice-list">
          {GIVEN_HOW.map((how) => (
            <label className="choice" key={how}>
              <input type="radio" name={`${id}-given-how`} value={how} checked={givenHow === how} onChange={() => setGivenHow(how)} />
              <span>{t(`consentGivenHow.${how}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label={t("consents.validFrom")} type="date" required error={fieldErrors.validFrom} value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      <TextField
        label={t("consents.validUntil")}
        hint={t("consents.validUntilHint", { name: personName })}
        type="date"
        optional
        error={fieldErrors.validUntil}
        value={validUntil}
        onChange={(e) => setValidUntil(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("common.saving") : t("consents.submit")}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
