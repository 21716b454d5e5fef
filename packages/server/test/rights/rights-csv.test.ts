import { describe, expect, it } from "vitest";
import { radarCsv, safeCell } from "../../src/rights/rights-csv.ts";

describe("the radar's CSV", () => {
  it("starts with a byte order mark and a header in the language, and defuses cells a spreadsheet would run", () => {
    const csv = radarCsv([{ personId: "p", displayName: "@SUM(A1)", rightId: "leefloon", rightName: "Leefloon", outcome: "maybe", automatic: false, takeUp: "unknown", checkedAt: "2026-11-29T09:00:00.000Z" }], "nl");
    expect(csv.startsWith("\ufeffpersoon,recht,uitkomst,automatisch,gebruik,gecontroleerd op\r\n")).toBe(true);
    expect(csv).toContain("'@SUM(A1),Leefloon,misschien,nee,onbekend,");
    for (const dangerous of ["=1+1", "+1", "-1", "@x", "\tx", "\rx"]) expect(safeCell(dangerous)).toBe(`'${dangerous}`);
    expect(safeCell("Amina El Idrissi")).toBe("Amina El Idrissi");
  });
});
