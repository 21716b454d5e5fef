import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RaisedBy } from "@nabij/domain";
import { addAgendaItem, newClientId } from "../../../api/agenda.ts";
import type { AgendaItem } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useFocusFirstInvalid } from "../../../hooks/useFocusFirstInvalid.ts";
import { useErrorText, type FieldMessages } from "../../../i18n/errors.ts";
import { isNetworkFailure, useOutbox } from "../../../offline/OutboxContext.tsx";
import { AgendaFields } from "./AgendaFields.tsx";
import type { AgendaValues } from "./edit.ts";
import { RaisedByChoice } from "./RaisedByChoice.tsx";

const EMPTY: AgendaValues = { title: "", ownWords: "", domains: [] };

interface Props {
  personId: string;
  personName: string;
  onAdded(item: AgendaItem): void;
  /** Saved on the phone (no connection): it is sent when the connection returns. */
  onKept(title: string): void;
  onClose(): void;
}

/**
 * A new item: only the title is needed. The id is made here and kept until the item is saved,
 * so sending again after a lost answer returns the stored item instead of adding it twice.
 */
export function AgendaForm({ personId, personName, onAdded, onKept, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const pendingId = useRef<string | null>(null);
  const busy = useRef(false);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const outbox = useOutbox();
  const [values, setValues] = useState<AgendaValues>(EMPTY);
  const [raisedBy, setRaisedBy] = useState<RaisedBy>("person");
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const focusTitle = (): void => formRef.current?.querySelector<HTMLInputElement>("input")?.focus();
  useEffect(focusTitle, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy.current) return;
    const { title, ownWords, domains } = values;
    if (title.trim() === "") {
      setFieldErrors({ title: t("fieldErrors.required") });
      setError(null);
      focusFirstInvalid();
      return;
    }
    busy.current = true;
    setSaving(true);
    setError(null);
    setFieldErrors({});
    pendingId.current ??= newClientId();
    const input = {
      id: pendingId.current,
      title: title.trim(),
      raisedBy,
      domains: [...domains],
      ...(ownWords.trim() ? { ownWords: ownWords.trim() } : {}),
    };
    const reset = (): void => {
      pendingId.current = null;
      setValues(EMPTY);
      setRaisedBy("person");
      focusTitle();
    };
    // Without a connection the item is kept on the phone, with its id, and sent when it returns.
    const keep = async (): Promise<void> => {
      await outbox.save({ kind: "agenda_item", personId, data: input }, personName);
      reset();
      onKept(input.title);
    };
    try {
      if (!navigator.onLine) await keep();
      else {
        let item: AgendaItem | null = null;
        try {
          item = await addAgendaItem(personId, input);
        } catch (caught) {
          if (!isNetworkFailure(caught)) throw caught;
        }
        if (item) {
          reset();
          onAdded(item);
        } else await keep();
      }
    } catch (caught) {
      setError(errorText.message(caught));
      const fields = errorText.fields(caught);
      setFieldErrors(fields);
      if (Object.keys(fields).length > 0) focusFirstInvalid();
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="card agenda-form" aria-labelledby={headingId} noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3 id={headingId}>{t("agenda.addTitle")}</h3>
      <ErrorAlert message={error} />
      <AgendaFields personName={personName} values={values} errors={fieldErrors} onChange={setValues}>
        <RaisedByChoice legend={t("agenda.raisedByQuestion")} value={raisedBy} onChange={setRaisedBy} />
      </AgendaFields>
      <div className="actions">
        <button type="submit" className="button-primary">
          {saving ? t("common.saving") : t("agenda.submit")}
        </button>
        <button type="button" onClick={onClose}>
          {t("agenda.close")}
        </button>
      </div>
    </form>
  );
}
