import { evaluate } from "./evaluate.ts";
import type { Pack, PackTest } from "./pack.ts";
import { parseSituation } from "./situation.ts";

/**
 * Runs the tests a pack ships as data: each case is a situation at a date with the outcomes it
 * expects. Used by `nabij rights test` and by `npm test`.
 */

export interface CaseFailure {
  file: string;
  name: string;
  problems: string[];
}

export interface PackTestReport {
  cases: number;
  failures: CaseFailure[];
}

export function runCase(pack: Pack, file: string, c: PackTest["cases"][number]): CaseFailure | undefined {
  const problems: string[] = [];
  const parsed = parseSituation(c.situation);
  if (!parsed.ok) return { file, name: c.name, problems: parsed.errors.map((e) => `situation.${e.path}: ${e.message}`) };
  try {
    const evaluation = evaluate(pack, parsed.situation, c.date, { rights: Object.keys(c.expect) });
    for (const [id, expected] of Object.entries(c.expect)) {
      const actual = evaluation.rights.find((r) => r.id === id);
      if (!actual) continue;
      const where = `${id} at ${c.date}`;
      if (actual.outcome !== expected.outcome) problems.push(`${where}: outcome ${actual.outcome}, expected ${expected.outcome} (reasons: ${actual.reasons.map((r) => `${r.code}=${r.holds}`).join(", ") || "none"}; questions: ${actual.questions.join(", ") || "none"})`);
      if (expected.automatic !== undefined && actual.automatic !== expected.automatic) problems.push(`${where}: automatic ${actual.automatic}, expected ${expected.automatic}`);
      if (expected.amount !== undefined && (actual.amount === undefined || Math.abs(actual.amount - expected.amount) > 0.005)) problems.push(`${where}: amount ${actual.amount ?? "none"}, expected ${expected.amount}`);
      for (const code of expected.reasons ?? []) if (!actual.reasons.some((r) => r.code === code)) problems.push(`${where}: reason ${code} missing (got ${actual.reasons.map((r) => r.code).join(", ") || "none"})`);
      for (const q of expected.questions ?? []) if (!actual.questions.includes(q)) problems.push(`${where}: question ${q} missing (got ${actual.questions.join(", ") || "none"})`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems.length > 0 ? { file, name: c.name, problems } : undefined;
}

/** Runs every case of the loaded packs' tests. */
export function runPackTests(pack: Pack): PackTestReport {
  let cases = 0;
  const failures: CaseFailure[] = [];
  for (const test of pack.tests) {
    for (const c of test.cases) {
      cases += 1;
      const failure = runCase(pack, test.file, c);
      if (failure) failures.push(failure);
    }
  }
  return { cases, failures };
}
