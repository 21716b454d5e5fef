import { describe, expect, it } from "vitest";
import { LANGUAGES, loadPacks, runCase, valueAt } from "../src/index.ts";

/**
 * The base pack's own tests (situations with expected outcomes, as data) run here one by one,
 * and the pack is held to what every right must have.
 */
const pack = loadPacks();

describe("the base pack's tests as data", () => {
  for (const test of pack.tests) {
    describe(test.file, () => {
      for (const c of test.cases) {
        it(`${c.name} (${c.date})`, () => {
          expect(runCase(pack, test.file, c)?.problems ?? []).toEqual([]);
        });
      }
    });
  }
});

describe("what every right of the base pack has", () => {
  const cases = pack.tests.flatMap((t) => t.cases);
  for (const right of pack.rights) {
    const id = right.file.id;
    it(`${id}: an entitled, a not_entitled and a maybe case, and cases on both sides of a change of its figures`, () => {
      const mine = cases.filter((c) => c.expect[id]);
      const outcomes = new Set(mine.map((c) => c.expect[id]?.outcome));
      expect([...outcomes].sort()).toEqual(["entitled", "maybe", "not_entitled"]);
      const dates = [...new Set(mine.map((c) => c.date))];
      const parameters = pack.parameters.filter((p) => right.parameters.includes(p.name));
      if (parameters.length === 0) return;
      const changed = dates.some((a) => dates.some((b) => a < b && parameters.some((p) => valueAt(p, a)?.value !== valueAt(p, b)?.value)));
      expect(changed, `${id} needs cases at two dates between which one of its parameters changes`).toBe(true);
    });
    it(`${id}: names, description, how and where to apply in ${LANGUAGES.join(", ")}, and dated sources`, () => {
      for (const language of LANGUAGES) {
        for (const text of [right.file.names, right.file.description, right.file.apply.how, right.file.apply.where]) expect(text[language].trim()).not.toBe("");
      }
      expect(right.file.sources.length).toBeGreaterThan(0);
      for (const s of right.file.sources) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  }
  it("every parameter value has a source and the date it was checked", () => {
    for (const p of pack.parameters) {
      for (const v of p.values) {
        expect(v.source.trim(), `${p.name} from ${v.from}`).not.toBe("");
        expect(v.checked, `${p.name} from ${v.from}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
