import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItem } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { useFocusFirstInvalid } from "../../../hooks/useFocusFirstInvalid.ts";
import type { FieldMessages } from "../../../i18n/errors.ts";
import { AgendaFields } from "./AgendaFields.tsx";
import { editPatch, rebase, valuesOf, type AgendaEditPatch, type AgendaValues } from "./edit.ts";

/** Why a save did not go through: one sentence, and messages per field for a refused input. */
export interface EditProblem {
  message: string;
  fields: FieldMessages;
}

interface Props {
  item: AgendaItem;
  personName: string;
  /** Sends the changed fields; resolves to null once saved. An empty patch is not sent. */
  onSave(patch: AgendaEditPatch): Promise<EditProblem | null>;
  onClose(): void;
}

/** Changing an item's title, own words and life domains, in place of what the card shows. */
export function AgendaEdit({ item, personName, onSave, onClose }: Props): ReactNode {
  const { t } = useTranslation();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useRef(false);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [values, setValues] = useState<AgendaValues>(() => valuesOf(item));
  const [base, setBase] = useState<AgendaItem>(item);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  // Someone else changed the item (the agenda was loaded again): keep what was typed here.
  if (item.version !== base.version) {
    setBase(item);
    setValues(rebase(values, valuesOf(base), valuesOf(item)));
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy.current) return;
    if (values.title.trim() === "") {
      setFieldErrors({ title: t("fieldErrors.required") });
      setError(null);
      focusFirstInvalid();
      return;
    }
    busy.current = true;
    setSaving(true);
    setError(null);
    setFieldErrors({});
    const problem = await onSave(editPatch(item, values));
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
    <form ref={formRef} className="agenda-edit" aria-labelledby={headingId} noValidate onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown}>
      <h4 id={headingId}>{t("agenda.editTitle", { title: item.title })}</h4>
      <ErrorAlert message={error} />
      <AgendaFields personName={personName} values={values} errors={fieldErrors} onChange={setValues} />
      <div className="actions">
        <button type="submit" className="button-primary">
          {saving ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
