import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AmountPeriod, Outcome, RightCheck, UnavailableRight } from "../../api/rightsTypes.ts";
import { useFormat } from "../../i18n/format.ts";
import { AutomaticTag, OutcomeBadge } from "./OutcomeBadge.tsx";
import { ToBeChecked, ToBeCheckedSources } from "./ToBeChecked.tsx";

const ORDER: Record<Outcome, number> = { entitled: 0, maybe: 1, not_entitled: 2 };

/** What can be done first: probable rights, then the open ones, then the rest (each in the server's order). */
export function byOutcome(rights: readonly RightCheck[]): RightCheck[] {
  return [...rights].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
}

/** "€ 1.288,46 per maand". */
export function useAmountText(): (value: number, period: AmountPeriod) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (value, period) => t(`rights.amountPer.${period}`, { amount: format.money(value) });
}

/** Why: each condition that decided the outcome (or is still open), in the pack's words. */
function Reasons({ reasons }: { reasons: RightCheck["reasons"] }): ReactNode {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="reasons">
      {reasons.map((reason) => (
        <li key={reason.code} className={reason.holds ? "reason-holds" : "reason-fails"}>
          <span className="visually-hidden">{t(reason.holds ? "rights.reasonHolds" : "rights.reasonFails")} </span>
          {reason.text}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  check: RightCheck;
  /** 3 on a page of its own, 4 inside a section. */
  level?: 3 | 4;
  /** The reasons behind a "why" that opens, for the live list beside the questions. */
  compact?: boolean;
  /** What the page adds below: the take-up on the person page. */
  children?: ReactNode;
}

/** One right's result: outcome, automatic, amount, why, open questions and figures to be checked. */
export function RightCheckCard({ check, level = 3, compact = false, children }: Props): ReactNode {
  const { t } = useTranslation();
  const amountText = useAmountText();
  const Heading = level === 3 ? "h3" : "h4";
  const open = check.questions.length;
  const toCheck = check.toBeChecked.length > 0;
  return (
    <li className="card right-check">
      <Heading>{check.name}</Heading>
      <p className="right-check-result">
        <OutcomeBadge outcome={check.outcome} />
        {check.automatic ? <AutomaticTag /> : null}
        {check.amount ? <span className="right-amount">{amountText(check.amount.value, check.amount.period)}</span> : null}
        {compact && toCheck ? <span className="tag tag-warning">{t("rights.toBeChecked")}</span> : null}
      </p>
      {check.amount?.note ? <p className="muted">{check.amount.note}</p> : null}
      {check.outcome === "maybe" && open > 0 ? <p className="muted">{open === 1 ? t("rights.openQuestionsOne") : t("rights.openQuestionsMany", { count: open })}</p> : null}
      {compact ? (
        check.reasons.length > 0 || toCheck ? (
          <details className="disclosure">
            <summary>
              {t("rights.why")}
              <span className="visually-hidden"> – {check.name}</span>
            </summary>
            <Reasons reasons={check.reasons} />
            {toCheck ? (
              <div className="to-check">
                <p>{t("rights.toBeCheckedHint")}</p>
                <ToBeCheckedSources items={check.toBeChecked} />
              </div>
            ) : null}
          </details>
        ) : null
      ) : (
        <>
          <Reasons reasons={check.reasons} />
          <ToBeChecked items={check.toBeChecked} />
        </>
      )}
      {children}
    </li>
  );
}

/** Rights the check left out: a figure they need has no value yet at the date of the check. */
export function UnavailableRights({ rights }: { rights: readonly UnavailableRight[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  if (rights.length === 0) return null;
  return (
    <ul className="unavailable-rights">
      {rights.map((right) => (
        <li key={right.id}>{t("rights.unavailable", { name: right.name, date: format.date(right.firstFrom) })}</li>
      ))}
    </ul>
  );
}
