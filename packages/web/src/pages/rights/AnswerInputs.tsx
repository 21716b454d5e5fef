import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AnswerValue, QuestionView } from "../../api/rightsTypes.ts";
import { isAmbiguousAmount, isDay, isPostcode, parseAmount, valuesOf } from "./situation.ts";

/** What every kind of answer gets from the question card. */
export interface AnswerProps {
  question: QuestionView;
  /** The day the rules are checked at (the report's date, not the device's today): ages are counted on it. */
  date: string;
  /** The answer given earlier, when it is being changed. */
  initial: AnswerValue | undefined;
  /** Options that must stay chosen (the person's own benefits in the household's list). */
  locked: readonly string[];
  busy: boolean;
  /** The question's heading, which labels the control. */
  labelledBy: string;
  /** The error under the question, when there is one. */
  describedBy: string | undefined;
  onAnswer(value: AnswerValue): void;
  /** A problem found before sending (an empty field, a postcode of three digits). */
  onProblem(message: string): void;
}

function NextButton({ busy }: { busy: boolean }): ReactNode {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button-primary" disabled={busy}>
      {t("rightsCheck.next")}
    </button>
  );
}

/** Yes or no: one tap answers; an earlier answer shows as pressed. */
export function BooleanAnswer({ initial, busy, labelledBy, describedBy, onAnswer }: AnswerProps): ReactNode {
  const { t } = useTranslation();
  const earlier = typeof initial === "boolean";
  return (
    <div className="actions answer-buttons" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {[true, false].map((value) => (
        <button
          key={String(value)}
          type="button"
          className={initial === value ? "button-primary" : undefined}
          aria-pressed={earlier ? initial === value : undefined}
          disabled={busy}
          onClick={() => onAnswer(value)}
        >
          {t(value ? "rightsCheck.yes" : "rightsCheck.no")}
        </button>
      ))}
    </div>
  );
}

const TEXT_INPUT = {
  date: { type: "date", inputMode: undefined, autoComplete: "off", maxLength: undefined },
  number: { type: "text", inputMode: "numeric", autoComplete: "off", maxLength: 12 },
  money: { type: "text", inputMode: "decimal", autoComplete: "off", maxLength: 16 },
  postcode: { type: "text", inputMode: "numeric", autoComplete: "postal-code", maxLength: 4 },
} as const;

type TextInput = keyof typeof TEXT_INPUT;

export const isTextInput = (input: QuestionView["input"]): input is TextInput => input in TEXT_INPUT;

/** A date, a number, an amount in euro or a postcode: typed, checked here, then sent. */
export function TextAnswer({ question, initial, busy, labelledBy, describedBy, onAnswer, onProblem }: AnswerProps): ReactNode {
  const { t } = useTranslation();
  const hintId = useId();
  const input = isTextInput(question.input) ? question.input : "number";
  const [text, setText] = useState(initial === undefined ? "" : String(initial).replace(".", input === "money" ? "," : "."));
  const settings = TEXT_INPUT[input];

  const read = (): AnswerValue | null => {
    const value = text.trim();
    if (input === "date") return isDay(value) ? value : null;
    if (input === "postcode") return isPostcode(value) ? value : null;
    const amount = parseAmount(value);
    return amount === null || (input === "number" && !Number.isInteger(amount)) ? null : amount;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (text.trim() === "") return onProblem(t("rightsCheck.answerRequired"));
    if (input !== "date" && input !== "postcode" && isAmbiguousAmount(text)) return onProblem(t("rightsCheck.ambiguousAmount", { text: text.trim() }));
    const value = read();
    if (value === null) return onProblem(t(`rightsCheck.invalid.${input}`));
    onAnswer(value);
  };

  const hint = input === "money" ? t("rightsCheck.moneyHint") : input === "postcode" ? t("rightsCheck.postcodeHint") : null;
  return (
    <form className="inline-form answer-text" noValidate onSubmit={onSubmit}>
      <div className="field">
        {hint ? (
          <p className="field-hint" id={hintId}>
            {hint}
          </p>
        ) : null}
        <input
          type={settings.type}
          inputMode={settings.inputMode}
          autoComplete={settings.autoComplete}
          maxLength={settings.maxLength}
          aria-labelledby={labelledBy}
          aria-describedby={[hint ? hintId : null, describedBy].filter(Boolean).join(" ") || undefined}
          aria-invalid={describedBy ? true : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <NextButton busy={busy} />
    </form>
  );
}

/** One of the options, as radio buttons. */
export function ChoiceAnswer({ question, initial, busy, labelledBy, describedBy, onAnswer, onProblem }: AnswerProps): ReactNode {
  const { t } = useTranslation();
  const name = useId();
  const [chosen, setChosen] = useState(typeof initial === "string" ? initial : "");
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (chosen === "") onProblem(t("rightsCheck.chooseOne"));
    else onAnswer(chosen);
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      <div className="choice-list" role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy}>
        {(question.options ?? []).map((option) => (
          <label className="choice" key={option.value}>
            <input type="radio" name={name} value={option.value} checked={chosen === option.value} onChange={() => setChosen(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <div className="actions">
        <NextButton busy={busy} />
      </div>
    </form>
  );
}

/**
 * Which benefits anyone at the address receives: ticked ones, or "none of these" ([]). The
 * person's own benefits are in the list already, ticked for good.
 */
export function BenefitsAnswer({ question, initial, locked, busy, labelledBy, describedBy, onAnswer, onProblem }: AnswerProps): ReactNode {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(valuesOf(initial));
  const isChosen = (value: string): boolean => locked.includes(value) || chosen.includes(value);
  const toggle = (value: string, on: boolean): void => setChosen((before) => (on ? [...before, value] : before.filter((v) => v !== value)));
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const values = (question.options ?? []).map((o) => o.value).filter(isChosen);
    if (values.length === 0) onProblem(t("rightsCheck.benefitsRequired"));
    else onAnswer(values);
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      <div className="choice-list" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
        {(question.options ?? []).map((option) => (
          <label className="choice" key={option.value}>
            <input type="checkbox" checked={isChosen(option.value)} disabled={locked.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} />
            <span>
              {option.label}
              {locked.includes(option.value) ? <span className="field-optional"> ({t("rightsCheck.ownBenefit")})</span> : null}
            </span>
          </label>
        ))}
      </div>
      <div className="actions">
        <NextButton busy={busy} />
        {locked.length === 0 ? (
          <button type="button" disabled={busy} onClick={() => onAnswer([])}>
            {t("rightsCheck.noneOfThese")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
