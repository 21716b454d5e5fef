import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsvRecords, parseCsvRecordsExactly } from "../../src/socialmap/hsds/csv-records.ts";

const cellText = fc.oneof(
  fc.constant(undefined),
  fc.constant(""),
  fc.string({ unit: fc.constantFrom("a", "é", " ", ",", '"', "\r", "\n", "\r\n", "x"), maxLength: 8 }),
);

describe("parseCsvRecords", () => {
  it("gives the cells csv-stringify wrote, with the same lines as the exact way", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        fc.constantFrom("unix", "windows") as fc.Arbitrary<"unix" | "windows">,
        fc.boolean(),
        (rows, delimiter, bom) => {
          // A record of one bare empty cell is an empty line, which the parser skips.
          const written = rows.filter((r) => !(r.length === 1 && r[0] === undefined));
          const text = (bom ? "\uFEFF" : "") + stringify(written.map((r) => r.map((c) => c ?? null)), { quoted_match: [/^$/, /[\r\n]/], record_delimiter: delimiter });
          const fast = parseCsvRecords("t.csv", text);
          expect(fast).toEqual(parseCsvRecordsExactly("t.csv", text));
          if (!("records" in fast)) throw new Error("parse failed");
          expect(fast.records.map((r) => r.cells)).toEqual(written.map((r) => r.map((c) => (c === "" ? "" : c))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts lines of records that span lines and after empty lines", () => {
    const text = 'id,note\r\n1,"twee\r\nregels"\r\n\r\n2,""\r\n3,\r\n';
    const expected = [
      { line: 1, cells: ["id", "note"] },
      { line: 2, cells: ["1", "twee\r\nregels"] },
      { line: 5, cells: ["2", ""] },
      { line: 6, cells: ["3", undefined] },
    ];
    expect(parseCsvRecordsExactly("t.csv", text)).toEqual({ records: expected });
    expect(parseCsvRecords("t.csv", text)).toEqual({ records: expected });
  });

  it("falls back to the exact way where csv-parse reads a lone CR as text", () => {
    const text = "id,note\n1,a\rb\n";
    expect(parseCsvRecords("t.csv", text)).toEqual({ records: [{ line: 1, cells: ["id", "note"] }, { line: 2, cells: ["1", "a\rb"] }] });
  });
});
