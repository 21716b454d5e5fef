import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerValue, QuestionView } from "../../api/rightsTypes.ts";
import { BenefitsAnswer, BooleanAnswer, ChoiceAnswer, TextAnswer, type AnswerProps } from "./AnswerInputs.tsx";
import { MembersAnswer } from "./MembersAnswer.tsx";

function AnswerInput(props: AnswerProps): ReactNode {
  switch (props.question.input) {
    case "boolean":
      return <BooleanAnswer {...props} />;
    case "choice":
      return <ChoiceAnswer {...props} />;
    case "benefits":
      return <BenefitsAnswer {...props} />;
    case "members":
      return <MembersAnswer {...props} />;
    case "date":
    case "number":
    case "money":
    case "postcode":
      return <TextAnswer {...props} />;
  }
}

interface Props {
  question: QuestionView;
  /** The day the rules are checked at (the report's date): ages are counted on it. */
  date: string;
  initial: AnswerValue | undefined;
  /** Options that must stay chosen (the person's own benefits in the household's list). */
  locked: readonly string[];
  changing: boolean;
  busy: boolean;
  /** The server refused the answer: why. */
  refused: string | null;
  /** Takes focus when it appears (not on the page's first question: the page heading has it). */
  takeFocus: boolean;
  onAnswer(value: AnswerValue): void;
  onDontKnow(): void;
  onStopChanging(): void;
}

/** One question at a time, with an input that fits it and "I don't know". */
export function QuestionCard({ question, date, initial, locked, changing, busy, refused, takeFocus, onAnswer, onDontKnow, onStopChanging }: Props): ReactNode {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const error = problem ?? refused;

  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  const answer = (value: AnswerValue): void => {
    setProblem(null);
    onAnswer(value);
  };

  return (
    <section className="question-card" aria-labelledby={`${id}-question`} aria-busy={busy} data-question={question.id}>
      <p className="question-kicker">{changing ? t("rightsCheck.changingAnswer") : t("rightsCheck.nextQuestion")}</p>
      <h2 id={`${id}-question`} ref={headingRef} tabIndex={-1}>
        {question.text}
      </h2>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <AnswerInput
        question={question}
        date={date}
        initial={initial}
        locked={locked}
        busy={busy}
        labelledBy={`${id}-question`}
        describedBy={error ? `${id}-error` : undefined}
        onAnswer={answer}
        onProblem={setProblem}
      />
      <div className="actions">
        <button type="button" className="button-quiet" disabled={busy} onClick={onDontKnow}>
          {t("rightsCheck.dontKnow")}
        </button>
        {changing ? (
          <button type="button" className="button-quiet" disabled={busy} onClick={onStopChanging}>
            {t("rightsCheck.keepAnswer")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
