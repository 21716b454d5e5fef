import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countSignals, dimensionSubsets, isPinned, lineRelation, protectOneDimensionTables, protectReport, protectTable, rangeOf, type ReportCount, type ReportDimension, type LineFacts } from "../src/index.ts";

describe("protecting a table of people counts", () => {
  it("publishes everything when every entry counts k or more people, or none", () => {
    const entries = [{ key: "a", value: 5 }, { key: "b", value: 0 }, { key: "c", value: 9 }, { key: "t", value: 14, total: true }];
    expect(protectTable(entries, [{ total: "t", cells: ["a", "b", "c"] }], 5).size).toBe(0);
  });

  it("suppresses a small cell, and one more when the total would give it away", () => {
    const entries = [{ key: "a", value: 3 }, { key: "b", value: 10 }, { key: "c", value: 12 }, { key: "t", value: 25, total: true }];
    const lines = [{ total: "t", cells: ["a", "b", "c"] }];
    const suppressed = protectTable(entries, lines, 5);
    expect([...suppressed]).toEqual([["a", "primary"], ["b", "secondary"]]);
    const value = (k: string) => entries.find((e) => e.key === k)?.value ?? 0;
    expect(rangeOf("a", value, [{ ...lines[0]!, relation: "equal" }], suppressed)).toEqual({ min: 1, max: 12 });
  });

  it("does not let two suppressed ones of a person each be worked out from their sum", () => {
    const entries = [{ key: "a", value: 1 }, { key: "b", value: 1 }, { key: "c", value: 20 }, { key: "t", value: 22, total: true }];
    const suppressed = protectTable(entries, [{ total: "t", cells: ["a", "b", "c"] }], 5);
    expect([...suppressed.keys()].sort()).toEqual(["a", "b", "c"]);
  });

  it("knows a total is not a sum when people are counted in two cells", () => {
    // Four people, each under both themes: the total (4) is not the sum (8); the total only bounds the cell.
    const value = (k: string) => ({ a: 4, b: 4, t: 6 })[k] ?? 0;
    const suppressed = new Map([["a", "primary" as const]]);
    expect(rangeOf("a", value, [{ total: "t", cells: ["a", "b"], relation: "sumAbove" }], suppressed)).toEqual({ min: 2, max: 6 });
    expect(isPinned({ min: 3, max: 3 })).toBe(true);
    expect(isPinned({ min: 1, max: null })).toBe(false);
  });
});

describe("one-dimension tables shown together", () => {
  it("share their grand total: a total hidden in one table is hidden in all, so five people in five places stay unknown", () => {
    const signals = ["m1", "m2", "m3", "m4", "m5"].map((m, i) => ({ pseudonym: `p${i}`, peopleCount: 1, values: { theme: ["huur"], mechanismType: ["regulation"], municipality: [m], institution: [], domain: [] } }));
    const tables = protectOneDimensionTables(["theme", "mechanismType", "municipality"], (d) => countSignals(signals, [d]), 5);
    // Alone, the theme table would show huur = 5 and its total 5, giving away that each place has exactly 1.
    expect(protectReport({ groupBy: ["theme"], period: null, k: 5 }, countSignals(signals, ["theme"])).cells[0]?.people).toBe(5);
    for (const table of tables) for (const row of [...table.cells, ...table.totals]) expect(row.suppressed).toBe(true);
  });

  it("publishes everything when every entry counts k or more", () => {
    const signals = Array.from({ length: 12 }, (_, i) => ({ pseudonym: `p${i}`, peopleCount: 1, values: { theme: ["huur"], mechanismType: ["regulation"], municipality: [i < 6 ? "gent" : "aalst"], institution: [], domain: [] } }));
    const tables = protectOneDimensionTables(["theme", "municipality"], (d) => countSignals(signals, [d]), 5);
    expect(tables.flatMap((t) => [...t.cells, ...t.totals]).every((r) => !r.suppressed)).toBe(true);
  });
});

// Random signals, counted here the way the reports define it: distinct pseudonyms plus the people of unnamed signals.
type TestSignal = { pseudonym: string | null; peopleCount: number; theme: string[]; mechanismType: string[]; municipality: string[]; institution: string[]; domain: string[] };
const signalArb: fc.Arbitrary<TestSignal> = fc.record({
  pseudonym: fc.option(fc.constantFrom("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"), { nil: null }),
  peopleCount: fc.integer({ min: 1, max: 4 }),
  theme: fc.subarray(["huur", "energie", "zorg"], { minLength: 1 }),
  mechanismType: fc.constantFrom(["regulation"], ["policy_gap"]),
  municipality: fc.constantFrom(["gent"], ["aalst"], ["eeklo"]),
  institution: fc.constantFrom(["ocmw"], ["vdab"], [""]),
  domain: fc.subarray(["housing", "income"]),
});

function tuples(signal: TestSignal, dims: readonly ReportDimension[]): Array<Partial<Record<ReportDimension, string>>> {
  return dims.reduce<Array<Partial<Record<ReportDimension, string>>>>((acc, d) => acc.flatMap((t) => signal[d].map((v) => ({ ...t, [d]: v }))), [{}]);
}

function count(signals: readonly TestSignal[], groupBy: readonly ReportDimension[]): Map<string, ReportCount[]> {
  const counts = new Map<string, ReportCount[]>();
  for (const dims of dimensionSubsets(groupBy)) {
    const cells = new Map<string, { values: Partial<Record<ReportDimension, string>>; names: Set<string>; unnamed: number; signals: number }>();
    for (const s of signals) {
      for (const values of tuples(s, dims)) {
        const key = JSON.stringify(values);
        const cell = cells.get(key) ?? { values, names: new Set<string>(), unnamed: 0, signals: 0 };
        if (s.pseudonym) cell.names.add(s.pseudonym);
        else cell.unnamed += s.peopleCount;
        cell.signals += 1;
        cells.set(key, cell);
      }
    }
    counts.set(dims.join(","), [...cells.values()].map((c) => ({ values: c.values, people: c.names.size + c.unnamed, signals: c.signals })));
  }
  return counts;
}

const groupByArb = fc.shuffledSubarray(["theme", "mechanismType", "institution", "municipality", "domain"] as ReportDimension[], { minLength: 1, maxLength: 3 });

describe("protected signal reports (property-based, fixed seed)", () => {
  it("publish no entry of 1 to k−1 people, let no suppressed entry be worked out, and hide nothing when all entries count k or more", () => {
    fc.assert(
      fc.property(fc.array(signalArb, { maxLength: 40 }), groupByArb, (signals, groupBy) => {
        const counts = count(signals, groupBy);
        const report = protectReport({ groupBy, period: null, k: 5 }, counts);
        const rows = [...report.cells, ...report.totals];
        // 1. No published entry points to fewer than k people.
        for (const r of rows) if (!r.suppressed) expect(r.people === 0 || (r.people ?? 0) >= 5).toBe(true);
        // 2. Given what is published, every suppressed entry can still take more than one value. The table model is
        //    built here from the counts, not by the report code: each total and the entries one dimension finer.
        const truth = new Map<string, number>();
        const key = (values: Partial<Record<ReportDimension, string>>) => JSON.stringify(groupBy.filter((d) => d in values).map((d) => [d, values[d]]));
        for (const list of counts.values()) for (const c of list) truth.set(key(c.values), c.people);
        const lines: LineFacts[] = [];
        for (const list of counts.values()) {
          for (const t of list) {
            for (const d of groupBy.filter((x) => !(x in t.values))) {
              const cells = (counts.get(groupBy.filter((x) => x in t.values || x === d).join(",")) ?? []).filter((c) => Object.entries(t.values).every(([dim, v]) => c.values[dim as ReportDimension] === v)).map((c) => key(c.values));
              const sum = cells.reduce((acc, c) => acc + (truth.get(c) ?? 0), 0);
              if (cells.length > 0) lines.push({ total: key(t.values), cells, relation: lineRelation(t.people, sum) });
            }
          }
        }
        const suppressed = new Map(rows.filter((r) => r.suppressed).map((r) => [key(r.values), "primary" as const]));
        for (const k of suppressed.keys()) expect(isPinned(rangeOf(k, (x) => truth.get(x) ?? 0, lines, suppressed)), `${k} can be worked out`).toBe(false);
        // 3. Protection does not turn into hiding.
        if ([...truth.values()].every((v) => v === 0 || v >= 5)) expect(suppressed.size).toBe(0);
      }),
      { seed: 20261129, numRuns: 150 },
    );
  });
});
