import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../../api/process.ts";
import { evaluationOrder, heldInput, newHeldDraft, planInput } from "./evaluationDraft.ts";

const worker = { id: "w1", displayName: "Sam" };
const evaluation = (id: string, requestedAt: string, doneAt: string | null, ownWords: string | null = null): Evaluation => ({
  id,
  personId: "p1",
  note: null,
  requestedAt,
  requestedBy: "person",
  ownWords,
  ownWordsBy: ownWords ? "person" : null,
  done: doneAt ? { at: doneAt, by: worker, outcome: null } : null,
});

describe("recording that an evaluation was held", () => {
  it("starts from the words the person already wrote", () => {
    expect(newHeldDraft({ ownWords: "Het gaat beter" })).toEqual({ outcome: "", ownWords: "Het gaat beter" });
    expect(newHeldDraft({ ownWords: null })).toEqual({ outcome: "", ownWords: "" });
  });

  it("sends the person's words only when the worker changed them, so the person's own stay theirs", () => {
    const written = { ownWords: "Het gaat beter" };
    expect(heldInput({ outcome: " We zoeken samen een woning ", ownWords: "Het gaat beter " }, written)).toEqual({ outcome: "We zoeken samen een woning" });
    expect(heldInput({ outcome: "", ownWords: "Het gaat veel beter" }, written)).toEqual({ ownWords: "Het gaat veel beter" });
    expect(heldInput({ outcome: "", ownWords: "Ik ben blij" }, { ownWords: null })).toEqual({ ownWords: "Ik ben blij" });
    expect(heldInput({ outcome: "  ", ownWords: "" }, written)).toEqual({});
  });

  it("plans one with a note only when there is one", () => {
    expect(planInput("  ")).toEqual({});
    expect(planInput(" Na de verhuis ")).toEqual({ note: "Na de verhuis" });
  });
});

describe("the order of the evaluations", () => {
  it("puts the ones to hold first, longest waiting first, then the ones held, newest first", () => {
    const items = [
      evaluation("new-ask", "2026-03-10T09:00:00Z", null),
      evaluation("held-old", "2026-01-01T09:00:00Z", "2026-01-15T09:00:00Z"),
      evaluation("old-ask", "2026-02-01T09:00:00Z", null),
      evaluation("held-new", "2026-02-01T09:00:00Z", "2026-02-20T09:00:00Z"),
    ];
    expect(evaluationOrder(items).map((e) => e.id)).toEqual(["old-ask", "new-ask", "held-new", "held-old"]);
  });
});
