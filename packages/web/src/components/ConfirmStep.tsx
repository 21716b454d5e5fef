import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  /** Referenced by the button that opened the step (aria-controls). */
  id: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * "Really …?" right under what it is about. The question takes focus so a screen reader reads
 * it first; the dangerous choice is explicit, cancelling is always there.
 */
export function ConfirmStep({ id, question, confirmLabel, onConfirm, onCancel }: Props): ReactNode {
  const { t } = useTranslation();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm" id={id} role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="actions">
        <button type="button" className="button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
