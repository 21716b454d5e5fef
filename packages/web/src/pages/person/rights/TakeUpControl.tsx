import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TAKE_UP_STATUSES, type TakeUpStatus } from "@nabij/domain";
import { setTakeUp } from "../../../api/rights.ts";
import type { TakeUp } from "../../../api/rightsTypes.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { SelectField, TextArea, TextField } from "../../../components/Field.tsx";
import { useErrorText } from "../../../i18n/errors.ts";
import { useFormat } from "../../../i18n/format.ts";
import { isDay } from "../../rights/situation.ts";
import { localDateValue } from "../consents/dates.ts";
import { TakeUpHistory } from "./TakeUpHistory.tsx";

const NOTE_MAX = 1000;
const isStatus = (value: string): value is TakeUpStatus => (TAKE_UP_STATUSES as readonly string[]).includes(value);

interface FormProps {
  personId: string;
  rightId: string;
  rightName: string;
  current: TakeUp | null;
  onSaved(takeUp: TakeUp): void;
  onClose(): void;
}

/** Status, the date it holds from (today unless said otherwise) and a note. */
function TakeUpForm({ personId, rightId, rightName, current, onSaved, onClose }: FormProps): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<TakeUpStatus>(current?.status ?? "to_apply");
  const [date, setDate] = useState(localDateValue(new Date()));
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);

  // The status takes focus when the form opens.
  useEffect(() => formRef.current?.querySelector("select")?.focus(), []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!isDay(date)) {
      setFields({ date: t("rightsCheck.invalid.date") });
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      onSaved(await setTakeUp(personId, rightId, { status, date, ...(note.trim() ? { note: note.trim() } : {}) }));
    } catch (caught) {
      setError(errorText.message(caught));
      setFields(errorText.fields(caught));
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="take-up-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorAlert message={error} />
      <SelectField label={t("takeUp.status", { right: rightName })} error={fields.status} value={status} onChange={(e) => isStatus(e.target.value) && setStatus(e.target.value)}>
        {TAKE_UP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`takeUpStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField label={t("takeUp.date")} type="date" error={fields.date} value={date} onChange={(e) => setDate(e.target.value)} />
      <TextArea label={t("takeUp.note")} optional error={fields.note} rows={2} maxLength={NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t("common.saving") : t("takeUp.save")}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

interface Props {
  personId: string;
  rightId: string;
  rightName: string;
  current: TakeUp | null;
  readOnly: boolean;
  onSaved(takeUp: TakeUp): void;
}

/** Where the person stands with one right (whatever the rules say), how to change it, and its history. */
export function TakeUpControl({ personId, rightId, rightName, current, readOnly, onSaved }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const focusButton = useRef(false);

  useEffect(() => {
    if (editing || !focusButton.current) return;
    focusButton.current = false;
    button.current?.focus();
  }, [editing]);

  const close = (): void => {
    focusButton.current = true;
    setEditing(false);
  };

  return (
    <div className="take-up">
      <p>
        <strong>{t("takeUp.current", { status: t(`takeUpStatus.${current?.status ?? "unknown"}`) })}</strong>
        {current ? <span className="muted"> {t("takeUp.since", { date: format.date(current.date), name: current.updatedBy.displayName })}</span> : null}
      </p>
      {current?.note ? <p className="note">{current.note}</p> : null}
      {readOnly ? null : editing ? (
        <TakeUpForm
          personId={personId}
          rightId={rightId}
          rightName={rightName}
          current={current}
          onSaved={(takeUp) => {
            onSaved(takeUp);
            close();
          }}
          onClose={close}
        />
      ) : (
        <div className="actions">
          <button type="button" ref={button} aria-label={t("takeUp.changeLabel", { right: rightName })} onClick={() => setEditing(true)}>
            {t("takeUp.change")}
          </button>
        </div>
      )}
      <TakeUpHistory personId={personId} rightId={rightId} rightName={rightName} version={current?.updatedAt ?? ""} />
    </div>
  );
}
