import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { checkSituation, packLanguage } from "../../api/rights.ts";
import type { AnswerValue, CheckReport, QuestionView, Situation } from "../../api/rightsTypes.ts";
import { fieldName, useErrorText } from "../../i18n/errors.ts";
import { answerOf, knownQuestions, questionOfField, withAnswer, withoutAnswer } from "./situation.ts";

export interface GuidedCheck {
  situation: Situation;
  report: CheckReport | null;
  /** Every question the checks asked in this session, to show an answer given to it. */
  asked: readonly QuestionView[];
  /** The question on screen: the one being changed, else the first open one not skipped. */
  current: QuestionView | null;
  /** Whether `current` is an earlier answer being changed. */
  changing: boolean;
  skippedCount: number;
  busy: boolean;
  /** Checking failed as a whole (not one answer): the sentence to show. */
  error: string | null;
  /** The answer to `current` was refused: the sentence to show at the question. */
  answerError: string | null;
  answer(question: QuestionView, value: AnswerValue): Promise<void>;
  /** "I don't know": skipped for this session; an earlier answer to it is taken out. */
  dontKnow(question: QuestionView): Promise<void>;
  change(question: QuestionView): void;
  stopChanging(): void;
  askSkippedAgain(): void;
  /** The first check failed (offline, the server away): try it again. */
  retry(): void;
}

/**
 * The state of a guided check: the draft situation, checked again after every answer. An
 * answer only goes into the draft once the server has taken it (a refused one is said at the
 * question, and the draft stays valid).
 */
export function useGuidedCheck(initial: Situation, questions: readonly QuestionView[]): GuidedCheck {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const language = packLanguage(i18n.language);
  const [situation, setSituation] = useState<Situation>(initial);
  const [report, setReportOnly] = useState<CheckReport | null>(null);
  const [asked, setAsked] = useState<ReadonlyMap<string, QuestionView>>(new Map());
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [changing, setChanging] = useState<QuestionView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const generation = useRef(0);
  const setReport = useCallback((next: CheckReport): void => {
    setReportOnly(next);
    setAsked((before) => {
      const after = new Map(before);
      for (const q of next.questions) after.set(q.id, q);
      return after;
    });
  }, []);
  const latest = useRef(situation);
  latest.current = situation;

  /** Checks a draft; only the newest call may land. */
  const check = useCallback(
    async (draft: Situation): Promise<CheckReport | null> => {
      const mine = ++generation.current;
      setBusy(true);
      try {
        const result = await checkSituation(draft, language);
        return mine === generation.current ? result : null;
      } finally {
        if (mine === generation.current) setBusy(false);
      }
    },
    [language],
  );

  // The first check, again in another language (the texts come from the server), and "try again".
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    check(latest.current).then(
      (result) => {
        if (!result) return;
        setReport(result);
        setError(null);
      },
      (caught: unknown) => setError(errorText.message(caught)),
    );
  }, [check, errorText, setReport, attempt]);

  /** Why the server refused a draft, at the question the refused field belongs to. */
  const refusal = (caught: unknown, draft: Situation): string => {
    if (!(caught instanceof ApiError && caught.code === "validation_failed")) return errorText.message(caught);
    const field = caught.fields[0];
    if (!field) return t("rightsCheck.answerRefused");
    const message = errorText.fields(caught)[fieldName(field.path)] ?? t("rightsCheck.answerRefused");
    const question = questionOfField(field.path, knownQuestions(questions, asked.values()), draft);
    return question ? t("rightsCheck.refusedAt", { question: question.text, message }) : message;
  };

  /** Checks the draft and takes it when the server does; the new report, or null. */
  const commit = async (draft: Situation): Promise<CheckReport | null> => {
    setAnswerError(null);
    try {
      const result = await check(draft);
      if (!result) return null;
      setSituation(draft);
      setReport(result);
      setChanging(null);
      setError(null);
      return result;
    } catch (caught) {
      // The question stays on screen (the report did not move on), with the reason.
      setAnswerError(refusal(caught, draft));
      return null;
    }
  };

  const current = changing ?? report?.questions.find((q) => !skipped.has(q.id)) ?? null;

  return {
    situation,
    report,
    asked: [...asked.values()],
    current,
    changing: changing !== null,
    skippedCount: skipped.size,
    busy,
    error,
    answerError,
    answer: async (question, value) => {
      const result = await commit(withAnswer(situation, question, value));
      if (!result) return;
      const stillSkipped = new Set([...skipped].filter((id) => id !== question.id));
      setSkipped(stillSkipped);
      // Taken, yet the same question is asked again: the rules need more than the answer gave.
      if (result.questions.find((q) => !stillSkipped.has(q.id))?.id === question.id) setAnswerError(t("rightsCheck.stillOpen"));
    },
    dontKnow: async (question) => {
      if (answerOf(situation, question) !== undefined && !(await commit(withoutAnswer(situation, question)))) return;
      setAnswerError(null);
      setChanging(null);
      setSkipped((before) => new Set([...before, question.id]));
    },
    change: (question) => {
      setAnswerError(null);
      setChanging(question);
    },
    stopChanging: () => {
      setAnswerError(null);
      setChanging(null);
    },
    askSkippedAgain: () => setSkipped(new Set()),
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}
