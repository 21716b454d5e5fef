import { describe, expect, it } from "vitest";
import { handParameters, handWritten } from "../bench/handwritten.ts";
import { BENCH_DATE, generateSituations } from "../bench/situations.ts";
import { evaluate, loadPacks } from "../src/index.ts";

/**
 * The benchmark compares the compiled pack with hand-written rules; the comparison is fair only
 * while both give the same answers. This holds them to it on generated situations.
 */
describe("the hand-written reference rules", () => {
  it("give the same outcomes, reason codes, automatic flags and amounts as the compiled pack", () => {
    const pack = loadPacks();
    for (const date of [BENCH_DATE, "2024-06-01", "2023-10-01"]) {
      const parameters = handParameters(pack, date);
      for (const situation of generateSituations(2_000, 7, 0.2)) {
        const engine = evaluate(pack, situation, date, { rights: ["leefloon", "sociaal-tarief-energie", "verhoogde-tegemoetkoming"] }).rights.map(({ id, outcome, automatic, reasons, amount }) => ({ id, outcome, automatic, reasons, ...(amount !== undefined ? { amount } : {}) }));
        expect(handWritten(situation, date, parameters)).toEqual(engine);
      }
    }
  });
});
