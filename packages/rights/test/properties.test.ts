import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BENEFITS, PERSON_BENEFITS, evaluate, HEATING_FUELS, HOUSEHOLD_ROLES, loadPacks, parseSituation, QUESTIONS, questionDef, RESIDENCE_STATUSES, type Situation } from "../src/index.ts";

/**
 * Properties of three-valued evaluation over the whole base pack, on generated situations:
 * a complete "true" situation, and partial ones that know only some of its answers.
 * Fixed seed and bounded runs, so the suite is repeatable.
 */
const pack = loadPacks();
const RUNS = { seed: 20261129, numRuns: 300 };
/** More seeds, so the properties do not hold by the luck of one. */
const SEEDS = [20261129, 6, 42];
const DATES = ["2023-10-01", "2024-06-01", "2025-03-01", "2026-11-29"] as const;

const day = (from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const birthDate = day(-10_950, 16_000); // 1940 … 2013
const money = fc.integer({ min: 0, max: 8_000 }).map((n) => n * 10);

/** A situation that answers every question at its date. */
const complete = fc.constantFrom(...DATES).chain((date) =>
  fc
    .record({
      person: fc.record({
        birthDate,
        residence: fc.constantFrom(...RESIDENCE_STATUSES),
        livesInBelgium: fc.boolean(),
        postcode: fc.constantFrom("9000", "1000", "2000", "4000", "8500", "3500", "1500"),
        married: fc.boolean(),
        pregnant: fc.boolean(),
        availableForWork: fc.boolean(),
        otherRightsClaimed: fc.boolean(),
        indicatorGroup: fc.boolean(),
      }),
      leefloon: fc.option(day(19_000, 20_700), { nil: undefined }),
      flags: fc.record({ igo: fc.boolean(), ivt: fc.boolean(), it: fc.boolean(), disability65: fc.boolean(), helpThirdPerson: fc.boolean(), zorgbudgetOuderen: fc.boolean(), vt: fc.boolean() }),
      members: fc.array(fc.record({ role: fc.constantFrom(...HOUSEHOLD_ROLES), birthDate, dependent: fc.boolean(), childBenefit: fc.boolean() }), { maxLength: 4 }),
      householdBenefits: fc.subarray([...BENEFITS]),
      allHaveVt: fc.boolean(),
      yearIncome: money.map((n) => n * 5),
      monthIncome: money.map((n) => Math.round(n / 10)),
      assessment: money.map((n) => n * 6),
      resources: money.map((n) => Math.round(n / 20)),
      otherCadastralIncome: fc.integer({ min: 0, max: 3_000 }),
      heatingFuel: fc.constantFrom(...HEATING_FUELS),
      energyContractAtDomicile: fc.boolean(),
      socialTenantCollectiveHeating: fc.boolean(),
      deliveryDaysAgo: fc.integer({ min: -10, max: 120 }),
      mediation: fc.boolean(),
      canPayHeatingInvoice: fc.boolean(),
    })
    .map((g): { date: string; situation: Situation } => {
      const period = (id: string): string => questionDef(id)?.income?.period(date) ?? "";
      const delivery = new Date(Date.parse(date) - g.deliveryDaysAgo * 86_400_000).toISOString().slice(0, 10);
      const since = g.leefloon !== undefined && g.leefloon <= date ? g.leefloon : undefined;
      return {
        date,
        situation: {
          person: g.person,
          benefits: { ...g.flags, leefloon: since !== undefined, ...(since ? { leefloonSince: since } : {}) },
          // Everyone at the address includes the person: their own benefits are on the list.
          household: { members: g.members, benefits: [...new Set([...g.householdBenefits, ...PERSON_BENEFITS.filter((b) => (b === "leefloon" ? since !== undefined : g.flags[b]))])], allHaveVt: g.allHaveVt },
          incomes: [
            { kind: "gross_taxable", period: period("income.grossTaxable.previousYear"), amount: g.yearIncome },
            { kind: "gross_taxable", period: period("income.grossTaxable.previousMonth"), amount: g.monthIncome },
            { kind: "assessment", period: period("income.assessment"), amount: g.assessment },
            { kind: "net_resources", period: period("income.resources.monthly"), amount: g.resources },
          ],
          property: { otherCadastralIncome: g.otherCadastralIncome },
          housing: { heatingFuel: g.heatingFuel, energyContractAtDomicile: g.energyContractAtDomicile, socialTenantCollectiveHeating: g.socialTenantCollectiveHeating },
          heating: { deliveryDate: delivery },
          debt: { mediation: g.mediation, canPayHeatingInvoice: g.canPayHeatingInvoice },
        },
      };
    }),
);

/** Copies the answer to one question from the true situation into a partial one. */
function answer(partial: Situation, truth: Situation, question: string, date: string): Situation {
  const def = questionDef(question);
  if (def?.income) {
    const period = def.income.period(date);
    const kind = def.income.kind;
    const entry = truth.incomes?.find((i) => i.kind === kind && i.period === period);
    return entry ? { ...partial, incomes: [...(partial.incomes ?? []).filter((i) => !(i.kind === kind && i.period === period)), entry] } : partial;
  }
  const [group = "", field = ""] = question.split(".");
  const from = (truth as Record<string, Record<string, unknown> | undefined>)[group]?.[field];
  if (from === undefined) return partial;
  const into = { ...((partial as Record<string, Record<string, unknown> | undefined>)[group] ?? {}), [field]: from };
  return { ...partial, [group]: into } as Situation;
}

const partialOf = (truth: Situation, date: string, keep: readonly boolean[]): Situation =>
  QUESTIONS.reduce<Situation>((s, q, i) => (keep[i] ? answer(s, truth, q.id, date) : s), {});

const outcomes = (s: Situation, date: string) => new Map(evaluate(pack, s, date).rights.map((r) => [r.id, r]));

describe("three-valued evaluation of the base pack", () => {
  const keep = fc.array(fc.boolean(), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length });

  it("generated situations are valid situations", () => {
    fc.assert(fc.property(complete, ({ situation }) => {
          expect(parseSituation(situation).ok).toBe(true);
        }), { ...RUNS, numRuns: 50 });
  });

  it("adding missing facts never changes an outcome that was already decided", () => {
    for (const seed of SEEDS) fc.assert(
      fc.property(complete, keep, ({ date, situation }, mask) => {
        const partial = outcomes(partialOf(situation, date, mask), date);
        const full = outcomes(situation, date);
        for (const [id, r] of partial) if (r.outcome !== "maybe") expect(full.get(id)?.outcome, id).toBe(r.outcome);
        for (const r of full.values()) expect(r.outcome, `${r.id} with everything known`).not.toBe("maybe");
      }),
      { ...RUNS, seed },
    );
  });

  it("maybe always lists questions; answering them decides the right or asks only new ones, and this ends", () => {
    for (const seed of SEEDS) fc.assert(
      fc.property(complete, keep, ({ date, situation }, mask) => {
        for (const right of pack.rights) {
          const id = right.file.id;
          let current = partialOf(situation, date, mask);
          const asked = new Set<string>();
          for (let round = 0; ; round++) {
            expect(round, `${id} did not end`).toBeLessThanOrEqual(QUESTIONS.length);
            const result = evaluate(pack, current, date, { rights: [id] }).rights[0];
            if (!result || result.outcome !== "maybe") break;
            expect(result.questions.length, `${id} is maybe without questions`).toBeGreaterThan(0);
            for (const q of result.questions) expect(asked.has(q), `${id} asked ${q} again after it was answered`).toBe(false);
            for (const q of result.questions) {
              asked.add(q);
              current = answer(current, situation, q, date);
            }
          }
        }
      }),
      { ...RUNS, seed, numRuns: 150 },
    );
  });

  it("a household list that leaves out the person's own benefit is refused, not evaluated", () => {
    const parsed = parseSituation({ benefits: { igo: true }, household: { benefits: [] } });
    expect(parsed).toEqual({ ok: false, errors: [expect.objectContaining({ path: "household.benefits" })] });
    expect(parseSituation({ benefits: { leefloonSince: "2025-01-15" }, household: { benefits: ["leefloon"] } }).ok).toBe(true);
  });

  it("the date matters only through the parameters and the facts worked out at it", () => {
    const situation: Situation = { household: { members: [] }, incomes: [{ kind: "gross_taxable", period: "2023", amount: 25_000 }] };
    expect(evaluate(pack, situation, "2024-06-01", { rights: ["verhoogde-tegemoetkoming"] }).rights[0]?.outcome).toBe("entitled");
    // A year later the 2023 income is no longer last year's income: the question comes back.
    const later = evaluate(pack, situation, "2025-06-01", { rights: ["verhoogde-tegemoetkoming"] }).rights[0];
    expect(later?.outcome).toBe("maybe");
    expect(later?.questions).toContain("income.grossTaxable.previousYear");
  });
});
