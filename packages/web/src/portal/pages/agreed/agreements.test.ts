import { describe, expect, it } from "vitest";
import type { AgreementVersion } from "../../api.ts";
import { changedParts, confirmationOf } from "./agreements.ts";

const worker = { id: "w1", displayName: "Sam Demeester" };

function version(v: number, fields: Partial<AgreementVersion> = {}): AgreementVersion {
  return {
    version: v,
    what: "Samen de huurpremie aanvragen",
    whoDoesWhat: "Sam zoekt het formulier, jij brengt je huurcontract mee.",
    dueDate: "2026-12-15",
    ownWords: null,
    why: null,
    changedBy: worker,
    byPerson: false,
    changedAt: `2026-11-0${v}T10:00:00.000Z`,
    confirmed: null,
    ...fields,
  };
}

describe("what a version of an agreement changed", () => {
  it("names the parts that differ from the version before (newest first)", () => {
    const versions = [
      version(3, { dueDate: null, ownWords: "Ik heb mijn contract al gevonden.", byPerson: true }),
      version(2, { dueDate: null, why: "De dienst is gesloten tot januari." }),
      version(1),
    ];
    expect(changedParts(versions, 0)).toEqual(["ownWords"]);
    expect(changedParts(versions, 1)).toEqual(["dueDate"]);
  });

  it("says nothing changed for the first version, or for an index that is not there", () => {
    const versions = [version(2, { what: "Iets anders", whoDoesWhat: null }), version(1)];
    expect(changedParts(versions, 0)).toEqual(["what", "whoDoesWhat"]);
    expect(changedParts(versions, 1)).toEqual([]);
    expect(changedParts(versions, 5)).toEqual([]);
  });

  it("treats no words and empty words alike", () => {
    expect(changedParts([version(2, { ownWords: "" }), version(1, { ownWords: null })], 0)).toEqual([]);
  });
});

describe("whether the person said they agree", () => {
  it("tells apart not yet, in the portal and told to the worker", () => {
    expect(confirmationOf(version(1))).toEqual({ kind: "none" });
    expect(confirmationOf(version(1, { confirmed: { at: "2026-11-02T09:00:00.000Z", how: "portal", by: null } }))).toEqual({ kind: "portal", at: "2026-11-02T09:00:00.000Z" });
    expect(confirmationOf(version(1, { confirmed: { at: "2026-11-02T09:00:00.000Z", how: "in_person", by: worker } }))).toEqual({
      kind: "in_person",
      at: "2026-11-02T09:00:00.000Z",
      name: "Sam Demeester",
    });
  });
});
