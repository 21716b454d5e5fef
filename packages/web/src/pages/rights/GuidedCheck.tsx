import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CheckReport, QuestionView, RightInfo, Situation } from "../../api/rightsTypes.ts";
import { ErrorAlert, StatusMessage } from "../../components/Alert.tsx";
import { Loading } from "../../components/Loading.tsx";
import { useFormat } from "../../i18n/format.ts";
import { GivenAnswers } from "./GivenAnswers.tsx";
import { QuestionCard } from "./QuestionCard.tsx";
import { byOutcome, RightCheckCard, UnavailableRights } from "./RightCheckCard.tsx";
import { answerOf, givenAnswers, knownQuestions, ownBenefits } from "./situation.ts";
import { useGuidedCheck, type GuidedCheck as CheckState } from "./useGuidedCheck.ts";

/** "2 probably, 1 maybe, 2 not": said after every answer, for screen readers. */
function useSummary(): (report: CheckReport) => string {
  const { t } = useTranslation();
  return (report) => {
    const count = (outcome: string): number => report.rights.filter((r) => r.outcome === outcome).length;
    return t("rightsCheck.summary", { entitled: count("entitled"), maybe: count("maybe"), notEntitled: count("not_entitled") });
  };
}

/** Every open question answered or skipped: say so, and offer the skipped ones again. */
function NoQuestion({ check, takeFocus }: { check: CheckState; takeFocus: boolean }): ReactNode {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const open = check.report?.questions.length ?? 0;
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);
  return (
    <section className="question-card" aria-labelledby="no-question">
      <h2 id="no-question" ref={headingRef} tabIndex={-1}>{open === 0 ? t("rightsCheck.allAnswered") : t("rightsCheck.allSkipped")}</h2>
      {check.skippedCount > 0 && open > 0 ? (
        <button type="button" onClick={check.askSkippedAgain}>
          {t("rightsCheck.askSkippedAgain", { count: check.skippedCount })}
        </button>
      ) : null}
    </section>
  );
}

/** The outcome per right, most promising first; after an answer, a one-line summary is announced. */
function LiveOutcome({ report, rights, announce }: { report: CheckReport; rights: readonly RightInfo[]; announce: boolean }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useSummary();
  const id = useId();
  return (
    <section aria-labelledby={id} className="live-outcome">
      <h2 id={id}>{t("rightsCheck.outcomeTitle")}</h2>
      <p className="hint">{t("rightsCheck.outcomeHint", { date: format.date(report.date) })}</p>
      <StatusMessage message={announce ? summary(report) : null} />
      <ul className="card-list">
        {byOutcome(report.rights).map((right) => (
          <RightCheckCard key={right.id} check={right} info={rights.find((r) => r.id === right.id)} compact />
        ))}
      </ul>
      <UnavailableRights rights={report.unavailable} />
    </section>
  );
}

interface Props {
  /** Where the check starts: the stored situation, or nothing. */
  initial: Situation;
  /** All questions (from GET /api/rights), to show the answers given so far, also those of an earlier session. */
  questions: readonly QuestionView[];
  /** The catalogue's rights (from GET /api/rights): what to do next with a result. */
  rights: readonly RightInfo[];
  /** Below the questions: save and cancel for a person, start again for an anonymous check. */
  actions(situation: Situation, busy: boolean): ReactNode;
}

/**
 * The guided check: one question at a time, the most decisive first, checked after every
 * answer, with the outcome per right beside it and the answers so far to change.
 */
export function GuidedCheck({ initial, questions, rights, actions }: Props): ReactNode {
  const { t } = useTranslation();
  const check = useGuidedCheck(initial, questions);
  // After the first answer every new question takes focus; the first one leaves it on the page heading.
  const interacted = useRef(false);
  const act = <A extends unknown[]>(run: (...args: A) => unknown) => (...args: A): void => {
    interacted.current = true;
    void run(...args);
  };

  const { report, current } = check;
  return (
    <div className="guided-check">
      <div className="guided-check-questions">
        <ErrorAlert message={check.error} />
        {check.error && !report ? (
          <div className="actions">
            <button type="button" onClick={check.retry}>
              {t("common.retry")}
            </button>
          </div>
        ) : null}
        {!report && !check.error ? <Loading /> : null}
        {report && current ? (
          <QuestionCard
            key={`${current.id}-${String(check.changing)}`}
            question={current}
            date={report.date}
            initial={answerOf(check.situation, current)}
            locked={current.id === "household.benefits" ? ownBenefits(check.situation, current.options ?? []) : []}
            changing={check.changing}
            busy={check.busy}
            refused={check.answerError}
            takeFocus={interacted.current}
            onAnswer={act((value) => check.answer(current, value))}
            onDontKnow={act(() => check.dontKnow(current))}
            onStopChanging={act(check.stopChanging)}
          />
        ) : null}
        {report && !current ? <NoQuestion check={check} takeFocus={interacted.current} /> : null}
        <GivenAnswers answers={givenAnswers(check.situation, knownQuestions(questions, check.asked))} busy={check.busy} onChange={act(check.change)} />
        {actions(check.situation, check.busy)}
      </div>
      {report ? <LiveOutcome report={report} rights={rights} announce={interacted.current} /> : null}
    </div>
  );
}
