import type { PersonCreate } from "@nabij/domain";
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

export function listPersonEncounters(id: string, cursor?: string | null): Promise<Page<Encounter>> {
  return api.get(`/api/persons/${encodeURIComponent(id)}/encounters${query({ cursor })}`);
}

export function listPersonAudit(id: string, cursor?: string | null): Promise<Page<AuditEvent>> {
  return api.get(`/api/persons/${encodeURIComponent(id)}/audit${query({ cursor })}`);
}
