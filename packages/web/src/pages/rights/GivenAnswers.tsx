import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerValue, QuestionView } from "../../api/rightsTypes.ts";
import { useFormat } from "../../i18n/format.ts";
import { useMemberText } from "./MembersAnswer.tsx";
import { membersOf, valuesOf, type GivenAnswer } from "./situation.ts";

/** An answer in words: yes/no, a date, an amount, the option's label, who lives there. */
function useAnswerText(): (question: QuestionView, value: AnswerValue) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const memberText = useMemberText();
  const label = (question: QuestionView, value: string): string => question.options?.find((o) => o.value === value)?.label ?? value;
  return (question, value) => {
    switch (question.input) {
      case "boolean":
        return typeof value === "boolean" ? t(value ? "rightsCheck.yes" : "rightsCheck.no") : String(value);
      case "date":
        return typeof value === "string" ? format.date(value) : String(value);
      case "money":
        return typeof value === "number" ? format.money(value) : String(value);
      case "number":
        return typeof value === "number" ? format.number(value) : String(value);
      case "choice":
      case "postcode":
        return typeof value === "string" ? label(question, value) : String(value);
      case "benefits": {
        const values = valuesOf(value);
        return values.length === 0 ? t("rightsCheck.noneOfThese") : values.map((v) => label(question, v)).join(", ");
      }
      case "members": {
        const members = membersOf(value);
        return members.length === 0 ? t("rightsCheck.livesAlone") : members.map(memberText).join("; ");
      }
    }
  };
}

interface Props {
  answers: readonly GivenAnswer[];
  busy: boolean;
  onChange(question: QuestionView): void;
}

/** The answers so far, each with "change": the way back to an earlier question. */
export function GivenAnswers({ answers, busy, onChange }: Props): ReactNode {
  const { t } = useTranslation();
  const answerText = useAnswerText();
  if (answers.length === 0) return null;
  return (
    <details className="disclosure given-answers">
      <summary>{t("rightsCheck.answers", { count: answers.length })}</summary>
      <ul className="card-list">
        {answers.map(({ question, value }) => (
          <li key={question.id} className="given-answer">
            <p className="given-question">{question.text}</p>
            <p className="given-value">{answerText(question, value)}</p>
            <button type="button" disabled={busy} aria-label={t("rightsCheck.changeLabel", { question: question.text })} onClick={() => onChange(question)}>
              {t("rightsCheck.change")}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
