import { BENEFITS, HEATING_FUELS, PERSON_BENEFITS, RESIDENCE_STATUSES, type Benefit, type Income, type IncomeKind, type Situation } from "./situation.ts";
import { fullMonthsBetween, yearsBetween, daysBetween, previousMonthOf, yearOf, monthOf } from "./dates.ts";
import { QUESTION_TEXTS, OPTION_LABELS } from "./question-texts.ts";

/**
 * The facts rules may use. A base fact is answered directly (it is a question of the guided
 * check); a derived fact is worked out from base facts at the date of the check (an age from a
 * birth date, counts from the household). Unknown is `undefined`; a derived fact is unknown
 * whenever what it needs is, so that adding a fact never turns a known value into another one.
 */

export type FactValue = number | boolean | string;
export type FactType = "number" | "boolean" | "string" | "date";
export type Facts = Record<string, FactValue | undefined>;

export type QuestionInput = "boolean" | "date" | "number" | "money" | "choice" | "postcode" | "members" | "benefits";

export interface QuestionDef {
  id: string;
  input: QuestionInput;
  /** The values a choice (or a benefit list) offers. */
  options?: readonly string[];
  /** For an income: which kind of income, and the period the answer is about at a given date. */
  income?: { kind: IncomeKind; period: (date: string) => string };
  answered: (s: Situation, date: string) => boolean;
}

export interface FactDef {
  id: string;
  type: FactType;
  /** The questions whose answers this fact is worked out from. */
  questions: readonly string[];
  value: (s: Situation, date: string) => FactValue | undefined;
}

const defined = (v: unknown): boolean => v !== undefined;

function incomeOf(s: Situation, kind: IncomeKind, period: string): number | undefined {
  const incomes: readonly Income[] | undefined = s.incomes;
  if (incomes === undefined) return undefined;
  for (const i of incomes) if (i.kind === kind && i.period === period) return i.amount;
  return undefined;
}

/** A period worked out from the date of the check, remembered for the last date (checks come in runs of one date). */
function perDate(work: (date: string) => string): (date: string) => string {
  let lastDate = "";
  let last = "";
  return (date) => (date === lastDate ? last : ((lastDate = date), (last = work(date))));
}

const previousYear = perDate((date) => String(yearOf(date) - 1));
const previousMonth = perDate(previousMonthOf);
const sameMonth = perDate((date) => date.slice(0, 7));
/**
 * The income year the Groeipakket's allowance year looks at: the allowance year runs from
 * 1 September Y, and uses the tax data of the income of Y-2 (KidsLife's example: payments from
 * September 2022 on 2020 income). The exact legal rule is still to be checked
 * (docs/research/rights-first-five.md §5).
 */
const lastAssessmentYear = perDate((date) => String(yearOf(date) - (monthOf(date) >= 9 ? 2 : 3)));

function regionOf(postcode: string): string {
  const n = Number(postcode);
  if (n >= 1000 && n <= 1299) return "brussels";
  if ((n >= 1500 && n <= 3999) || n >= 8000) return "flanders";
  return "wallonia";
}

const simple = (id: string, input: QuestionInput, get: (s: Situation) => unknown, options?: readonly string[]): QuestionDef => ({
  id,
  input,
  ...(options ? { options } : {}),
  answered: (s) => defined(get(s)),
});

const incomeQuestion = (id: string, kind: IncomeKind, period: (date: string) => string): QuestionDef => ({
  id,
  input: "money",
  income: { kind, period },
  answered: (s, date) => defined(incomeOf(s, kind, period(date))),
});

/** Children of 18 to 24 count for child benefit only while it is still paid (studies, …): asked for them only. */
const adultChild = (m: { role: string; birthDate?: string | undefined }, date: string): boolean => {
  if (m.role !== "child" || m.birthDate === undefined) return false;
  const age = yearsBetween(m.birthDate, date);
  return age >= 18 && age <= 24;
};

const membersComplete = (s: Situation, date: string): boolean =>
  s.household?.members !== undefined && s.household.members.every((m) => m.birthDate !== undefined && m.dependent !== undefined && (m.childBenefit !== undefined || !adultChild(m, date)));

const benefitQuestions = PERSON_BENEFITS.map((b) => simple(`benefits.${b}`, "boolean", (s) => s.benefits?.[b]));

export const QUESTIONS: readonly QuestionDef[] = [
  simple("person.birthDate", "date", (s) => s.person?.birthDate),
  simple("person.postcode", "postcode", (s) => s.person?.postcode),
  simple("person.livesInBelgium", "boolean", (s) => s.person?.livesInBelgium),
  simple("person.residence", "choice", (s) => s.person?.residence, RESIDENCE_STATUSES),
  { id: "household.members", input: "members", answered: membersComplete },
  simple("household.benefits", "benefits", (s) => s.household?.benefits, BENEFITS),
  simple("household.allHaveVt", "boolean", (s) => s.household?.allHaveVt),
  ...benefitQuestions,
  simple("benefits.leefloonSince", "date", (s) => s.benefits?.leefloonSince),
  incomeQuestion("income.grossTaxable.previousYear", "gross_taxable", previousYear),
  incomeQuestion("income.grossTaxable.previousMonth", "gross_taxable", previousMonth),
  incomeQuestion("income.assessment", "assessment", lastAssessmentYear),
  incomeQuestion("income.resources.monthly", "net_resources", sameMonth),
  simple("property.otherCadastralIncome", "money", (s) => s.property?.otherCadastralIncome),
  simple("person.married", "boolean", (s) => s.person?.married),
  simple("person.pregnant", "boolean", (s) => s.person?.pregnant),
  simple("person.availableForWork", "boolean", (s) => s.person?.availableForWork),
  simple("person.otherRightsClaimed", "boolean", (s) => s.person?.otherRightsClaimed),
  simple("person.indicatorGroup", "boolean", (s) => s.person?.indicatorGroup),
  simple("housing.heatingFuel", "choice", (s) => s.housing?.heatingFuel, HEATING_FUELS),
  simple("housing.energyContractAtDomicile", "boolean", (s) => s.housing?.energyContractAtDomicile),
  simple("housing.socialTenantCollectiveHeating", "boolean", (s) => s.housing?.socialTenantCollectiveHeating),
  simple("heating.deliveryDate", "date", (s) => s.heating?.deliveryDate),
  simple("debt.mediation", "boolean", (s) => s.debt?.mediation),
  simple("debt.canPayHeatingInvoice", "boolean", (s) => s.debt?.canPayHeatingInvoice),
];

const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));
export function questionDef(id: string): QuestionDef | undefined {
  return QUESTION_BY_ID.get(id);
}

type Member = NonNullable<NonNullable<Situation["household"]>["members"]>[number];

/** Counts over the other household members; unknown when the list or a needed detail is. `age` is worked out only when asked. */
function countMembers(s: Situation, date: string, test: (m: Member, age: () => number | undefined) => boolean | undefined): number | undefined {
  const members = s.household?.members;
  if (members === undefined) return undefined;
  let n = 0;
  for (const m of members) {
    const hit = test(m, () => (m.birthDate === undefined ? undefined : yearsBetween(m.birthDate, date)));
    if (hit === undefined) return undefined;
    if (hit) n += 1;
  }
  return n;
}

const childUnder = (limit: number) => (m: Member, age: () => number | undefined): boolean | undefined => {
  if (m.role !== "child") return false;
  const a = age();
  return a === undefined ? undefined : a < limit;
};

const base = (id: string, type: FactType, get: (s: Situation, date: string) => FactValue | undefined): FactDef => ({ id, type, questions: [id], value: get });

function anyoneReceives(b: Benefit): FactDef {
  return {
    id: `household.anyone.${b}`,
    type: "boolean",
    questions: ["household.benefits"],
    value: (s) => {
      if (b !== "zorgtoeslag" && s.benefits?.[b] === true) return true;
      if (b === "leefloon" && s.benefits?.leefloonSince !== undefined) return true;
      const list = s.household?.benefits;
      return list === undefined ? undefined : list.includes(b);
    },
  };
}

export const FACTS: readonly FactDef[] = [
  base("person.birthDate", "date", (s) => s.person?.birthDate),
  { id: "person.age", type: "number", questions: ["person.birthDate"], value: (s, d) => (s.person?.birthDate === undefined ? undefined : yearsBetween(s.person.birthDate, d)) },
  base("person.postcode", "string", (s) => s.person?.postcode),
  { id: "person.region", type: "string", questions: ["person.postcode"], value: (s) => (s.person?.postcode === undefined ? undefined : regionOf(s.person.postcode)) },
  base("person.livesInBelgium", "boolean", (s) => s.person?.livesInBelgium),
  base("person.residence", "string", (s) => s.person?.residence),
  base("person.married", "boolean", (s) => s.person?.married),
  base("person.pregnant", "boolean", (s) => s.person?.pregnant),
  base("person.availableForWork", "boolean", (s) => s.person?.availableForWork),
  base("person.otherRightsClaimed", "boolean", (s) => s.person?.otherRightsClaimed),
  base("person.indicatorGroup", "boolean", (s) => s.person?.indicatorGroup),
  ...PERSON_BENEFITS.map((b) => base(`benefits.${b}`, "boolean", (s) => s.benefits?.[b] ?? (b === "leefloon" && s.benefits?.leefloonSince !== undefined ? true : undefined))),
  {
    id: "benefits.leefloonFullMonths",
    type: "number",
    questions: ["benefits.leefloon", "benefits.leefloonSince"],
    value: (s, d) => {
      const b = s.benefits;
      if (b?.leefloonSince !== undefined) return b.leefloonSince > d ? 0 : fullMonthsBetween(b.leefloonSince, d);
      return b?.leefloon === false ? 0 : undefined;
    },
  },
  { id: "household.livesAlone", type: "boolean", questions: ["household.members"], value: (s) => (s.household?.members === undefined ? undefined : s.household.members.length === 0) },
  { id: "household.size", type: "number", questions: ["household.members"], value: (s) => (s.household?.members === undefined ? undefined : s.household.members.length + 1) },
  { id: "household.hasPartner", type: "boolean", questions: ["household.members"], value: (s) => (s.household?.members === undefined ? undefined : s.household.members.some((m) => m.role === "partner")) },
  { id: "household.dependants", type: "number", questions: ["household.members"], value: (s, d) => countMembers(s, d, (m) => m.dependent) },
  {
    id: "household.vtSize",
    type: "number",
    questions: ["household.members"],
    value: (s, d) => {
      const n = countMembers(s, d, (m) => (m.role === "partner" ? true : m.dependent));
      return n === undefined ? undefined : n + 1;
    },
  },
  { id: "household.minorChildren", type: "number", questions: ["household.members"], value: (s, d) => countMembers(s, d, childUnder(18)) },
  {
    id: "household.children",
    type: "number",
    questions: ["household.members"],
    // Children for child benefit: under 18 always; 18 to 24 while it is still paid for them.
    value: (s, d) =>
      countMembers(s, d, (m, age) => {
        if (m.role !== "child") return false;
        const a = age();
        if (a === undefined) return undefined;
        return a < 18 ? true : a <= 24 ? m.childBenefit : false;
      }),
  },
  {
    id: "household.childBornFrom2019",
    type: "boolean",
    questions: ["household.members"],
    value: (s) => {
      const members = s.household?.members;
      if (members === undefined) return undefined;
      let unknown = false;
      for (const m of members) {
        if (m.role !== "child") continue;
        if (m.birthDate === undefined) unknown = true;
        else if (m.birthDate >= "2019-01-01") return true;
      }
      return unknown ? undefined : false;
    },
  },
  base("household.allHaveVt", "boolean", (s) => s.household?.allHaveVt),
  ...BENEFITS.map(anyoneReceives),
  base("income.grossTaxable.previousYear", "number", (s, d) => incomeOf(s, "gross_taxable", previousYear(d))),
  base("income.grossTaxable.previousMonth", "number", (s, d) => incomeOf(s, "gross_taxable", previousMonth(d))),
  base("income.assessment", "number", (s, d) => incomeOf(s, "assessment", lastAssessmentYear(d))),
  base("income.resources.monthly", "number", (s, d) => incomeOf(s, "net_resources", sameMonth(d))),
  base("property.otherCadastralIncome", "number", (s) => s.property?.otherCadastralIncome),
  base("housing.heatingFuel", "string", (s) => s.housing?.heatingFuel),
  base("housing.energyContractAtDomicile", "boolean", (s) => s.housing?.energyContractAtDomicile),
  base("housing.socialTenantCollectiveHeating", "boolean", (s) => s.housing?.socialTenantCollectiveHeating),
  base("heating.deliveryDate", "date", (s) => s.heating?.deliveryDate),
  { id: "heating.daysSinceDelivery", type: "number", questions: ["heating.deliveryDate"], value: (s, d) => (s.heating?.deliveryDate === undefined ? undefined : daysBetween(s.heating.deliveryDate, d)) },
  base("debt.mediation", "boolean", (s) => s.debt?.mediation),
  base("debt.canPayHeatingInvoice", "boolean", (s) => s.debt?.canPayHeatingInvoice),
];

const FACT_BY_ID = new Map(FACTS.map((f) => [f.id, f]));
export function factDef(id: string): FactDef | undefined {
  return FACT_BY_ID.get(id);
}

const VALUES: ReadonlyArray<FactDef["value"]> = FACTS.map((f) => f.value);
export const FACT_INDEX: ReadonlyMap<string, number> = new Map(FACTS.map((f, i) => [f.id, i]));

/** Works out every fact for a situation at a date (for tools and other engines; rules read facts lazily). */
export function factsOf(s: Situation, date: string): Facts {
  const facts: Facts = {};
  for (const f of FACTS) facts[f.id] = f.value(s, date);
  return facts;
}

/**
 * Reads the facts of one situation at one date for compiled rules: each fact is worked out the
 * first time a rule reads it, and at most once per evaluation (a generation stamp, so nothing is
 * allocated per situation). One reader serves one evaluation at a time (evaluation is synchronous).
 */
export class FactReader {
  private readonly stamp = new Uint32Array(FACTS.length);
  private readonly memo: (FactValue | undefined)[] = new Array<FactValue | undefined>(FACTS.length).fill(undefined);
  private generation = 0;
  private situation: Situation = {};
  private date = "";

  reset(situation: Situation, date: string): void {
    this.situation = situation;
    this.date = date;
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  readonly get = (index: number): FactValue | undefined => {
    if (this.stamp[index] === this.generation) return this.memo[index];
    const value = (VALUES[index] as FactDef["value"])(this.situation, this.date);
    this.stamp[index] = this.generation;
    this.memo[index] = value;
    return value;
  };
}

export { QUESTION_TEXTS, OPTION_LABELS };
