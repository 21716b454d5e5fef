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

/**
 * The situation with this answer in it. The household's benefit list is of everyone at the
 * address, the person included (the server refuses a list without one of the person's own):
 * a benefit of their own goes into the list when it lacks it. Leefloon "no" takes the date since
 * when it is received out.
 */
export function withAnswer(situation: Situation, question: QuestionView, value: AnswerValue): Situation {
  if (question.income) {
    if (typeof value !== "number") return situation;
    const { kind, period } = question.income;
    const others = (situation.incomes ?? []).filter((i) => !sameIncome(i, question));
    return { ...situation, incomes: [...others, { kind, period, amount: value }] };
  }
  const [section, key] = pathOf(question.id);
  let answers: Answers = { ...sectionOf(situation, section), [key]: value };
  if (question.id === "benefits.leefloon" && value === false) answers = without(answers, "leefloonSince");
  return withOwnBenefitsListed({ ...situation, [section]: answers });
}

/** The benefits the person receives themselves, by name; a date since when the leefloon is received counts as leefloon. */
function personBenefits(situation: Situation): string[] {
  const own = sectionOf(situation, "benefits");
  if (own === undefined) return [];
  const names = Object.keys(own).filter((name) => name !== "leefloonSince" && own[name] === true);
  return typeof own.leefloonSince === "string" && !names.includes("leefloon") ? [...names, "leefloon"] : names;
}

/** The household's list of benefits (when there is one) with the person's own added to it. */
function withOwnBenefitsListed(situation: Situation): Situation {
  const household = sectionOf(situation, "household");
  if (household === undefined || !Array.isArray(household.benefits)) return situation;
  const listed = valuesOf(household.benefits);
  const missing = personBenefits(situation).filter((name) => !listed.includes(name));
  return missing.length === 0 ? situation : { ...situation, household: { ...household, benefits: [...listed, ...missing] } };
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
  // Incomes go by their index in the stored list: all of them at once, so no index moves.
  const badIncomes = new Set<number>();
  let allIncomes = false;
  let rootOnly = false;
  for (const problem of problems) {
    const [section, key] = situationPath(problem.path).split(".").filter(Boolean);
    if (section === "incomes") {
      const index = key === undefined ? NaN : Number(key);
      if (Number.isInteger(index)) badIncomes.add(index);
      else allIncomes = true;
    } else if (section !== undefined && key !== undefined) {
      fixed = withoutAnswer(fixed, { id: `${section}.${key}`, text: "", input: "boolean" });
    } else {
      rootOnly = true;
    }
  }
  if (allIncomes || badIncomes.size > 0) {
    const incomes = allIncomes ? [] : (fixed.incomes ?? []).filter((_, i) => !badIncomes.has(i));
    const rest: Situation = without(fixed, "incomes");
    fixed = incomes.length > 0 ? { ...rest, incomes } : rest;
  }
  return rootOnly ? knownAnswersOnly(fixed, questions) : fixed;
}

/** "body.situation.person.birthDate" → "person.birthDate"; the root → "". */
function situationPath(path: string): string {
  return path.replace(/^(body\.)?situation\.?/, "");
}

/**
 * The question a refused field points at, by its text: "body.situation.person.birthDate" → "What
 * is the date of birth?"; an income by its kind and period in the situation that was sent.
 */
export function questionOfField(path: string, questions: readonly QuestionView[], sent?: Situation): QuestionView | null {
  const field = situationPath(path);
  const [section, key] = field.split(".");
  if (section === "incomes") {
    const income = key === undefined ? undefined : sent?.incomes?.[Number(key)];
    const incomeQuestions = questions.filter((q) => q.income);
    return (income ? incomeQuestions.find((q) => sameIncome(income, q)) : undefined) ?? incomeQuestions[0] ?? null;
  }
  return questions.find((q) => field === q.id || field.startsWith(`${q.id}.`)) ?? null;
}

/** The benefits the person receives themselves: a household's list must hold them. */
export function ownBenefits(situation: Situation, options: readonly { value: string }[]): string[] {
  const own = personBenefits(situation);
  return options.map((o) => o.value).filter((value) => own.includes(value));
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

const blanks = (text: string): string => text.replace(/[\s\u00a0\u202f€]/g, "");

/**
 * "12,000": a single comma before exactly three digits, and no other mark. In Belgium the comma
 * holds the cents ("12,5"), in English it groups thousands: twelve or twelve thousand? Nobody
 * can tell, so it is refused with a request to write it without a thousands mark.
 */
export function isAmbiguousAmount(text: string): boolean {
  return /^\d{1,3},\d{3}$/.test(blanks(text));
}

/**
 * An amount as people type it: "1.234,56", "1234,5", "1 234", "1234.56", "1,234.56" (with both
 * marks, the last one holds the cents) or "1,234,567" (commas that can only group thousands).
 * null when it is not a number of 0 or more, or when it is ambiguous ("12,000": see above).
 */
export function parseAmount(text: string): number | null {
  let clean = blanks(text);
  if (clean === "" || isAmbiguousAmount(clean)) return null;
  const comma = clean.lastIndexOf(",");
  const dot = clean.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) clean = comma > dot ? clean.replace(/\./g, "").replace(",", ".") : clean.replace(/,/g, "");
  else if (/^\d{1,3}(,\d{3}){2,}$/.test(clean)) clean = clean.replace(/,/g, ""); // "1,234,567": only thousands
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

/** Whole years from a birth date to a day (both YYYY-MM-DD): an age on that day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** A child of 18 to 24 on the check's date counts for child benefit only while it is still paid: asked for them. */
export function isAdultChild(member: { role: HouseholdRole | ""; birthDate?: string | undefined }, checkDate: string): boolean {
  if (member.role !== "child" || member.birthDate === undefined || !isDay(member.birthDate) || !isDay(checkDate)) return false;
  const age = ageOn(member.birthDate, checkDate);
  return age >= 18 && age <= 24;
}

export type MemberGap = "birthDate" | "dependent" | "childBenefit";

/**
 * What the rules still need to know of a member before the household counts as answered (as the
 * server's facts say): a birth date, ten laste, and for a child of 18 to 24 on the check's date
 * whether child benefit is still paid.
 */
export function memberGaps(member: HouseholdMember, checkDate: string): MemberGap[] {
  const gaps: MemberGap[] = [];
  if (member.birthDate === undefined) gaps.push("birthDate");
  if (member.dependent === undefined) gaps.push("dependent");
  if (member.childBenefit === undefined && isAdultChild(member, checkDate)) gaps.push("childBenefit");
  return gaps;
}

/** One answer changed in a draft: set to a value, or taken out (undefined). */
export interface AnswerChange {
  question: QuestionView;
  value: AnswerValue | undefined;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const incomeKey = (income: Income): string => `${income.kind}|${income.period}`;

/**
 * The answers that differ between the situation a check started from and the draft: per field
 * (`person.birthDate`) and per income (its kind and period), each with the question that asks it
 * (one of `questions` when it knows the field, so it can be named).
 */
export function changedAnswers(from: Situation, to: Situation, questions: readonly QuestionView[]): AnswerChange[] {
  const changes: AnswerChange[] = [];
  const sections = new Set([...Object.keys(from), ...Object.keys(to)].filter((name) => name !== "incomes"));
  for (const section of sections) {
    const before = sectionOf(from, section) ?? {};
    const after = sectionOf(to, section) ?? {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (same(before[key], after[key])) continue;
      const id = `${section}.${key}`;
      changes.push({ question: questions.find((q) => q.id === id) ?? { id, text: id, input: "boolean" }, value: after[key] });
    }
  }
  const before = new Map((from.incomes ?? []).map((i) => [incomeKey(i), i]));
  const after = new Map((to.incomes ?? []).map((i) => [incomeKey(i), i]));
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(key);
    const is = after.get(key);
    const income = is ?? was;
    if (!income || same(was?.amount, is?.amount)) continue;
    const { kind, period } = income;
    const question = questions.find((q) => q.income !== undefined && sameIncome(income, q)) ?? { id: `incomes.${key}`, text: `${kind} ${period}`, input: "money", income: { kind, period } };
    changes.push({ question, value: is?.amount });
  }
  return changes;
}

/** The situation with these changes made to it (a colleague's version with the worker's answers on top). */
export function withChanges(situation: Situation, changes: readonly AnswerChange[]): Situation {
  return changes.reduce((s, { question, value }) => (value === undefined ? withoutAnswer(s, question) : withAnswer(s, question, value)), situation);
}
