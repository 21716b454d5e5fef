import { describe, expect, it } from "vitest";
import type { ReceivedConsent } from "../../api/types.ts";
import { byPerson } from "./byPerson.ts";

const consent = (consentId: string, personId: string, scopes: ReceivedConsent["scopes"]): ReceivedConsent => ({
  consentId,
  personId,
  personDisplayName: `Persoon ${personId}`,
  organisationName: "CAW Voorbeeldregio",
  scopes,
  purpose: "Samen een woning zoeken",
  validUntil: null,
});

describe("shared with me", () => {
  it("lists each person once, in the order of the answer, with all their consents", () => {
    const persons = byPerson([consent("c1", "b", ["agenda"]), consent("c2", "a", ["encounters"]), consent("c3", "b", ["appointments"])]);
    expect(persons.map((p) => p.personId)).toEqual(["b", "a"]);
    expect(persons[0]?.consents.map((c) => c.consentId)).toEqual(["c1", "c3"]);
  });
});
