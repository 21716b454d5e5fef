import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_SCOPES, LIMITS, type ConsentScope } from "@nabij/domain";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { SelectField, TextArea, TextField } from "../../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../../hooks/useFocusFirstInvalid.ts";
import { useLoad } from "../../../hooks/useLoad.ts";
import { giveConsent, listOrganisations, listWorkers, type Consent } from "../../api.ts";
import { usePortalErrors } from "../../errors.ts";
import { consentRequest, draftProblems, EMPTY_DRAFT, localDay, type ConsentDraft } from "./consentDraft.ts";

/** The API's field names, as the form calls them. */
const FIELD_OF: Record<string, keyof ConsentDraft> = {
  recipientOrganisationId: "organisationId",
  recipientUserId: "workerId",
  scopes: "scopes",
  purpose: "purpose",
  validUntil: "until",
};

type Messages = Partial<Record<keyof ConsentDraft, string>>;

/** "Give a new permission": who (an organisation, maybe one worker there), which parts, why, until when. */
export function ConsentForm({ onGiven }: { onGiven(consent: Consent): void }): ReactNode {
  const { t } = useTranslation("portal");
  const errors = usePortalErrors();
  const [draft, setDraft] = useState<ConsentDraft>(EMPTY_DRAFT);
  const [messages, setMessages] = useState<Messages>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const scopesErrorId = useId();
  const organisations = useLoad(listOrganisations, []);
  const workers = useLoad(async () => (draft.organisationId ? listWorkers(draft.organisationId) : []), [draft.organisationId]);
  const today = localDay(new Date());

  const set = <K extends keyof ConsentDraft>(key: K, value: ConsentDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  const toggleScope = (scope: ConsentScope, on: boolean): void =>
    set("scopes", on ? CONSENT_SCOPES.filter((s) => s === scope || draft.scopes.includes(s)) : draft.scopes.filter((s) => s !== scope));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems = draftProblems(draft, today);
    const local: Messages = {};
    for (const [key, problem] of Object.entries(problems)) local[key as keyof ConsentDraft] = t(`consents.problems.${problem}`);
    setMessages(local);
    if (Object.keys(local).length > 0) {
      setError(t("consents.fixFields"));
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const consent = await giveConsent(consentRequest(draft));
      setDraft(EMPTY_DRAFT);
      onGiven(consent);
    } catch (caught) {
      const server: Messages = {};
      for (const [name, message] of Object.entries(errors.fields(caught))) {
        const key = FIELD_OF[name.split(".")[0] ?? ""];
        if (key) server[key] ??= message;
      }
      setMessages(server);
      setError(Object.keys(server).length > 0 ? t("consents.fixFields") : errors.message(caught));
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} className="card consent-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorAlert message={error ?? (organisations.error ? errors.message(organisations.error) : null)} />
      <SelectField
        label={t("consents.organisation")}
        required
        error={messages.organisationId}
        value={draft.organisationId}
        onChange={(event) => setDraft((d) => ({ ...d, organisationId: event.target.value, workerId: "" }))}
      >
        <option value="">{t("consents.chooseOrganisation")}</option>
        {(organisations.data ?? []).map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("consents.worker")}
        hint={t("consents.workerHint")}
        optional
        disabled={!draft.organisationId}
        error={messages.workerId}
        value={draft.workerId}
        onChange={(event) => set("workerId", event.target.value)}
      >
        <option value="">{t("consents.anyWorker")}</option>
        {(workers.data ?? []).map((worker) => (
          <option key={worker.id} value={worker.id}>
            {worker.displayName}
          </option>
        ))}
      </SelectField>
      <fieldset className={messages.scopes ? "field-invalid" : undefined} aria-describedby={messages.scopes ? scopesErrorId : undefined}>
        <legend>{t("consents.parts")}</legend>
        <div className="choice-list">
          {CONSENT_SCOPES.map((scope) => (
            <label key={scope} className="choice">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                checked={draft.scopes.includes(scope)}
                aria-invalid={messages.scopes ? true : undefined}
                onChange={(event) => toggleScope(scope, event.target.checked)}
              />
              <span>{t(`scope.${scope}`)}</span>
            </label>
          ))}
        </div>
        {messages.scopes ? (
          <p className="field-error" id={scopesErrorId}>
            {messages.scopes}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        label={t("consents.purpose")}
        hint={t("consents.purposeHint")}
        rows={3}
        required
        maxLength={LIMITS.consentPurpose}
        error={messages.purpose}
        value={draft.purpose}
        onChange={(event) => set("purpose", event.target.value)}
      />
      <TextField
        label={t("consents.until")}
        hint={t("consents.untilHint")}
        optional
        type="date"
        min={today}
        error={messages.until}
        value={draft.until}
        onChange={(event) => set("until", event.target.value)}
      />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t("common.saving") : t("consents.give")}
      </button>
    </form>
  );
}
