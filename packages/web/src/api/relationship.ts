import { api } from "./client.ts";

/** Time for the relationship with one person (GET /api/persons/:id/relationship). */
export interface Relationship {
  lastContactAt: string | null;
  contactsLast90Days: number;
  trustedWorkers: Array<{ id: string; displayName: string; encounters: number }>;
}

export function getRelationship(personId: string): Promise<Relationship> {
  return api.get(`/api/persons/${encodeURIComponent(personId)}/relationship`);
}
