import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "@nabij/domain";
import type { Strength } from "../../../api/types.ts";
import { ErrorAlert } from "../../../components/Alert.tsx";
import { ConfirmStep } from "../../../components/ConfirmStep.tsx";
import { TextArea } from "../../../components/Field.tsx";
import type { StrengthActions } from "./StrengthGroup.tsx";

type Mode = "view" | "edit" | "confirm";

interface Props {
  strength: Strength;
  actions: StrengthActions;
  onRemoved(): void;
}

/** One point in the person's words: shown as a quote, changed in place, removed after a question. */
export function StrengthEntry({ strength, actions, onRemoved }: Props): ReactNode {
  const { t } = useTranslation();
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const confirmId = useId();
  /** Which button takes focus when the entry shows again (in edit mode the buttons are not there). */
  const focusBack = useRef<"edit" | "remove" | null>(null);
  const [mode, setMode] = useState<Mode>("view");
  const [text, setText] = useState(strength.text);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (mode === "edit") formRef.current?.querySelector("textarea")?.focus();
    if (mode === "view" && focusBack.current) {
      (focusBack.current === "edit" ? editButton : removeButton).current?.focus();
      focusBack.current = null;
    }
  }, [mode]);

  const close = (button: "edit" | "remove"): void => {
    focusBack.current = button;
    setMode("view");
  };

  const onSave = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (text.trim() === "") {
      setFieldError(t("fieldErrors.required"));
      formRef.current?.querySelector("textarea")?.focus();
      return;
    }
    setFieldError(undefined);
    const problem = await actions.save(strength, text.trim());
    setError(problem);
    if (!problem) close("edit");
  };

  const onRemove = async (): Promise<void> => {
    const problem = await actions.remove(strength);
    if (problem) {
      setError(problem);
      close("remove");
      return;
    }
    onRemoved();
  };

  const startEdit = (): void => {
    setText(strength.text);
    setError(null);
    setMode("edit");
  };

  return (
    <li className="strength">
      <ErrorAlert message={error} />
      {mode === "edit" ? (
        <form ref={formRef} noValidate onSubmit={(event) => void onSave(event)}>
          <TextArea label={t("strengths.editLabel")} error={fieldError} rows={2} maxLength={LIMITS.ownWords} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="actions">
            <button type="submit" className="button-primary">
              {t("common.save")}
            </button>
            <button type="button" onClick={() => close("edit")}>
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
          <div className="actions">
            <button type="button" ref={editButton} aria-label={t("strengths.editNamed", { text: strength.text })} onClick={startEdit}>
              {t("strengths.edit")}
            </button>
            <button
              type="button"
              ref={removeButton}
              className="button-danger"
              aria-expanded={mode === "confirm"}
              aria-controls={mode === "confirm" ? confirmId : undefined}
              aria-label={t("strengths.removeNamed", { text: strength.text })}
              onClick={() => setMode(mode === "confirm" ? "view" : "confirm")}
            >
              {t("strengths.remove")}
            </button>
          </div>
          {mode === "confirm" ? (
            <ConfirmStep
              id={confirmId}
              question={t("strengths.confirmRemove", { text: strength.text })}
              confirmLabel={t("strengths.confirm")}
              onConfirm={() => void onRemove()}
              onCancel={() => close("remove")}
            />
          ) : null}
        </>
      )}
    </li>
  );
}
