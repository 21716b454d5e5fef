import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { newClientId } from "../../../api/agenda.ts";
import { ApiError } from "../../../api/client.ts";
import { changeAgreement, makeAgreement, type Agreement } from "../../../api/process.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { TextArea, TextField } from "../../../components/Field.tsx";
import { useFocusFirstInvalid } from "../../../hooks/useFocusFirstInvalid.ts";
import { useSubmit } from "../../../hooks/useSubmit.ts";
import { useErrorText } from "../../../i18n/errors.ts";
import { SaveCancel } from "../../../components/SaveCancel.tsx";

interface Props {
  personId: string;
  personName: string;
  /** The agreement to change (a new version, with why); none for a new one. */
  agreement?: Agreement;
  onSaved(agreement: Agreement): void;
  onCancel(): void;
  /** Someone else changed it first: load it again. */
  onOutdated?(): void;
}

/** What, who does what, by when, and the person's own words; a change also says why. */
export function AgreementForm({ personId, personName, agreement, onSaved, onCancel, onOutdated }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const submit = useSubmit();
  const [what, setWhat] = useState(agreement?.what ?? "");
  const [whoDoesWhat, setWho] = useState(agreement?.whoDoesWhat ?? "");
  const [dueDate, setDueDate] = useState(agreement?.dueDate ?? "");
  const [ownWords, setOwnWords] = useState(agreement?.ownWords ?? "");
  const [why, setWhy] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [id] = useState(newClientId);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const send = async (): Promise<Agreement> => {
    if (!agreement) {
      return makeAgreement(personId, {
        id,
        what: what.trim(),
        ...(whoDoesWhat.trim() ? { whoDoesWhat: whoDoesWhat.trim() } : {}),
        ...(dueDate ? { dueDate } : {}),
        ...(ownWords.trim() ? { ownWords: ownWords.trim() } : {}),
      });
    }
    return changeAgreement(agreement.id, {
      what: what.trim(),
      whoDoesWhat: whoDoesWhat.trim() || null,
      dueDate: dueDate || null,
      ownWords: ownWords.trim() || null,
      why: why.trim(),
      version: agreement.version,
    });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!what.trim()) problems.what = t("agreement.invalid.what");
    if (agreement && !why.trim()) problems.why = t("agreement.invalid.why");
    setFields(problems);
    if (Object.keys(problems).length > 0) {
      submit.setError(t("referral.invalid.summary"));
      focusFirstInvalid();
      return;
    }
    await submit.run(
      async () => onSaved(await send()),
      (caught) => {
        if (caught instanceof ApiError && caught.code === "stale_version") {
          onOutdated?.();
          return t("agreement.stale");
        }
        setFields(errorText.fields(caught));
        return errorText.message(caught);
      },
    );
  };

  const titleId = agreement ? `agreement-change-${agreement.id}` : "agreement-new";
  return (
    <form ref={formRef} className="card agreement-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby={titleId}>
      <h3 id={titleId}>{agreement ? t("agreement.changeTitle") : t("agreement.newTitle", { name: personName })}</h3>
      <ErrorAlert message={submit.error} />
      <TextArea label={t("agreement.what")} error={fields.what} rows={2} maxLength={2000} value={what} onChange={(e) => setWhat(e.target.value)} />
      <TextArea label={t("agreement.whoDoesWhat")} optional rows={2} maxLength={2000} value={whoDoesWhat} onChange={(e) => setWho(e.target.value)} />
      <TextField label={t("agreement.dueDate")} optional type="date" error={fields.dueDate} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      <TextArea label={t("process.ownWordsOf", { name: personName })} optional rows={2} maxLength={4000} value={ownWords} onChange={(e) => setOwnWords(e.target.value)} />
      {agreement ? <TextArea label={t("agreement.why")} error={fields.why} rows={2} maxLength={2000} value={why} onChange={(e) => setWhy(e.target.value)} /> : null}
      <SaveCancel busy={submit.busy} saveLabel={t("agreement.save")} onCancel={onCancel} />
    </form>
  );
}
