import { describe, expect, it } from "vitest";
import type { OutcomeFigures } from "../../api/referrals.ts";
import { figureCells, figureFormat, UNKNOWN } from "./outcomeFigures.ts";

const figures: OutcomeFigures = {
  referrals: 12,
  ended: 8,
  completed: 5,
  failed: 2,
  rejected: 1,
  cancelled: 0,
  open: 4,
  completedShare: 0.625,
  failedShare: 0.25,
  medianDaysToAccess: 17.5,
};

describe("a row of the outcome tables", () => {
  it("reads referrals, completed, failed, share completed and median days in Belgian Dutch", () => {
    const cells = figureCells(figures, figureFormat("nl-BE"));
    expect(cells.slice(0, 3)).toEqual(["12", "5", "2"]);
    // Whether a (non-breaking) space stands before the sign depends on the ICU data.
    expect(cells[3]?.replace(/\s/gu, "")).toBe("63%");
    expect(cells[4]).toBe("17,5");
  });

  it("shows a dash, not zero, when nothing ended or nobody got access yet", () => {
    expect(figureCells({ ...figures, completedShare: null, medianDaysToAccess: null }, figureFormat("en")).slice(3)).toEqual([UNKNOWN, UNKNOWN]);
  });
});
