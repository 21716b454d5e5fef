import type { Value } from "./expression.ts";
import { FactReader, FACTS, QUESTIONS, questionDef } from "./facts.ts";
import { parametersAt, ParameterDateError, RUN_AMOUNT, RUN_OUTCOME, type CompiledRight, type Pack, type RunResult } from "./pack.ts";
import type { Situation } from "./situation.ts";

/**
 * Evaluates a pack for one situation at one date: pure, no storage, no clock. The outcome per
 * right is three-valued; reasons are the condition ids that decided it; questions are what is
 * not known yet, most decisive first.
 */

export type Outcome = "entitled" | "not_entitled" | "maybe";

export interface Reason {
  readonly code: string;
  readonly holds: boolean;
}

export interface RightOutcome {
  id: string;
  outcome: Outcome;
  /** Entitled on a basis that is granted without applying. */
  automatic: boolean;
  reasons: Reason[];
  questions: readonly string[];
  amount?: number;
}

export interface Evaluation {
  date: string;
  rights: RightOutcome[];
  /** Every open question, the one that the most undecided rights wait for first. */
  questions: string[];
  /**
   * Rights of the pack left out because a figure they need has no value at the date (when the
   * whole pack is checked; a right asked for by id is an error instead).
   */
  unavailable: Array<{ id: string; parameter: string; firstFrom: string }>;
  /** What each compiled right computed (in the order of `rights`), for explanations. */
  runs: readonly RunResult[];
  /** The compiled rights, in the order of `rights`, and the parameter values at the date. */
  compiled: readonly CompiledRight[];
  parameters: readonly Value[];
  situation: Situation;
}

export { ParameterDateError };

export class UnknownRightError extends Error {
  constructor(readonly id: string) {
    super(`Unknown right ${id}`);
  }
}

/** Unknown conditions of the right being explained (reused: evaluation is synchronous). */
const unknown = { n: 0, leaves: [] as number[] };

function questionsOf(right: CompiledRight, leaves: readonly number[], fact: (index: number) => Value, s: Situation, date: string): string[] {
  const questions = new Set<string>();
  for (let i = 0; i < unknown.n; i++) {
    for (const factIndex of right.leaves[leaves[i] ?? -1]?.facts ?? []) {
      if (fact(factIndex) !== undefined) continue;
      const def = FACTS[factIndex];
      const open = def?.questions.filter((q) => !questionDef(q)?.answered(s, date)) ?? [];
      for (const q of open.length > 0 ? open : (def?.questions ?? [])) questions.add(q);
    }
  }
  return [...questions];
}

const CATALOGUE_ORDER = new Map(QUESTIONS.map((q, i) => [q.id, i]));

/** Most decisive first: the question the most undecided rights wait for, then the catalogue's order. */
function rank(questions: Iterable<string>, counts: ReadonlyMap<string, number>): string[] {
  return [...questions].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (CATALOGUE_ORDER.get(a) ?? 999) - (CATALOGUE_ORDER.get(b) ?? 999));
}

export interface EvaluateOptions {
  /** Only these rights (default: the whole pack). */
  rights?: readonly string[];
}

const reader = new FactReader();
/** Decided rights ask nothing; one shared, frozen empty list. */
const NO_QUESTIONS: readonly string[] = Object.freeze([]);
const selections = new WeakMap<Pack, Map<string, CompiledRight[]>>();
let lastSelection: { pack: Pack; ids: readonly string[]; rights: readonly CompiledRight[] } | undefined;

function select(pack: Pack, ids: readonly string[] | undefined): readonly CompiledRight[] {
  if (!ids) return pack.rights;
  if (lastSelection?.pack === pack && lastSelection.ids === ids) return lastSelection.rights;
  let cache = selections.get(pack);
  if (!cache) selections.set(pack, (cache = new Map()));
  const key = ids.join("\n");
  let rights = cache.get(key);
  if (!rights) {
    rights = ids.map((id) => {
      const right = pack.rightIndex.get(id);
      if (!right) throw new UnknownRightError(id);
      return right;
    });
    if (cache.size > 100) cache.clear();
    cache.set(key, rights);
  }
  lastSelection = { pack, ids, rights };
  return rights;
}

export function evaluate(pack: Pack, situation: Situation, date: string, options: EvaluateOptions = {}): Evaluation {
  const rights = select(pack, options.rights);
  const { values: parameters, missing } = parametersAt(pack, date);
  reader.reset(situation, date);
  const fact = reader.get;
  const results: RightOutcome[] = [];
  const runs: RunResult[] = [];
  let counts: Map<string, number> | undefined;
  const unavailable: Evaluation["unavailable"] = [];
  for (const right of rights) {
    const problem = missing[right.index];
    if (problem) {
      if (options.rights) throw problem;
      unavailable.push({ id: right.file.id, parameter: problem.parameter, firstFrom: problem.firstFrom });
      continue;
    }
    const run = right.run(fact, parameters);
    const reasons: Reason[] = [];
    unknown.n = 0;
    const automatic = right.explain(run, reasons, unknown);
    const value = run[RUN_OUTCOME];
    const outcome: Outcome = value === true ? "entitled" : value === false ? "not_entitled" : "maybe";
    const questions = outcome === "maybe" ? questionsOf(right, unknown.leaves, fact, situation, date) : NO_QUESTIONS;
    if (questions.length > 0) {
      counts ??= new Map();
      for (const q of questions) counts.set(q, (counts.get(q) ?? 0) + 1);
    }
    const result: RightOutcome = { id: right.file.id, outcome, automatic: outcome === "entitled" && automatic, reasons, questions };
    const amount = run[RUN_AMOUNT];
    if (outcome !== "not_entitled" && typeof amount === "number" && Number.isFinite(amount)) result.amount = Math.round(amount * 100) / 100;
    results.push(result);
    runs.push(run);
  }
  if (results.length === 0 && unavailable.length > 0) throw missing.find((m) => m !== undefined) ?? new Error("no right has figures at this date");
  const compiled = unavailable.length > 0 ? rights.filter((r) => missing[r.index] === undefined) : rights;
  if (!counts) return { date, rights: results, questions: [], unavailable, runs, compiled, parameters, situation };
  const ranked = counts;
  for (const r of results) if (r.questions.length > 1) r.questions = rank(r.questions, ranked);
  return { date, rights: results, questions: rank(ranked.keys(), ranked), unavailable, runs, compiled, parameters, situation };
}
