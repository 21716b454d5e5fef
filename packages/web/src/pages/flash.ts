/**
 * One-line confirmations carried in the router state from the page that did something to the
 * page that shows the result ("encounter saved" on the person page). Only known keys pass.
 */
const FLASH_KEYS = [
  "person.encounterSaved",
  "person.personCreated",
  "person.personUpdated",
  "person.noChanges",
  "encounterForm.loggedAnonymous",
  "caseload.leftPerson",
  "offline.encounterSaved",
  "rightsCheck.saved",
  "signalForm.saved",
  "dossier.created",
] as const;
export type FlashKey = (typeof FLASH_KEYS)[number];

export function flashFrom(state: unknown): FlashKey | null {
  if (typeof state !== "object" || state === null || !("flash" in state)) return null;
  const flash = (state as { flash: unknown }).flash;
  return (FLASH_KEYS as readonly unknown[]).includes(flash) ? (flash as FlashKey) : null;
}
