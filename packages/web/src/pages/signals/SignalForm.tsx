import { useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { PersonalDataFinding } from "@nabij/domain";
import { raiseSignal, refusedFindings } from "../../api/signals.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { DomainPicker } from "../../components/DomainPicker.tsx";
import { TextField } from "../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../hooks/useFocusFirstInvalid.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { useErrorText, type FieldMessages } from "../../i18n/errors.ts";
import { confirmFinding, openFindings, removeFinding } from "./findings.ts";
import { BarrierField, MechanismField, PeopleField, ThemesField } from "./SignalFields.tsx";
import { SignalTextField } from "./SignalTextField.tsx";
import { signalInput, signalProblems, type SignalDraft } from "./signalDraft.ts";

/**
 * The signal itself. Nothing is sent while the text holds something that may identify someone;
 * the server checks again (it also knows the names of the worker's persons) and answers 422 with
 * what it found, shown the same way. Saved, it goes to the list of signals.
 */
export function SignalForm({ initial }: { initial: SignalDraft }): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const submit = useSubmit();
  const [draft, setDraft] = useState<SignalDraft>(initial);
  const [fromServer, setFromServer] = useState<PersonalDataFinding[]>([]);
  const [fields, setFields] = useState<FieldMessages>({});
  const [status, setStatus] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const change = (patch: Partial<SignalDraft>): void => setDraft((current) => ({ ...current, ...patch }));
  const findings = useMemo(() => openFindings(draft.text, fromServer, draft.confirmations), [draft.text, fromServer, draft.confirmations]);

  // The button that was pressed goes away with its finding: focus moves on to the next one, or back to the text.
  const focusAfterFinding = (): void => {
    requestAnimationFrame(() => {
      const form = formRef.current;
      (form?.querySelector<HTMLElement>(".finding button") ?? form?.querySelector<HTMLElement>("textarea"))?.focus();
    });
  };
  const remove = (finding: PersonalDataFinding): void => {
    change({ text: removeFinding(draft.text, finding) });
    setStatus(t("signalForm.findings.removed"));
    focusAfterFinding();
  };
  const keep = (finding: PersonalDataFinding): void => {
    change({ confirmations: confirmFinding(draft.confirmations, finding) });
    setStatus(t("signalForm.findings.kept"));
    focusAfterFinding();
  };

  const failed = (caught: unknown): string => {
    const found = refusedFindings(caught);
    if (found) {
      setFromServer(found);
      setFields({ text: t("signalForm.invalid.findings") });
      focusFirstInvalid();
      return t("signalForm.findings.fromServer");
    }
    setFields(errorText.fields(caught));
    focusFirstInvalid();
    return errorText.message(caught);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems = signalProblems(draft, findings.length);
    if (Object.keys(problems).length > 0) {
      setFields(Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`signalForm.invalid.${problem}`)])));
      submit.setError(t("signalForm.invalid.summary"));
      focusFirstInvalid();
      return;
    }
    setFields({});
    setStatus(null);
    await submit.run(async () => {
      await raiseSignal(signalInput(draft));
      void navigate("/signals", { state: { flash: "signalForm.saved" } });
    }, failed);
  };

  return (
    <form ref={formRef} className="signal-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p className="note-box">{t("signalForm.noName")}</p>
      <ErrorAlert message={submit.error} />
      <StatusMessage message={status} />
      <SignalTextField value={draft.text} onChange={(text) => change({ text })} error={fields.text} findings={findings} onRemove={remove} onKeep={keep} />
      <MechanismField draft={draft} errors={fields} onChange={change} />
      <ThemesField draft={draft} errors={fields} onChange={change} />
      <DomainPicker legend={t("signalForm.domains")} value={draft.domains} onChange={(domains) => change({ domains })} error={fields.domains} />
      <TextField label={t("signalForm.institution")} hint={t("signalForm.institutionHint")} optional maxLength={200} value={draft.institution} onChange={(e) => change({ institution: e.target.value })} />
      <BarrierField draft={draft} onChange={change} />
      <TextField label={t("signalForm.municipality")} hint={t("signalForm.municipalityHint")} error={fields.municipality} maxLength={100} autoComplete="off" value={draft.municipality} onChange={(e) => change({ municipality: e.target.value })} />
      <PeopleField draft={draft} errors={fields} onChange={change} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={submit.busy}>
          {submit.busy ? t("common.saving") : t("signalForm.save")}
        </button>
      </div>
    </form>
  );
}
