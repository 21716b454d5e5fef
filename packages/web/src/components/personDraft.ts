/**
 * The person form as text fields, and the ways from it to API input: all that was filled in
 * for a new person, only what changed (with null for a cleared field) for an edit, and a
 * three-way merge when someone else saved in between.
 */
import { checkInsz, normalizeInsz, type ContactPreference, type PersonCreate, type PersonPatch } from "@nabij/domain";
import type { Person } from "../api/types.ts";
import type { FieldMessages } from "../i18n/errors.ts";

export interface PersonDraft {
  displayName: string;
  legalName: string;
  birthDate: string;
  insz: string;
  phone: string;
  email: string;
  contactPreference: ContactPreference | "";
}

export type DraftKey = keyof PersonDraft;

export const DRAFT_KEYS: readonly DraftKey[] = ["displayName", "legalName", "birthDate", "insz", "phone", "email", "contactPreference"];

export const EMPTY_DRAFT: PersonDraft = { displayName: "", legalName: "", birthDate: "", insz: "", phone: "", email: "", contactPreference: "" };

/** The form as the person was read: an empty field is an unknown value. */
export function draftFromPerson(person: Person): PersonDraft {
  return {
    displayName: person.displayName,
    legalName: person.legalName ?? "",
    birthDate: person.birthDate ?? "",
    insz: person.insz ?? "",
    phone: person.phone ?? "",
    email: person.email ?? "",
    contactPreference: person.contactPreference ?? "",
  };
}

/** What a field means, so "85.07.30-033.01" and "85073003301" count as the same number. */
function comparable(key: DraftKey, value: string): string {
  const text = value.trim();
  return key === "insz" ? normalizeInsz(text) : text;
}

export function sameValue(key: DraftKey, a: string, b: string): boolean {
  return comparable(key, a) === comparable(key, b);
}

/** Only what was filled in is sent: an empty optional field is "not known", not "". */
export function toCreateInput(draft: PersonDraft): PersonCreate {
  const input: PersonCreate = { displayName: draft.displayName.trim() };
  if (draft.legalName.trim()) input.legalName = draft.legalName.trim();
  if (draft.birthDate) input.birthDate = draft.birthDate;
  if (draft.insz.trim()) input.insz = draft.insz.trim();
  if (draft.phone.trim()) input.phone = draft.phone.trim();
  if (draft.email.trim()) input.email = draft.email.trim();
  if (draft.contactPreference) input.contactPreference = draft.contactPreference;
  return input;
}

/**
 * The fields that differ from the version read, plus that version; null when nothing changed.
 * A cleared optional field becomes null ("no longer known"). The display name cannot be cleared
 * (the form checks that first).
 */
export function toPatch(read: PersonDraft, draft: PersonDraft, version: number): PersonPatch | null {
  const patch: PersonPatch = { version };
  let changed = false;
  for (const key of DRAFT_KEYS) {
    if (sameValue(key, read[key], draft[key])) continue;
    changed = true;
    const value = draft[key].trim();
    switch (key) {
      case "displayName":
        patch.displayName = value;
        break;
      case "contactPreference":
        patch.contactPreference = draft.contactPreference || null;
        break;
      default:
        patch[key] = value || null;
    }
  }
  return changed ? patch : null;
}

export interface Merged {
  draft: PersonDraft;
  /** Fields someone else changed, which the user had left alone: their value is now in the form. */
  takenOver: DraftKey[];
  /** Fields both changed, differently: the user's value stays, the saved one is shown next to it. */
  conflicts: DraftKey[];
}

/**
 * After a 409: the user's own changes stay, everything else becomes the newest saved value, so
 * saving again never undoes someone else's change by accident.
 */
export function mergeAfterConflict(read: PersonDraft, mine: PersonDraft, fresh: PersonDraft): Merged {
  const draft = { ...mine };
  const takenOver: DraftKey[] = [];
  const conflicts: DraftKey[] = [];
  for (const key of DRAFT_KEYS) {
    if (sameValue(key, fresh[key], read[key])) continue; // nobody else touched it
    if (sameValue(key, mine[key], read[key])) {
      (draft as Record<DraftKey, string>)[key] = fresh[key];
      takenOver.push(key);
    } else if (!sameValue(key, mine[key], fresh[key])) {
      conflicts.push(key);
    }
  }
  return { draft, takenOver, conflicts };
}

type LocalErrorKey = "fieldErrors.required" | `fieldErrors.insz_${"format" | "date" | "checksum"}`;

/** The checks we can do before asking the server; the server checks again. */
export function localErrors(draft: PersonDraft, t: (key: LocalErrorKey) => string): FieldMessages {
  const errors: FieldMessages = {};
  if (!draft.displayName.trim()) errors.displayName = t("fieldErrors.required");
  if (draft.insz.trim()) {
    const check = checkInsz(draft.insz);
    if (!check.valid) errors.insz = t(`fieldErrors.insz_${check.reason}`);
  }
  return errors;
}
