/**
 * How the guided check moves answers in and out of a situation, as the API contract says:
 * question `a.b` → `situation.a.b`; a question about an income → an entry `{kind, period, amount}`
 * in `situation.incomes` (replacing one of the same kind and period). "I don't know" leaves the
 * field out, so the question stays open. Pure functions: the situation is never changed in place.
 */
import type { AnswerValue, HouseholdMember, HouseholdRole, Income, QuestionView, Situation } from "../../api/rightsTypes.ts";

export const HOUSEHOLD_ROLES: readonly HouseholdRole[] = ["partner", "child", "parent", "other"];

type Answers = Record<string, AnswerValue>;

/** "person.birthDate" → ["person", "birthDate"]. */
function pathOf(questionId: string): [string, string] {
  const at = questionId.indexOf(".");
  return at < 0 ? [questionId, ""] : [questionId.slice(0, at), questionId.slice(at + 1)];
}

function sectionOf(situation: Situation, name: string): Answers | undefined {
  const section = situation[name];
  return section === undefined || Array.isArray(section) ? undefined : section;
}

const sameIncome = (income: Income, question: QuestionView): boolean => income.kind === question.income?.kind && income.period === question.income.period;

/** The answer the situation holds for a question; undefined when it is not known. */
export function answerOf(situation: Situation, question: QuestionView): AnswerValue | undefined {
  if (question.income) return situation.incomes?.find((i) => sameIncome(i, question))?.amount;
  const [section, key] = pathOf(question.id);
  return sectionOf(situation, section)?.[key];
}

/** The situation with this answer in it. */
export function withAnswer(situation: Situation, question: QuestionView, value: AnswerValue): Situation {
  if (question.income) {
    if (typeof value !== "number") return situation;
    const { kind, period } = question.income;
    const others = (situation.incomes ?? []).filter((i) => !sameIncome(i, question));
    return { ...situation, incomes: [...others, { kind, period, amount: value }] };
  }
  const [section, key] = pathOf(question.id);
  return { ...situation, [section]: { ...sectionOf(situation, section), [key]: value } };
}

/** A copy without one key. */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) if (k !== key) kept[k] = v;
  return kept;
}

/** The situation without this answer ("I don't know" after all); empty sections go too. */
export function withoutAnswer(situation: Situation, question: QuestionView): Situation {
  if (question.income) {
    const incomes = (situation.incomes ?? []).filter((i) => !sameIncome(i, question));
    const rest: Situation = without(situation, "incomes");
    return incomes.length > 0 ? { ...rest, incomes } : rest;
  }
  const [section, key] = pathOf(question.id);
  const answers = sectionOf(situation, section);
  if (!answers || !(key in answers)) return situation;
  const kept = without(answers, key);
  const rest: Situation = without(situation, section);
  return Object.keys(kept).length > 0 ? { ...rest, [section]: kept } : rest;
}

/** The catalogue's questions, then those the checks asked that it lacks (in the order asked). */
export function knownQuestions(catalogue: readonly QuestionView[], asked: Iterable<QuestionView>): QuestionView[] {
  const ids = new Set(catalogue.map((q) => q.id));
  const extra: QuestionView[] = [];
  for (const question of asked) {
    if (ids.has(question.id)) continue;
    ids.add(question.id);
    extra.push(question);
  }
  return [...catalogue, ...extra];
}

/** The answers of the questions the catalogue knows, and the incomes as they were: nothing unknown. */
function knownAnswersOnly(situation: Situation, questions: readonly QuestionView[]): Situation {
  let kept: Situation = situation.incomes ? { incomes: situation.incomes } : {};
  for (const question of questions) {
    if (question.income) continue;
    const value = answerOf(situation, question);
    if (value !== undefined) kept = withAnswer(kept, question, value);
  }
  return kept;
}

/**
 * A stored situation that no longer fits the format, made to fit by leaving out what the
 * problems point at (`situation.person.residence`: that answer; `situation.incomes.2.amount`:
 * that income; a whole section or the root: everything no question knows). Those questions
 * are then asked again.
 */
export function withoutProblems(situation: Situation, problems: readonly { path: string }[], questions: readonly QuestionView[]): Situation {
  let fixed = situation;
  for (const problem of problems) {
    const parts = problem.path.replace(/^(body\.)?situation\.?/, "").split(".").filter(Boolean);
    const [section, key] = parts;
    if (section === "incomes") {
      const index = key === undefined ? NaN : Number(key);
      const incomes = Number.isInteger(index) ? (fixed.incomes ?? []).filter((_, i) => i !== index) : [];
      const rest: Situation = without(fixed, "incomes");
      fixed = incomes.length > 0 ? { ...rest, incomes } : rest;
    } else if (section !== undefined && key !== undefined) {
      fixed = withoutAnswer(fixed, { id: `${section}.${key}`, text: "", input: "boolean" });
    } else {
      fixed = knownAnswersOnly(fixed, questions);
    }
  }
  return fixed;
}

/** The benefits the person receives themselves: a household's list must hold them. */
export function ownBenefits(situation: Situation, options: readonly { value: string }[]): string[] {
  const own = situation.benefits;
  if (own === undefined || Array.isArray(own)) return [];
  return options.map((o) => o.value).filter((value) => own[value] === true);
}

export interface GivenAnswer {
  question: QuestionView;
  value: AnswerValue;
}

/** The catalogue's questions that the situation answers, in the catalogue's order. */
export function givenAnswers(situation: Situation, questions: readonly QuestionView[]): GivenAnswer[] {
  const given: GivenAnswer[] = [];
  for (const question of questions) {
    const value = answerOf(situation, question);
    if (value !== undefined) given.push({ question, value });
  }
  return given;
}

/**
 * An amount as people type it: "1.234,56", "1234,5", "1 234", "1234.56" or "1,234.56" (with
 * both marks, the last one holds the cents). null when it is not a number of 0 or more.
 */
export function parseAmount(text: string): number | null {
  let clean = text.replace(/[\s\u00a0\u202f€]/g, "");
  if (clean === "") return null;
  const comma = clean.lastIndexOf(",");
  const dot = clean.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) clean = comma > dot ? clean.replace(/\./g, "").replace(",", ".") : clean.replace(/,/g, "");
  else if (comma >= 0) clean = clean.replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(clean)) clean = clean.replace(/\./g, ""); // "23.400" is a thousand
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

export const isPostcode = (text: string): boolean => /^[1-9]\d{3}$/.test(text.trim());

/** A date input's value that the server accepts (1900–2199). */
export const isDay = (text: string): boolean => /^(19|20|21)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(text);

const ROLE_SET = new Set<string>(HOUSEHOLD_ROLES);

/** The members an answer holds (an earlier answer to change), without anything unexpected. */
export function membersOf(value: AnswerValue | undefined): HouseholdMember[] {
  if (!Array.isArray(value)) return [];
  const members: HouseholdMember[] = [];
  for (const item of value) {
    if (typeof item === "object" && ROLE_SET.has(item.role)) members.push(item);
  }
  return members;
}

/** The values a list answer (benefits) holds. */
export function valuesOf(value: AnswerValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
