import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFocusFirstInvalid } from "../hooks/useFocusFirstInvalid.ts";
import type { FieldMessages } from "../i18n/errors.ts";

/** Why a save did not go through: one sentence, and messages per field. */
export interface EntryProblem {
  message: string;
  fields: FieldMessages;
}

/**
 * The working of a small add/change form for a named entry: focus on the first field, the name is
 * required, one save at a time, problems shown per field, Escape closes.
 */
export function useEntryForm<V extends { name: string }>(initial: V, onSave: (values: V) => Promise<EntryProblem | null>, onClose: () => void) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useRef(false);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [values, setValues] = useState<V>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  const set = <K extends keyof V>(key: K, value: V[K]): void => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy.current) return;
    if (values.name.trim() === "") {
      setFieldErrors({ name: t("fieldErrors.required") });
      setError(null);
      focusFirstInvalid();
      return;
    }
    busy.current = true;
    setSaving(true);
    setError(null);
    setFieldErrors({});
    const problem = await onSave(values);
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

  return { id, formRef, values, set, fieldErrors, error, saving, onSubmit, onKeyDown };
}
