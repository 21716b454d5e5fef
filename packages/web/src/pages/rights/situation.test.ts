import { describe, expect, it } from "vitest";
import type { QuestionView, Situation } from "../../api/rightsTypes.ts";
import {
  ageOn, answerOf, changedAnswers, givenAnswers, isAdultChild, isAmbiguousAmount, isDay, isPostcode, knownQuestions, memberGaps, membersOf, ownBenefits,
  parseAmount, questionOfField, withAnswer, withChanges, withoutAnswer, withoutProblems,
} from "./situation.ts";

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

  it("leaves out every income a problem points at, whatever the order of the problems", () => {
    const incomes = [0, 1, 2, 3].map((amount) => ({ kind: "gross_taxable" as const, period: `202${amount}`, amount }));
    const fixed = withoutProblems({ incomes }, [{ path: "situation.incomes.1.amount" }, { path: "situation.incomes.3.period" }, { path: "body.situation.incomes.1.kind" }], []);
    expect(fixed.incomes?.map((i) => i.amount)).toEqual([0, 2]);
    expect(withoutProblems({ incomes }, [{ path: "situation.incomes.0" }, { path: "situation.incomes.1" }, { path: "situation.incomes.2" }, { path: "situation.incomes.3" }], [])).toEqual({});
    expect(withoutProblems({ incomes, person: { birthDate: "1950-03-01" } }, [{ path: "situation.incomes" }], [])).toEqual({ person: { birthDate: "1950-03-01" } });
  });

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
  const options = [{ value: "leefloon" }, { value: "igo" }, { value: "zorgtoeslag" }];
  const householdBenefits = question("household.benefits", { input: "benefits" });
  const leefloon = question("benefits.leefloon");
  const leefloonSince = question("benefits.leefloonSince", { input: "date" });

  it("hold the person's own benefits", () => {
    expect(ownBenefits({ benefits: { igo: true, leefloon: false } }, options)).toEqual(["igo"]);
    expect(ownBenefits({}, options)).toEqual([]);
  });

  it("count a date since when the leefloon is received as leefloon", () => {
    expect(ownBenefits({ benefits: { leefloonSince: "2025-01-15" } }, options)).toEqual(["leefloon"]);
  });

  it("get a benefit of the person's own added when a list without it was given", () => {
    const none = withAnswer({}, householdBenefits, []);
    expect(withAnswer(none, igo, true)).toEqual({ household: { benefits: ["igo"] }, benefits: { igo: true } });
    expect(withAnswer(withAnswer(none, igo, true), igo, true).household).toEqual({ benefits: ["igo"] });
    expect(withAnswer(none, leefloonSince, "2025-01-15").household).toEqual({ benefits: ["leefloon"] });
    // "No", or no list yet: nothing to add.
    expect(withAnswer(none, igo, false).household).toEqual({ benefits: [] });
    expect(withAnswer({}, igo, true)).toEqual({ benefits: { igo: true } });
    // A list given after the person's own benefits keeps them too.
    expect(withAnswer({ benefits: { igo: true } }, householdBenefits, ["zorgtoeslag"]).household).toEqual({ benefits: ["zorgtoeslag", "igo"] });
  });

  it("lose the date since when the leefloon is received when the leefloon is answered no", () => {
    const receiving = withAnswer(withAnswer({}, leefloon, true), leefloonSince, "2025-01-15");
    expect(withAnswer(receiving, leefloon, false)).toEqual({ benefits: { leefloon: false } });
  });
});

describe("a refused field, by its question", () => {
  const questions = [birthDate, igo, members, income2025, question("income.grossTaxable.previousMonth", { input: "money", income: { kind: "gross_taxable", period: "2026-10" } })];

  it("is the question of the field, or of the list the field is in", () => {
    expect(questionOfField("body.situation.person.birthDate", questions)?.id).toBe("person.birthDate");
    expect(questionOfField("body.situation.household.members.0.birthDate", questions)?.id).toBe("household.members");
    expect(questionOfField("body.situation.person.pregnant", questions)).toBeNull();
  });

  it("is the income question of the refused income's kind and period", () => {
    const sent: Situation = { incomes: [{ kind: "gross_taxable", period: "2026-10", amount: 1 }, { kind: "gross_taxable", period: "2025", amount: 200_000_000 }] };
    expect(questionOfField("body.situation.incomes.1.amount", questions, sent)?.id).toBe("income.grossTaxable.previousYear");
    expect(questionOfField("body.situation.incomes.0.amount", questions, sent)?.id).toBe("income.grossTaxable.previousMonth");
  });
});

describe("the members of a household", () => {
  it("count ages on the check's date", () => {
    expect(ageOn("2007-06-01", "2025-05-31")).toBe(17);
    expect(ageOn("2007-06-01", "2025-06-01")).toBe(18);
    expect(isAdultChild({ role: "child", birthDate: "2007-06-01" }, "2025-05-31")).toBe(false);
    expect(isAdultChild({ role: "child", birthDate: "2007-06-01" }, "2025-06-01")).toBe(true);
    expect(isAdultChild({ role: "child", birthDate: "2000-06-01" }, "2025-06-01")).toBe(false);
    expect(isAdultChild({ role: "partner", birthDate: "2007-06-01" }, "2025-06-01")).toBe(false);
  });

  it("lack what the rules need: a birth date, ten laste, and child benefit for a child of 18 to 24", () => {
    expect(memberGaps({ role: "partner" }, "2026-01-01")).toEqual(["birthDate", "dependent"]);
    expect(memberGaps({ role: "child", birthDate: "2007-01-01", dependent: true }, "2026-01-01")).toEqual(["childBenefit"]);
    expect(memberGaps({ role: "child", birthDate: "2007-01-01", dependent: true }, "2024-12-31")).toEqual([]);
    expect(memberGaps({ role: "child", birthDate: "2007-01-01", dependent: true, childBenefit: false }, "2026-01-01")).toEqual([]);
  });
});

describe("the worker's changes on a colleague's version", () => {
  const postcode = question("person.postcode", { input: "postcode" });
  const questions = [birthDate, postcode, igo, members, income2025];

  it("are the answers set, changed or taken out since the check started", () => {
    const base: Situation = { person: { birthDate: "1950-03-01", postcode: "1030" }, incomes: [{ kind: "gross_taxable", period: "2025", amount: 1 }] };
    const draft: Situation = { person: { postcode: "1000" }, benefits: { igo: true }, incomes: [{ kind: "gross_taxable", period: "2025", amount: 2 }] };
    const changes = changedAnswers(base, draft, questions);
    expect(changes.map((c) => [c.question.id, c.value])).toEqual([
      ["person.birthDate", undefined],
      ["person.postcode", "1000"],
      ["benefits.igo", true],
      ["income.grossTaxable.previousYear", 2],
    ]);
    expect(changedAnswers(base, base, questions)).toEqual([]);
  });

  it("go on top of the colleague's version, and what the worker did not touch stays theirs", () => {
    const base: Situation = { person: { postcode: "1030" } };
    const draft: Situation = { person: { postcode: "1000" }, benefits: { igo: true } };
    const theirs: Situation = { person: { postcode: "1030", birthDate: "1960-01-01" }, household: { members: [], benefits: [] } };
    expect(withChanges(theirs, changedAnswers(base, draft, questions))).toEqual({
      person: { postcode: "1000", birthDate: "1960-01-01" },
      household: { members: [], benefits: ["igo"] },
      benefits: { igo: true },
    });
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
    expect(parseAmount("12.000")).toBe(12000);
    expect(parseAmount("12,00")).toBe(12);
    expect(parseAmount("12,0000")).toBe(12);
    expect(parseAmount("12,000.50")).toBe(12000.5);
    expect(parseAmount("12.000,50")).toBe(12000.5);
    expect(parseAmount("1,234,567")).toBe(1234567);
  });

  it("refuses a single comma before three digits: cents or thousands, nobody can tell", () => {
    expect(isAmbiguousAmount("12,000")).toBe(true);
    expect(isAmbiguousAmount("€ 1,234")).toBe(true);
    expect(parseAmount("12,000")).toBeNull();
    expect(parseAmount("1,234")).toBeNull();
    for (const clear of ["12,00", "12,5", "12.000", "12,000.50", "1234,567", "1,234,567", "12000"]) expect(isAmbiguousAmount(clear), clear).toBe(false);
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
