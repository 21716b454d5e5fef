import { describe, expect, it } from "vitest";
import { SIGNAL_PHASES } from "@nabij/domain";
import { phaseNumber, phaseState } from "./phases.ts";

describe("the phases of a dossier", () => {
  it("go notice → collect → bundle → analyse → report → decide → act → feedback", () => {
    expect(SIGNAL_PHASES.map(phaseNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(SIGNAL_PHASES).toEqual(["notice", "collect", "bundle", "analyse", "report", "decide", "act", "feedback"]);
  });

  it("mark the phases behind, the one now and those to come", () => {
    expect(SIGNAL_PHASES.map((p) => phaseState(p, "report"))).toEqual(["done", "done", "done", "done", "current", "coming", "coming", "coming"]);
    expect(phaseState("notice", "notice")).toBe("current");
  });
});
