import type { ReceivedConsent } from "../../api/types.ts";

export interface SharedPerson {
  personId: string;
  displayName: string;
  consents: ReceivedConsent[];
}

/** One entry per person, in the order of the answer; a person may have given more than one consent. */
export function byPerson(consents: readonly ReceivedConsent[]): SharedPerson[] {
  const persons = new Map<string, SharedPerson>();
  for (const consent of consents) {
    const entry = persons.get(consent.personId) ?? { personId: consent.personId, displayName: consent.personDisplayName, consents: [] };
    entry.consents.push(consent);
    persons.set(consent.personId, entry);
  }
  return [...persons.values()];
}
