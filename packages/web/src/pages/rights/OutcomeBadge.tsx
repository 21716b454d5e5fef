import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Outcome } from "../../api/rightsTypes.ts";

const SIGN: Record<Outcome, string> = { entitled: "✓", maybe: "?", not_entitled: "✗" };

/** The outcome of a check in words, with a sign and a colour (never the colour alone). */
export function OutcomeBadge({ outcome }: { outcome: Outcome }): ReactNode {
  const { t } = useTranslation();
  return (
    <span className={`outcome-badge outcome-${outcome}`}>
      <span aria-hidden="true">{SIGN[outcome]} </span>
      {t(`rightOutcome.${outcome}`)}
    </span>
  );
}

/** "Automatic": the right is granted on a basis that needs no application. */
export function AutomaticTag(): ReactNode {
  const { t } = useTranslation();
  return <span className="tag tag-strong">{t("rights.automatic")}</span>;
}
