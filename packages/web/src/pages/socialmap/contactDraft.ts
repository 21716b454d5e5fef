import type { ContactInput } from "../../api/socialMap.ts";
import type { MapContact } from "../../api/types.ts";

/** What the contact form holds: the words as typed. */
export interface ContactValues {
  name: string;
  role: string;
  phone: string;
  email: string;
  notes: string;
  /** Seen by my team (default), or only by me. */
  share: boolean;
}

export const NEW_CONTACT: ContactValues = { name: "", role: "", phone: "", email: "", notes: "", share: true };

const TEXTS = ["role", "phone", "email", "notes"] as const;

export function contactValues(contact: MapContact): ContactValues {
  return { name: contact.name, role: contact.role ?? "", phone: contact.phone ?? "", email: contact.email ?? "", notes: contact.notes ?? "", share: contact.sharedWithTeam };
}

/** A new contact at a service: what was filled in, trimmed. */
export function toContactCreate(serviceId: string, values: ContactValues): ContactInput & { name: string } {
  const input: ContactInput & { name: string } = { serviceId, name: values.name.trim(), shareWithTeam: values.share };
  for (const key of TEXTS) {
    const value = values[key].trim();
    if (value) input[key] = value;
  }
  return input;
}

/** Only what changed; a cleared field is sent empty (the server clears it). */
export function contactPatch(contact: MapContact, values: ContactValues): ContactInput {
  const patch: ContactInput = {};
  const name = values.name.trim();
  if (name !== contact.name) patch.name = name;
  for (const key of TEXTS) {
    const value = values[key].trim();
    if (value !== (contact[key] ?? "")) patch[key] = value;
  }
  if (values.share !== contact.sharedWithTeam) patch.shareWithTeam = values.share;
  return patch;
}
