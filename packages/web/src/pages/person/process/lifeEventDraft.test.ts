import { describe, expect, it } from "vitest";
import { NEW_LIFE_EVENT, lifeEventInput, lifeEventProblems } from "./lifeEventDraft.ts";

describe("the life event form", () => {
  it("asks for the kind and the date", () => {
    expect(lifeEventProblems(NEW_LIFE_EVENT)).toEqual({ kind: "kind", date: "date" });
    expect(lifeEventProblems({ ...NEW_LIFE_EVENT, kind: "eviction", date: "2026-11-20" })).toEqual({});
  });

  it("never sends an unexpected kind as expected, and leaves out empty texts", () => {
    expect(lifeEventInput({ ...NEW_LIFE_EVENT, kind: "eviction", date: "2026-11-20", expected: true, ownWords: " Ik slaap bij mijn zus " }, "e1")).toEqual({
      id: "e1", kind: "eviction", date: "2026-11-20", expected: false, ownWords: "Ik slaap bij mijn zus",
    });
    expect(lifeEventInput({ ...NEW_LIFE_EVENT, kind: "hearing", date: "2026-12-05", expected: true, domains: ["housing"] }, "e2")).toEqual({
      id: "e2", kind: "hearing", date: "2026-12-05", expected: true, domains: ["housing"],
    });
  });
});
