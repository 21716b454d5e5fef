import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  busy: boolean;
  /** The save button's words (what is saved: "Afspraak bewaren"). */
  saveLabel: string;
  onCancel(): void;
}

/** The save and cancel buttons at the foot of a form: "Saving…" while busy. */
export function SaveCancel({ busy, saveLabel, onCancel }: Props): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? t("common.saving") : saveLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
