import type { Grant } from "../access/person-access.ts";
import type { PersonTable } from "../db/schema.ts";
import { fromJson } from "../db/values.ts";
import type { InvolvementRow } from "./involvement.repository.ts";

/** The fields of a person that leave the server; nothing else does. */
export interface PersonView {
  id: string;
  displayName: string;
  legalName: string | null;
  birthDate: string | null;
  insz: string | null;
  phone: string | null;
  email: string | null;
  languages: string[];
  contactPreference: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  access: { basis: string; parts: readonly string[] };
  involvedWorkers: Array<{ id: string; displayName: string }>;
}

export function presentPerson(row: PersonTable, grant: Grant, involvements: InvolvementRow[]): PersonView {
  const contact = grant.parts.includes("contact");
  return {
    id: row.id,
    displayName: row.display_name,
    legalName: row.legal_name,
    birthDate: row.birth_date,
    insz: row.insz,
    phone: contact ? row.phone : null,
    email: contact ? row.email : null,
    languages: fromJson<string[]>(row.languages, []),
    contactPreference: contact ? row.contact_preference : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    access: { basis: grant.basis, parts: grant.parts },
    involvedWorkers: involvements.map((i) => ({ id: i.userId, displayName: i.userDisplayName })),
  };
}
