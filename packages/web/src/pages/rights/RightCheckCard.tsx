import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AmountPeriod, Outcome, RightCheck, RightInfo, UnavailableRight } from "../../api/rightsTypes.ts";
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

/** "Nog uit te zoeken": the questions that would decide a "maybe", and the way to the guided check. */
function OpenQuestions({ check, checkPath }: { check: RightCheck; checkPath: string | undefined }): ReactNode {
  const { t } = useTranslation();
  if (check.outcome !== "maybe" || check.questions.length === 0) return null;
  return (
    <div className="open-questions">
      <p>{t("rights.openQuestions")}</p>
      <ul>
        {check.questions.map((question) => (
          <li key={question.id}>{question.text}</li>
        ))}
      </ul>
      {checkPath ? (
        <p>
          <Link to={checkPath}>
            {t("rights.answerOpenQuestions")}
            <span className="visually-hidden"> – {check.name}</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/** "Wat nu?": how and where to apply, what to bring, whether it comes by itself, and where on the social map. */
export function WhatNext({ check, info }: { check: RightCheck; info: RightInfo | undefined }): ReactNode {
  const { t } = useTranslation();
  if (!info || check.outcome === "not_entitled") return null;
  const { how, where, documents, socialMapQuery } = info.apply;
  return (
    <details className="disclosure what-next">
      <summary>
        {t("rights.whatNext")}
        <span className="visually-hidden"> – {check.name}</span>
      </summary>
      {info.automatic.basis ? (
        <p>
          <strong>{t("rights.automaticBasis")}</strong> {info.automatic.basis}
        </p>
      ) : null}
      <p>{how}</p>
      <p>
        <strong>{t("rights.where")}</strong> {where}
      </p>
      {documents.length > 0 ? (
        <>
          <p>
            <strong>{t("rights.documentsLabel")}</strong>
          </p>
          <ul>
            {documents.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </>
      ) : null}
      {socialMapQuery ? (
        <p>
          <Link to={`/map?q=${encodeURIComponent(socialMapQuery)}`}>
            {t("rights.findOnMap")}
            <span className="visually-hidden"> – {check.name}</span>
          </Link>
        </p>
      ) : null}
    </details>
  );
}

interface Props {
  check: RightCheck;
  /** The right as the catalogue explains it: for "what next?". */
  info?: RightInfo | undefined;
  /** The guided check, where the open questions of a "maybe" are answered (none when that is the page). */
  checkPath?: string | undefined;
  /** 3 on a page of its own, 4 inside a section. */
  level?: 3 | 4;
  /** The reasons behind a "why" that opens, for the live list beside the questions. */
  compact?: boolean;
  /** What the page adds below: the take-up on the person page. */
  children?: ReactNode;
}

/** One right's result: outcome, automatic, amount, why, open questions, figures to be checked and what next. */
export function RightCheckCard({ check, info, checkPath, level = 3, compact = false, children }: Props): ReactNode {
  const { t } = useTranslation();
  const amountText = useAmountText();
  const Heading = level === 3 ? "h3" : "h4";
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
      <OpenQuestions check={check} checkPath={checkPath} />
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
      <WhatNext check={check} info={info} />
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
