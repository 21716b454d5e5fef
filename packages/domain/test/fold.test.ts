import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForSearch } from "../src/fold.ts";

describe("foldForSearch", () => {
  it("lower-cases, removes accents and collapses white space", () => {
    expect(foldForSearch("  Aïcha   BENALI ")).toBe("aicha benali");
    expect(foldForSearch("Josée Lambert-Çelik")).toBe("josee lambert-celik");
    expect(foldForSearch("Zeynep Şahin")).toBe("zeynep sahin");
  });

  it("property: folding is idempotent and never yields combining marks or capitals", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const once = foldForSearch(text);
        expect(foldForSearch(once)).toBe(once);
        expect(/\p{M}/u.test(once)).toBe(false);
        expect(once).toBe(once.toLowerCase());
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
