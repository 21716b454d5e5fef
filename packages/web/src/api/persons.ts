import type { PersonCreate, PersonPatch } from "@nabij/domain";
import { api, query } from "./client.ts";
import type { AuditEvent, Encounter, Page, Person, PersonSummary } from "./types.ts";

export function listPersons(q: string, cursor?: string | null, signal?: AbortSignal): Promise<Page<PersonSummary>> {
  return api.get(`/api/persons${query({ q, cursor })}`, signal ? { signal } : {});
}

export function createPerson(input: PersonCreate): Promise<Person> {
  return api.post("/api/persons", input);
}

export function getPerson(id: string): Promise<Person> {
  return api.get(`/api/persons/${encodeURIComponent(id)}`);
}

/** Sends only the changed fields (null clears one) and the version that was read: 409 when stale. */
export function updatePerson(id: string, patch: PersonPatch): Promise<Person> {
  return api.patch(`/api/persons/${encodeURIComponent(id)}`, patch);
}

/** Involves a colleague (the actor is involved, or a coordinator): 201. */
export async function involveColleague(personId: string, userId: string): Promise<void> {
  await api.post<unknown>(`/api/persons/${encodeURIComponent(personId)}/involvements`, { userId });
}

/** Ends a worker's involvement: 422 rule_violation when they are the last one. */
export function endInvolvement(personId: string, userId: string): Promise<void> {
  return api.delete(`/api/persons/${encodeURIComponent(personId)}/involvements/${encodeURIComponent(userId)}`);
}

export function listPersonEncounters(id: string, cursor?: string | null): Promise<Page<Encounter>> {
  return api.get(`/api/persons/${encodeURIComponent(id)}/encounters${query({ cursor })}`);
}

export function listPersonAudit(id: string, cursor?: string | null): Promise<Page<AuditEvent>> {
  return api.get(`/api/persons/${encodeURIComponent(id)}/audit${query({ cursor })}`);
}
