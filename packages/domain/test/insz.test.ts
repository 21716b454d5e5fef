import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInsz, isValidInsz, makeInsz } from "../src/insz.ts";

describe("INSZ", () => {
  it("accepts a number of someone born before 2000", () => {
    // 85.07.30-033.28: 97 - (850730033 mod 97) = 28
    expect(checkInsz("85.07.30-033.28")).toEqual({ valid: true, normalized: "85073003328", kind: "national", birthYear: 1985 });
  });

  it("applies the rule for births from 2000 on (a 2 before the number)", () => {
    const number = makeInsz({ year: 2003, month: 4, day: 17 }, 12);
    const result = checkInsz(number);
    expect(result).toMatchObject({ valid: true, birthYear: 2003 });
    // The same digits with the pre-2000 check digits do not pass as born in 2003.
    expect(checkInsz(makeInsz({ year: 1903, month: 4, day: 17 }, 12))).toMatchObject({ valid: true, birthYear: 1903 });
  });

  it("accepts BIS numbers (month + 20 or + 40)", () => {
    expect(checkInsz(makeInsz({ year: 1990, month: 2, day: 3 }, 45, 20))).toMatchObject({ valid: true, kind: "bis" });
    expect(checkInsz(makeInsz({ year: 2010, month: 12, day: 31 }, 998, 40))).toMatchObject({ valid: true, kind: "bis", birthYear: 2010 });
  });

  it("accepts an unknown birth date (month and day 00)", () => {
    expect(isValidInsz(makeInsz({ year: 1970, month: 0, day: 0 }, 1))).toBe(true);
  });

  it("refuses wrong lengths, letters, impossible dates and wrong check digits", () => {
    expect(checkInsz("1234567890")).toEqual({ valid: false, reason: "format" });
    expect(checkInsz("8507300332A")).toEqual({ valid: false, reason: "format" });
    expect(checkInsz("85133003328")).toEqual({ valid: false, reason: "date" });
    expect(checkInsz("85073003329")).toEqual({ valid: false, reason: "checksum" });
  });

  it("property: every number built from a date and serial is valid; changing one digit breaks it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 997 }),
        fc.constantFrom<undefined | 20 | 40>(undefined, 20, 40),
        fc.integer({ min: 0, max: 8 }),
        (year, month, day, serial, bis, position) => {
          const number = makeInsz({ year, month, day }, serial, bis);
          const result = checkInsz(number);
          expect(result.valid).toBe(true);
          if (result.valid) expect(result.birthYear % 100).toBe(year % 100);
          const digit = Number(number[position]);
          const changed = `${number.slice(0, position)}${(digit + 1) % 10}${number.slice(position + 1)}`;
          const after = checkInsz(changed);
          // A changed digit either breaks the date or the check digits; it never passes silently
          // as the same person, except in the rare case the other century rule happens to match.
          if (after.valid) expect(after.birthYear).not.toBe(result.valid ? result.birthYear : 0);
        },
      ),
      { seed: 20261129, numRuns: 500 },
    );
  });
});
