import { BENEFITS, HEATING_FUELS, HOUSEHOLD_ROLES, PERSON_BENEFITS, RESIDENCE_STATUSES, type Situation } from "../src/index.ts";

/**
 * Generated situations for the benchmark and for the test that keeps the hand-written rules
 * equal to the pack: deterministic (a seeded generator), realistic in shape, and with a share of
 * facts left out, so "maybe" and its questions are part of what is measured.
 */

/** mulberry32: small, fast and seedable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_DATE = "2025-03-01";

export function generateSituations(count: number, seed: number, missingShare = 0.15): Situation[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const maybe = <T>(value: T): T | undefined => (random() < missingShare ? undefined : value);
  const bool = (p = 0.5): boolean => random() < p;
  const date = (fromYear: number, toYear: number): string => {
    const y = fromYear + Math.floor(random() * (toYear - fromYear + 1));
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };
  const out: Situation[] = [];
  for (let i = 0; i < count; i++) {
    const members = Array.from({ length: Math.floor(random() * 4) }, () => ({ role: pick(HOUSEHOLD_ROLES), birthDate: date(1950, 2022), dependent: bool(0.4), childBenefit: bool(0.5) }));
    const leefloon = bool(0.15);
    const situation: Situation = {
      person: {
        birthDate: maybe(date(1940, 2008)),
        residence: maybe(pick(RESIDENCE_STATUSES)),
        livesInBelgium: maybe(bool(0.95)),
        postcode: maybe(pick(["9000", "2000", "1000", "8500", "3500", "4000", "1500"])),
        married: maybe(bool(0.3)),
        pregnant: maybe(bool(0.03)),
        availableForWork: maybe(bool(0.8)),
        otherRightsClaimed: maybe(bool(0.8)),
        indicatorGroup: maybe(bool(0.3)),
      },
      benefits: {
        leefloon: maybe(leefloon),
        ...(leefloon && bool(0.8) ? { leefloonSince: date(2023, 2025).replace(/^2025-(0[3-9]|1[0-2])/, "2024-$1") } : {}),
        igo: maybe(bool(0.05)),
        ivt: maybe(bool(0.05)),
        it: maybe(bool(0.05)),
        zorgbudgetOuderen: maybe(bool(0.03)),
        vt: maybe(bool(0.2)),
      },
      household: { members: maybe(members), benefits: maybe(BENEFITS.filter(() => bool(0.05))), allHaveVt: maybe(bool(0.2)) },
      incomes: [
        ...(bool(1 - missingShare) ? [{ kind: "gross_taxable" as const, period: "2024", amount: Math.floor(random() * 60_000) }] : []),
        ...(bool(1 - missingShare) ? [{ kind: "gross_taxable" as const, period: "2025-02", amount: Math.floor(random() * 5_000) }] : []),
        ...(bool(1 - missingShare) ? [{ kind: "assessment" as const, period: "2023", amount: Math.floor(random() * 80_000) }] : []),
        ...(bool(1 - missingShare) ? [{ kind: "net_resources" as const, period: "2025-03", amount: Math.floor(random() * 2_500) }] : []),
      ],
      property: { otherCadastralIncome: maybe(bool(0.9) ? 0 : Math.floor(random() * 2_000)) },
      housing: { heatingFuel: maybe(pick(HEATING_FUELS)), energyContractAtDomicile: maybe(bool(0.9)), socialTenantCollectiveHeating: maybe(bool(0.05)) },
      heating: { deliveryDate: maybe(date(2024, 2025).replace(/^2025-(0[3-9]|1[0-2])/, "2025-02")) },
      debt: { mediation: maybe(bool(0.1)), canPayHeatingInvoice: maybe(bool(0.7)) },
    };
    // Everyone at the address includes the person: their own benefits belong on the household's list.
    const list = situation.household?.benefits;
    if (list && situation.benefits) for (const b of PERSON_BENEFITS) if ((situation.benefits[b] === true || (b === "leefloon" && situation.benefits.leefloonSince)) && !list.includes(b)) list.push(b);
    out.push(JSON.parse(JSON.stringify(situation)) as Situation); // drops the undefined fields, as a stored situation would
  }
  return out;
}
