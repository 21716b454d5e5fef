import { describe, expect, it } from "vitest";
import type { QuestionView, Situation } from "../../api/rightsTypes.ts";
import { answerOf, givenAnswers, isDay, isPostcode, knownQuestions, membersOf, ownBenefits, parseAmount, withAnswer, withoutAnswer, withoutProblems } from "./situation.ts";

const question = (id: string, extra: Partial<QuestionView> = {}): QuestionView => ({ id, text: id, input: "boolean", ...extra });
const igo = question("benefits.igo");
const birthDate = question("person.birthDate", { input: "date" });
const members = question("household.members", { input: "members" });
const income2025 = question("income.grossTaxable.previousYear", { input: "money", income: { kind: "gross_taxable", period: "2025" } });

describe("answers in a situation", () => {
  it("puts question a.b at situation.a.b, next to what the section holds", () => {
    const s = withAnswer(withAnswer({}, birthDate, "1950-03-01"), question("person.postcode", { input: "postcode" }), "1030");
    expect(s).toEqual({ person: { birthDate: "1950-03-01", postcode: "1030" } });
    expect(answerOf(s, birthDate)).toBe("1950-03-01");
    expect(answerOf(s, igo)).toBeUndefined();
  });

  it("puts a household list in as a list, [] meaning nobody", () => {
    const alone = withAnswer({}, members, []);
    expect(alone).toEqual({ household: { members: [] } });
    const family = withAnswer(alone, members, [{ role: "partner", birthDate: "1980-01-01", dependent: false }]);
    expect(membersOf(answerOf(family, members))).toEqual([{ role: "partner", birthDate: "1980-01-01", dependent: false }]);
  });

  it("puts an income in the incomes, replacing one of the same kind and period only", () => {
    const before: Situation = { incomes: [{ kind: "gross_taxable", period: "2025", amount: 1 }, { kind: "gross_taxable", period: "2024", amount: 2 }] };
    const after = withAnswer(before, income2025, 23400);
    expect(after.incomes).toEqual([{ kind: "gross_taxable", period: "2024", amount: 2 }, { kind: "gross_taxable", period: "2025", amount: 23400 }]);
    expect(answerOf(after, income2025)).toBe(23400);
  });

  it("leaves a field out again, and an empty section with it", () => {
    const s = withAnswer(withAnswer({}, igo, true), birthDate, "1950-03-01");
    expect(withoutAnswer(s, igo)).toEqual({ person: { birthDate: "1950-03-01" } });
    expect(withoutAnswer(withAnswer({}, income2025, 5), income2025)).toEqual({});
    expect(withoutAnswer(s, members)).toBe(s);
  });

  it("never changes the situation it was given", () => {
    const s: Situation = { benefits: { igo: false } };
    withAnswer(s, igo, true);
    withoutAnswer(s, igo);
    expect(s).toEqual({ benefits: { igo: false } });
  });

  it("lists the given answers in the catalogue's order", () => {
    const s = withAnswer(withAnswer({}, igo, false), birthDate, "1950-03-01");
    expect(givenAnswers(s, [birthDate, members, igo]).map((a) => [a.question.id, a.value])).toEqual([
      ["person.birthDate", "1950-03-01"],
      ["benefits.igo", false],
    ]);
  });
});

describe("the questions an answer can be changed from", () => {
  it("keeps the catalogue's order and adds what the checks asked beyond it, once", () => {
    expect(knownQuestions([birthDate, igo], [igo, members, income2025, members]).map((q) => q.id)).toEqual([
      "person.birthDate",
      "benefits.igo",
      "household.members",
      "income.grossTaxable.previousYear",
    ]);
  });
});

describe("a stored situation that no longer fits", () => {
  const stored: Situation = {
    person: { birthDate: "1950-03-01", residence: "gone_status" },
    incomes: [{ kind: "gross_taxable", period: "2024", amount: 1 }, { kind: "gross_taxable", period: "2025", amount: -1 }],
    oldSection: { anything: true },
  };

  it("leaves out the answer or the income a problem points at", () => {
    const fixed = withoutProblems(stored, [{ path: "situation.person.residence" }, { path: "situation.incomes.1.amount" }], [birthDate]);
    expect(fixed).toEqual({ person: { birthDate: "1950-03-01" }, incomes: [{ kind: "gross_taxable", period: "2024", amount: 1 }], oldSection: { anything: true } });
  });

  it("keeps only what the questions know when the problem is a whole section or the root", () => {
    expect(withoutProblems(stored, [{ path: "situation." }], [birthDate, igo])).toEqual({
      person: { birthDate: "1950-03-01" },
      incomes: stored.incomes,
    });
  });
});

describe("the household's benefits", () => {
  it("hold the person's own benefits", () => {
    const options = [{ value: "leefloon" }, { value: "igo" }, { value: "zorgtoeslag" }];
    expect(ownBenefits({ benefits: { igo: true, leefloon: false } }, options)).toEqual(["igo"]);
    expect(ownBenefits({}, options)).toEqual([]);
  });
});

describe("typed answers", () => {
  it("reads amounts as they are written in Belgium", () => {
    expect(parseAmount("1.234,56")).toBe(1234.56);
    expect(parseAmount("1234,5")).toBe(1234.5);
    expect(parseAmount("€ 1 234")).toBe(1234);
    expect(parseAmount("1234.56")).toBe(1234.56);
    expect(parseAmount("1,234.56")).toBe(1234.56);
    expect(parseAmount("1.234.567,8")).toBe(1234567.8);
    expect(parseAmount("23.400")).toBe(23400);
    expect(parseAmount("0")).toBe(0);
    expect(parseAmount("")).toBeNull();
    expect(parseAmount("-5")).toBeNull();
    expect(parseAmount("veel")).toBeNull();
  });

  it("knows a Belgian postcode and a date the server takes", () => {
    expect(isPostcode("1030")).toBe(true);
    expect(isPostcode("0999")).toBe(false);
    expect(isPostcode("10300")).toBe(false);
    expect(isDay("1950-03-01")).toBe(true);
    expect(isDay("1850-03-01")).toBe(false);
    expect(isDay("")).toBe(false);
  });
});
