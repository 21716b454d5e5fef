import { describe, expect, it } from "vitest";
import { ownWordsSave } from "./ownWords.ts";

describe("what saving the person's own words sends", () => {
  it("sends new words, trimmed", () => {
    expect(ownWordsSave(null, "  Ik wil eerst met mijn zus praten. ")).toEqual({ kind: "save", ownWords: "Ik wil eerst met mijn zus praten." });
    expect(ownWordsSave("Oud", "Nieuw")).toEqual({ kind: "save", ownWords: "Nieuw" });
  });

  it("clears words written before when the field is emptied", () => {
    expect(ownWordsSave("Oud", "   ")).toEqual({ kind: "save", ownWords: "" });
  });

  it("sends nothing when nothing changed, and asks for words when there were none", () => {
    expect(ownWordsSave("Zelfde", " Zelfde ")).toEqual({ kind: "unchanged" });
    expect(ownWordsSave(null, "")).toEqual({ kind: "empty" });
    expect(ownWordsSave("", "  ")).toEqual({ kind: "empty" });
  });
});
