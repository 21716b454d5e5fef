import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { ConfirmStep } from "./ConfirmStep.tsx";

export type EntryMode = "view" | "edit" | "confirm";

/** The state of one list entry that can be changed in place and removed after a question. */
export interface EntryControl {
  mode: EntryMode;
  error: string | null;
  setError(error: string | null): void;
  /** Clears the error and opens the edit mode. */
  startEdit(): void;
  /** Back to the view; the named button takes focus again. */
  close(button: "edit" | "remove"): void;
  /** Runs a removal: a problem is shown (focus back on the remove button), otherwise onRemoved is called. */
  remove(run: () => Promise<string | null>): Promise<void>;
  toggleConfirm(): void;
  confirmId: string;
  editButton: RefObject<HTMLButtonElement | null>;
  removeButton: RefObject<HTMLButtonElement | null>;
}

/** Edit / remove state of a list entry, with focus back on the button that started it. */
export function useEntryControl(onRemoved: () => void): EntryControl {
  const confirmId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  /** Which button takes focus when the entry shows again (in edit mode the buttons are not there). */
  const focusBack = useRef<"edit" | "remove" | null>(null);
  const [mode, setMode] = useState<EntryMode>("view");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (mode !== "view" || !focusBack.current) return;
    (focusBack.current === "edit" ? editButton : removeButton).current?.focus();
    focusBack.current = null;
  }, [mode]);

  const close = (button: "edit" | "remove"): void => {
    focusBack.current = button;
    setMode("view");
  };

  return {
    mode,
    error,
    setError,
    startEdit: () => {
      setError(null);
      setMode("edit");
    },
    close,
    remove: async (run) => {
      const problem = await run();
      if (problem) {
        setError(problem);
        close("remove");
        return;
      }
      onRemoved();
    },
    toggleConfirm: () => setMode(mode === "confirm" ? "view" : "confirm"),
    confirmId,
    editButton,
    removeButton,
  };
}

interface Props {
  entry: EntryControl;
  editLabel: string;
  editText: string;
  removeLabel: string;
  removeText: string;
  question: string;
  confirmLabel: string;
  /** Defaults to entry.startEdit. */
  onEdit?: () => void;
  onRemove(): Promise<string | null>;
  /** Without the buttons (the question still shows while it is open). */
  readOnly?: boolean;
}

/** The edit and remove buttons of a list entry, and the question before removing. */
export function EntryActions({ entry, editLabel, editText, removeLabel, removeText, question, confirmLabel, onEdit, onRemove, readOnly = false }: Props): ReactNode {
  const confirming = entry.mode === "confirm";
  return (
    <>
      {readOnly ? null : (
        <div className="actions">
          <button type="button" ref={entry.editButton} aria-label={editLabel} onClick={onEdit ?? entry.startEdit}>
            {editText}
          </button>
          <button
            type="button"
            ref={entry.removeButton}
            className="button-danger"
            aria-expanded={confirming}
            aria-controls={confirming ? entry.confirmId : undefined}
            aria-label={removeLabel}
            onClick={entry.toggleConfirm}
          >
            {removeText}
          </button>
        </div>
      )}
      {confirming ? (
        <ConfirmStep id={entry.confirmId} question={question} confirmLabel={confirmLabel} onConfirm={() => void entry.remove(onRemove)} onCancel={() => entry.close("remove")} />
      ) : null}
    </>
  );
}
