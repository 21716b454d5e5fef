import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import type { Strength } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { EntryActions, useEntryControl } from "../../../components/EntryActions.tsx";
import { TextArea } from "../../../components/Field.tsx";
import type { StrengthActions } from "./StrengthGroup.tsx";

interface Props {
  strength: Strength;
  actions: StrengthActions;
  onRemoved(): void;
}

/** One point in the person's words: shown as a quote, changed in place, removed after a question. */
export function StrengthEntry({ strength, actions, onRemoved }: Props): ReactNode {
  const { t } = useTranslation();
  const entry = useEntryControl(onRemoved);
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState(strength.text);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (entry.mode === "edit") formRef.current?.querySelector("textarea")?.focus();
  }, [entry.mode]);

  const onSave = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (text.trim() === "") {
      setFieldError(t("fieldErrors.required"));
      formRef.current?.querySelector("textarea")?.focus();
      return;
    }
    setFieldError(undefined);
    const problem = await actions.save(strength, text.trim());
    entry.setError(problem);
    if (!problem) entry.close("edit");
  };

  const startEdit = (): void => {
    setText(strength.text);
    entry.startEdit();
  };

  return (
    <li className="strength">
      <ErrorAlert message={entry.error} />
      {entry.mode === "edit" ? (
        <form ref={formRef} noValidate onSubmit={(event) => void onSave(event)}>
          <TextArea label={t("strengths.editLabel")} error={fieldError} rows={2} maxLength={LIMITS.ownWords} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="actions">
            <button type="submit" className="button-primary">
              {t("common.save")}
            </button>
            <button type="button" onClick={() => entry.close("edit")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="own-words">
            <blockquote>
              <p>{strength.text}</p>
            </blockquote>
          </div>
          <EntryActions
            entry={entry}
            editLabel={t("strengths.editNamed", { text: strength.text })}
            editText={t("strengths.edit")}
            removeLabel={t("strengths.removeNamed", { text: strength.text })}
            removeText={t("strengths.remove")}
            question={t("strengths.confirmRemove", { text: strength.text })}
            confirmLabel={t("strengths.confirm")}
            onEdit={startEdit}
            onRemove={() => actions.remove(strength)}
          />
        </>
      )}
    </li>
  );
}
