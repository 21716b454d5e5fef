import { encounterCreate } from "@nabij/domain";
import { describe, expect, it } from "vitest";
import { localDateTimeValue, newDraft, toEncounterInput } from "./draft.ts";

const now = new Date(2026, 10, 29, 9, 5, 42);

describe("encounter draft", () => {
  it("starts at the current minute with a default duration and no place", () => {
    const draft = newDraft(now);
    expect(draft.startedAt).toBe("2026-11-29T09:05");
    expect(draft.duration).toBe("30");
    expect(draft.placeType).toBeNull();
  });

  it("turns the usual two-tap case into valid API input for the person", () => {
    const input = toEncounterInput(newDraft(now), "home", "0193a1b2-0000-7000-8000-000000000001");
    expect(encounterCreate.parse(input)).toMatchObject({ placeType: "home", durationMinutes: 30, personIds: ["0193a1b2-0000-7000-8000-000000000001"] });
    expect(new Date(input.startedAt).getTime()).toBe(new Date(2026, 10, 29, 9, 5).getTime());
    expect(input.anonymous).toBeUndefined();
    expect(input.note).toBeUndefined();
  });

  it("sends the anonymous part only without a person, and only what was filled in", () => {
    const draft = { ...newDraft(now), nickname: " Rode jas ", headCount: "3", note: "  " };
    const anonymous = toEncounterInput(draft, "street", null);
    expect(encounterCreate.parse(anonymous).anonymous).toEqual({ nickname: "Rode jas", headCount: 3 });
    expect(anonymous.note).toBeUndefined();
    expect(toEncounterInput(draft, "street", "0193a1b2-0000-7000-8000-000000000001").anonymous).toBeUndefined();
  });

  it("shares a note with the named person only when asked, and only when there is a note", () => {
    const person = "0193a1b2-0000-7000-8000-000000000001";
    expect(newDraft(now).noteShared).toBe(false);
    expect(toEncounterInput({ ...newDraft(now), note: "Samen de brief gelezen." }, "home", person).noteShared).toBeUndefined();
    expect(encounterCreate.parse(toEncounterInput({ ...newDraft(now), note: "Samen de brief gelezen.", noteShared: true }, "home", person)).noteShared).toBe(true);
    expect(toEncounterInput({ ...newDraft(now), note: "  ", noteShared: true }, "home", person).noteShared).toBeUndefined();
    expect(toEncounterInput({ ...newDraft(now), note: "Op straat.", noteShared: true }, "street", null).noteShared).toBeUndefined();
  });

  it("sends life domains only when some were chosen", () => {
    expect(toEncounterInput(newDraft(now), "home", null).domains).toBeUndefined();
    const input = toEncounterInput({ ...newDraft(now), domains: ["housing", "own_zingeving"] }, "home", null);
    expect(encounterCreate.parse(input).domains).toEqual(["housing", "own_zingeving"]);
  });

  it("leaves the duration out when it was cleared", () => {
    expect(toEncounterInput({ ...newDraft(now), duration: "" }, "phone", null).durationMinutes).toBeUndefined();
  });

  it("pads the datetime-local value", () => {
    expect(localDateTimeValue(new Date(2026, 0, 2, 3, 4))).toBe("2026-01-02T03:04");
  });
});
