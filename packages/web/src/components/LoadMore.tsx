import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function LoadMore({ show, busy, onClick }: { show: boolean; busy: boolean; onClick(): Promise<void> }): ReactNode {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <button type="button" onClick={() => void onClick()} disabled={busy}>
      {busy ? t("common.loading") : t("common.loadMore")}
    </button>
  );
}
