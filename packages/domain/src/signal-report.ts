import { z } from "zod";
import { MIN_K, protectTable, type TableEntry, type TableLine } from "./disclosure.ts";

/**
 * Reports of signals that protect people: counts per theme, mechanism type, institution,
 * municipality or life domain, for a fixed period, with k-anonymity and secondary suppression
 * (disclosure.ts). The database counts; this module builds the table, protects it and shapes
 * the answer, so the server and the tests share one definition.
 */

export const REPORT_DIMENSIONS = ["theme", "mechanismType", "institution", "municipality", "domain"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export const MAX_REPORT_DIMENSIONS = 3;

/** A month (2026-03), a quarter (2026-Q1) or a year (2026): fixed periods, so two ranges cannot be subtracted. */
const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export interface Period {
  /** First day (inclusive) and the day after the last (exclusive), YYYY-MM-DD. */
  from: string;
  until: string;
}

export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const day = (y: number, month: number): string => `${String(y + Math.floor((month - 1) / 12)).padStart(4, "0")}-${String(((month - 1) % 12) + 1).padStart(2, "0")}-01`;
  if (m[2]) return { from: day(year, Number(m[2])), until: day(year, Number(m[2]) + 1) };
  if (m[3]) return { from: day(year, Number(m[3]) * 3 - 2), until: day(year, Number(m[3]) * 3 + 1) };
  return { from: day(year, 1), until: day(year + 1, 1) };
}

export const signalReportQuery = z.strictObject({
  groupBy: z
    .string()
    .max(200)
    .transform((s, ctx) => {
      const dims = s.split(",").map((d) => d.trim());
      const unknown = dims.filter((d) => !(REPORT_DIMENSIONS as readonly string[]).includes(d));
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Unknown dimension: ${unknown.join(", ")} (known: ${REPORT_DIMENSIONS.join(", ")})`, params: { reason: "unknown_dimension" } });
      if (dims.length > MAX_REPORT_DIMENSIONS) ctx.addIssue({ code: "custom", message: `At most ${MAX_REPORT_DIMENSIONS} dimensions`, params: { reason: "too_many_dimensions" } });
      if (new Set(dims).size !== dims.length) ctx.addIssue({ code: "custom", message: "A dimension appears twice", params: { reason: "repeated_dimension" } });
      return dims as ReportDimension[];
    }),
  period: z
    .string()
    .max(10)
    .refine((p) => parsePeriod(p) !== null, { message: "A month (2026-03), a quarter (2026-Q1) or a year (2026)", params: { reason: "unknown_period" } })
    .optional(),
  k: z.coerce.number().int().min(MIN_K, `k is at least ${MIN_K}`).max(100).optional(),
});
export type SignalReportQuery = z.infer<typeof signalReportQuery>;

/** One count from the database: the values of some of the dimensions, and the people and signals in it. */
export interface ReportCount {
  values: Partial<Record<ReportDimension, string>>;
  people: number;
  signals: number;
}

export interface ReportRow {
  values: Partial<Record<ReportDimension, string>>;
  /**
   * null when suppressed: never a number that could point to fewer than k people. Signal counts
   * are not published: they add up exactly and would give hidden cells away.
   */
  people: number | null;
  suppressed: boolean;
}

export interface SignalReport {
  groupBy: ReportDimension[];
  period: string | null;
  k: number;
  /** The cells, one per combination that has signals (a combination not listed counts 0). */
  cells: ReportRow[];
  /** Totals over every subset of the dimensions (the empty one is the grand total). */
  totals: ReportRow[];
}

/** Every subset of the dimensions, as lists in the report's order (the full set included). */
export function dimensionSubsets(groupBy: readonly ReportDimension[]): ReportDimension[][] {
  return Array.from({ length: 2 ** groupBy.length }, (_, mask) => groupBy.filter((_, i) => (mask >> i) & 1));
}

const entryKey = (dims: readonly ReportDimension[], values: Partial<Record<ReportDimension, string>>): string => JSON.stringify(dims.map((d) => [d, values[d] ?? null]));

/**
 * The table of a report from the counts per subset of dimensions: entries, and the lines that
 * tie each total to the cells one dimension finer.
 */
export function reportTable(groupBy: readonly ReportDimension[], counts: ReadonlyMap<string, readonly ReportCount[]>): { entries: Array<TableEntry & { dims: ReportDimension[]; count: ReportCount }>; lines: TableLine[] } {
  const subsets = dimensionSubsets(groupBy);
  const entries = subsets.flatMap((dims) => (counts.get(dims.join(",")) ?? []).map((count) => ({ key: entryKey(dims, count.values), value: count.people, total: dims.length < groupBy.length, dims, count })));
  const finer = new Map<string, string[]>();
  for (const e of entries) {
    for (const d of e.dims) {
      const coarser = e.dims.filter((x) => x !== d);
      const totalKey = `${entryKey(coarser, e.count.values)}|${d}`;
      finer.set(totalKey, [...(finer.get(totalKey) ?? []), e.key]);
    }
  }
  const lines = entries.flatMap((total) =>
    groupBy
      .filter((d) => !total.dims.includes(d))
      .map((d) => ({ total: total.key, cells: finer.get(`${total.key}|${d}`) ?? [] }))
      .filter((line) => line.cells.length > 0),
  );
  return { entries, lines };
}

/** The protected report: suppressed entries carry no number. */
export function protectReport(query: { groupBy: ReportDimension[]; period: string | null; k: number }, counts: ReadonlyMap<string, readonly ReportCount[]>): SignalReport {
  const { entries, lines } = reportTable(query.groupBy, counts);
  const suppressed = protectTable(entries, lines, query.k);
  const row = (e: (typeof entries)[number]): ReportRow => (suppressed.has(e.key) ? { values: e.count.values, people: null, suppressed: true } : { values: e.count.values, people: e.count.people, suppressed: false });
  return {
    groupBy: query.groupBy,
    period: query.period,
    k: query.k,
    cells: entries.filter((e) => !e.total).map(row),
    totals: entries.filter((e) => e.total).map(row),
  };
}

/** A signal as counted in memory (a dossier's few signals): its pseudonym, its people, its values per dimension. */
export interface CountableSignal {
  pseudonym: string | null;
  peopleCount: number;
  values: Record<ReportDimension, readonly string[]>;
}

/** The counts per subset of dimensions, as the database gives them for reports, for signals in memory. */
export function countSignals(signals: readonly CountableSignal[], groupBy: readonly ReportDimension[]): Map<string, ReportCount[]> {
  const counts = new Map<string, ReportCount[]>();
  for (const dims of dimensionSubsets(groupBy)) {
    const cells = new Map<string, { values: Partial<Record<ReportDimension, string>>; named: Set<string>; unnamed: number; signals: number }>();
    for (const signal of signals) {
      const combinations = dims.reduce<Array<Partial<Record<ReportDimension, string>>>>((acc, d) => acc.flatMap((c) => signal.values[d].map((v) => ({ ...c, [d]: v }))), [{}]);
      for (const values of combinations) {
        const key = entryKey(dims, values);
        const cell = cells.get(key) ?? { values, named: new Set<string>(), unnamed: 0, signals: 0 };
        if (signal.pseudonym) cell.named.add(signal.pseudonym);
        else cell.unnamed += signal.peopleCount;
        cell.signals += 1;
        cells.set(key, cell);
      }
    }
    counts.set(dims.join(","), [...cells.values()].map((c) => ({ values: c.values, people: c.named.size + c.unnamed, signals: c.signals })));
  }
  return counts;
}

/**
 * Several one-dimension tables shown together (a public page): protected as one table, since
 * they share the grand total; an entry hidden in one is worked out in none.
 */
export function protectOneDimensionTables(dimensions: readonly ReportDimension[], countsOf: (dimension: ReportDimension) => ReadonlyMap<string, readonly ReportCount[]>, k: number): SignalReport[] {
  const tables = dimensions.map((d) => ({ dimension: d, ...reportTable([d], countsOf(d)) }));
  const entries = new Map<string, TableEntry>();
  for (const t of tables) for (const e of t.entries) entries.set(e.key, e);
  const suppressed = protectTable([...entries.values()], tables.flatMap((t) => t.lines), k);
  const row = (e: (typeof tables)[number]["entries"][number]): ReportRow => (suppressed.has(e.key) ? { values: e.count.values, people: null, suppressed: true } : { values: e.count.values, people: e.count.people, suppressed: false });
  return tables.map((t) => ({ groupBy: [t.dimension], period: null, k, cells: t.entries.filter((e) => !e.total).map(row), totals: t.entries.filter((e) => e.total).map(row) }));
}
