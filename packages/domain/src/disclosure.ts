import { solve, type Constraint, type Model } from "yalps";

/**
 * Protects a table of people counts before it is shown or published (k-anonymity with
 * secondary suppression; docs/decisions/011-protected-reports.md).
 *
 * A table is entries (cells and the totals over them) and lines: a total and the cells it is
 * the total of. Any entry counting 1 to k−1 people is suppressed (primary). Then, as long as the
 * value of some suppressed entry can be worked out exactly from what is published, one more
 * entry of a line through it is suppressed (secondary): the smallest non-zero one, a cell before
 * a total. Zeros are always published, so whoever reads the table knows a suppressed entry is
 * at least 1.
 *
 * What a reader can work out: in a line where the people add up (every person counted in one
 * cell only), the total equals the sum of its cells; where a person is counted in two cells (two
 * themes) the sum is larger than the total, and where some are in no cell (a signal without a life
 * domain) it is smaller; a total is never smaller than one of its cells. We assume the reader knows
 * which of these holds in each line, the strongest reader there is, and compute each suppressed
 * entry's range with an integer program.
 */

export interface TableEntry {
  key: string;
  /** People counted in this entry. */
  value: number;
  /** Totals are suppressed only when nothing else protects a line. */
  total?: boolean;
}

export interface TableLine {
  total: string;
  cells: readonly string[];
}

export type Suppression = "primary" | "secondary";

export interface Range {
  min: number;
  /** null: no upper bound can be worked out. */
  max: number | null;
}

/** The smallest k a report may use; an organisation may only raise it. */
export const MIN_K = 5;

/** How the sum of a line's cells compares with its total, in the data. */
export type LineRelation = "equal" | "sumAbove" | "sumBelow";

export interface LineFacts extends TableLine {
  relation: LineRelation;
}

/** What holds between a line's total and the sum of its cells. */
export function lineRelation(total: number, sum: number): LineRelation {
  return sum === total ? "equal" : sum > total ? "sumAbove" : "sumBelow";
}

/** Above these, a table with small entries is hidden whole rather than protected entry by entry. */
const MAX_ENTRIES = 600;
const MAX_ROUNDS = 200;
/** Each integer program may take this long; one that does not finish counts as pinned (fail closed). */
const SOLVER_OPTIONS = { timeout: 250, maxIterations: 20_000 } as const;

export function protectTable(entries: readonly TableEntry[], lines: readonly TableLine[], k: number): Map<string, Suppression> {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const value = (key: string): number => byKey.get(key)?.value ?? 0;
  const facts: LineFacts[] = lines.map((l) => ({ ...l, relation: lineRelation(value(l.total), l.cells.reduce((sum, c) => sum + value(c), 0)) }));
  const suppressed = new Map<string, Suppression>();
  for (const e of entries) if (e.value >= 1 && e.value < k) suppressed.set(e.key, "primary");

  const linesOf = new Map<string, LineFacts[]>();
  for (const line of facts) for (const key of [line.total, ...line.cells]) linesOf.set(key, [...(linesOf.get(key) ?? []), line]);

  // Too large to protect entry by entry in reasonable time (each check is an integer program):
  // fail closed, every non-zero entry hidden.
  const failClosed = (): Map<string, Suppression> => new Map(entries.filter((e) => e.value > 0).map((e) => [e.key, suppressed.get(e.key) ?? "secondary"]));
  if (suppressed.size > 0 && entries.length > MAX_ENTRIES) return failClosed();
  for (let round = 0; ; round++) {
    if (round > MAX_ROUNDS) return failClosed();
    const pinned = [...suppressed.keys()].find((key) => isPinned(rangeOf(key, value, facts, suppressed)));
    if (pinned === undefined) return suppressed;
    const next = nextToSuppress(pinned, linesOf, facts, suppressed, byKey);
    // Nothing non-zero is left to suppress: no published number ties the entry down any more.
    if (next === undefined) return suppressed;
    suppressed.set(next, "secondary");
  }
}

/**
 * The entry to suppress next to protect a pinned one. Candidates are the non-zero published
 * entries of the lines through it, then of the lines one step further (the pin may come through
 * other suppressed entries), and so on; cells come before totals, nearer before farther, smaller
 * before larger. The first candidate that alone frees the pinned entry is taken, else the first.
 */
function nextToSuppress(pinned: string, linesOf: ReadonlyMap<string, readonly LineFacts[]>, lines: readonly LineFacts[], suppressed: ReadonlyMap<string, Suppression>, byKey: ReadonlyMap<string, TableEntry>): string | undefined {
  const value = (key: string): number => byKey.get(key)?.value ?? 0;
  const isTotal = (key: string): boolean => byKey.get(key)?.total ?? false;
  const seen = new Set([pinned]);
  const rings: string[][] = [];
  let frontier = [pinned];
  while (frontier.length > 0) {
    const ring = [...new Set(frontier.flatMap((key) => (linesOf.get(key) ?? []).flatMap((l) => [l.total, ...l.cells])))].filter((key) => !seen.has(key));
    for (const key of ring) seen.add(key);
    rings.push(ring.filter((key) => !suppressed.has(key) && value(key) > 0));
    frontier = ring;
  }
  const byPreference = (list: string[]) => [...list].sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1));
  const candidates = [...rings.flatMap((ring) => byPreference(ring.filter((key) => !isTotal(key)))), ...rings.flatMap((ring) => byPreference(ring.filter(isTotal)))];
  const frees = (candidate: string): boolean => !isPinned(rangeOf(pinned, value, lines, new Map([...suppressed, [candidate, "secondary" as const]])));
  return candidates.slice(0, MAX_TRIED).find(frees) ?? candidates[0];
}

/** How many candidates are tried for one pinned entry before the first is taken (each try is two small integer programs). */
const MAX_TRIED = 8;

export function isPinned(range: Range): boolean {
  return range.max !== null && range.max <= range.min;
}

/** The values a suppressed entry can take given what is published (each suppressed entry ≥ 1). */
export function rangeOf(key: string, value: (key: string) => number, lines: readonly LineFacts[], suppressed: ReadonlyMap<string, Suppression>): Range {
  const variables = new Map<string, Map<string, number>>();
  const constraints = new Map<string, Constraint>();
  const term = (entry: string, constraint: string, coef: number): number => {
    if (!suppressed.has(entry)) return coef * value(entry);
    const coefs = variables.get(entry) ?? new Map<string, number>();
    coefs.set(constraint, (coefs.get(constraint) ?? 0) + coef);
    variables.set(entry, coefs);
    return 0;
  };
  // Σ cells − total compared with 0 as it holds in the data; and no cell is larger than its total.
  lines.forEach((line, i) => {
    const name = `line${i}`;
    const known = line.cells.reduce((sum, c) => sum + term(c, name, 1), 0) + term(line.total, name, -1);
    constraints.set(name, line.relation === "equal" ? { equal: -known } : line.relation === "sumAbove" ? { min: -known } : { max: -known });
    line.cells.forEach((cell, j) => {
      const each = `line${i}cell${j}`;
      const knownEach = term(line.total, each, 1) + term(cell, each, -1);
      constraints.set(each, { min: -knownEach });
    });
  });
  for (const entry of suppressed.keys()) {
    const coefs = variables.get(entry) ?? new Map<string, number>();
    coefs.set(`atLeastOne:${entry}`, 1);
    constraints.set(`atLeastOne:${entry}`, { min: 1 });
    variables.set(entry, coefs);
  }
  (variables.get(key) ?? new Map<string, number>()).set("objective", 1);
  const model = (direction: "minimize" | "maximize"): Model => ({
    direction,
    objective: "objective",
    constraints: Object.fromEntries([...constraints].filter(([name]) => [...variables.values()].some((c) => c.has(name)))),
    variables: Object.fromEntries([...variables].map(([name, coefs]) => [name, Object.fromEntries(coefs)])),
    integers: true,
  });
  const low = solve(model("minimize"), SOLVER_OPTIONS);
  const high = solve(model("maximize"), SOLVER_OPTIONS);
  // Only a proven range frees an entry: a solver that gave up (time, iterations) counts as pinned.
  if (low.status !== "optimal") return { min: 1, max: 1 };
  if (high.status === "unbounded") return { min: low.result, max: null };
  return high.status === "optimal" ? { min: low.result, max: high.result } : { min: low.result, max: low.result };
}
