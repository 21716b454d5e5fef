import { describe, expect, it } from "vitest";
import { editPatch, rebase, valuesOf } from "./edit.ts";

const item = { title: "Een woning", ownWords: "Voor mij en mijn dochter", domains: ["housing" as const] };

describe("editing an agenda item", () => {
  it("sends nothing when nothing changed", () => {
    expect(editPatch(item, valuesOf(item))).toEqual({});
    expect(editPatch(item, { ...valuesOf(item), title: " Een woning " })).toEqual({});
  });

  it("sends only the changed fields, trimmed", () => {
    expect(editPatch(item, { ...valuesOf(item), title: " Een eigen woning " })).toEqual({ title: "Een eigen woning" });
    expect(editPatch(item, { ...valuesOf(item), domains: ["work", "housing"] })).toEqual({ domains: ["housing", "work"] });
    // The organisation's own domains come after the built-in ones.
    expect(editPatch(item, { ...valuesOf(item), domains: ["own_budget", "housing", "income"] })).toEqual({ domains: ["income", "housing", "own_budget"] });
  });

  it("clears the own words with null", () => {
    expect(editPatch(item, { ...valuesOf(item), ownWords: "  " })).toEqual({ ownWords: null });
    expect(editPatch({ ...item, ownWords: null }, { ...valuesOf(item), ownWords: "" })).toEqual({});
  });

  it("keeps what was typed and takes the newest values for the rest", () => {
    const before = valuesOf(item);
    const latest = valuesOf({ ...item, ownWords: "Iets anders", domains: [] });
    expect(rebase({ ...before, title: "Nieuw" }, before, latest)).toEqual({ title: "Nieuw", ownWords: "Iets anders", domains: [] });
  });
});
