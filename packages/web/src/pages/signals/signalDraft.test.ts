import { describe, expect, it } from "vitest";
import { NEW_SIGNAL, parseThemes, signalInput, signalProblems, type SignalDraft } from "./signalDraft.ts";

const filled: SignalDraft = { ...NEW_SIGNAL, text: " Geen tolk bij het OCMW ", mechanismType: "organisation_practice", themes: "Taal, tolk", municipality: " Gent " };

describe("the signal form", () => {
  it("reads themes as the server keeps them: lower case, each once, commas between", () => {
    expect(parseThemes("Huur, wachtlijst ;huur\n Tolk ,")).toEqual(["huur", "wachtlijst", "tolk"]);
    expect(parseThemes(" , ")).toEqual([]);
  });

  it("asks for the text, the mechanism, a theme and the municipality", () => {
    expect(signalProblems(NEW_SIGNAL, 0)).toEqual({ text: "text", mechanismType: "mechanismType", themes: "themes", municipality: "municipality" });
    expect(signalProblems(filled, 0)).toEqual({});
    expect(signalProblems({ ...filled, themes: Array.from({ length: 11 }, (_, i) => `t${i}`).join(",") }, 0)).toEqual({ themes: "tooManyThemes" });
  });

  it("holds the text back while something in it may identify someone", () => {
    expect(signalProblems(filled, 2)).toEqual({ text: "findings" });
  });

  it("asks a number of people when no person is counted", () => {
    expect(signalProblems({ ...filled, peopleCount: "0" }, 0)).toEqual({ peopleCount: "peopleCount" });
    expect(signalProblems({ ...filled, peopleCount: "2,5" }, 0)).toEqual({ peopleCount: "peopleCount" });
    // With a person counted, the number is not asked.
    expect(signalProblems({ ...filled, personId: "p1", countPerson: true, peopleCount: "" }, 0)).toEqual({});
  });

  it("sends the person only when counted, else the number of people", () => {
    expect(signalInput({ ...filled, peopleCount: "4" })).toEqual({ text: "Geen tolk bij het OCMW", mechanismType: "organisation_practice", themes: ["taal", "tolk"], municipality: "Gent", peopleCount: 4, source: "own" });
    expect(signalInput({ ...filled, personId: "p1", countPerson: true })).toMatchObject({ personId: "p1" });
    expect(signalInput({ ...filled, personId: "p1", countPerson: false, peopleCount: "1" })).not.toHaveProperty("personId");
  });

  it("sends the social map's service only while its name stands, and the confirmations still in the text", () => {
    const fromService = { ...filled, institution: "OCMW Gent", service: { id: "s1", name: "OCMW Gent" }, confirmations: [{ kind: "phone" as const, text: "09 266 00 00" }, { kind: "phone" as const, text: "0470 12 34 56" }] };
    expect(signalInput({ ...fromService, text: "OCMW belt niet terug op 09 266 00 00" })).toMatchObject({ institution: "OCMW Gent", serviceId: "s1", confirmations: [{ kind: "phone", text: "09 266 00 00" }] });
    expect(signalInput({ ...fromService, institution: "Het OCMW" })).not.toHaveProperty("serviceId");
  });
});
