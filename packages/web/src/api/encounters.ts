import type { EncounterCreate, EncounterLink } from "@nabij/domain";
import { api, query } from "./client.ts";
import type { Colleague, Encounter } from "./types.ts";

/** `noteShared`: the person sees the note in their own Nabij ("what we agreed"). */
export function createEncounter(input: EncounterCreate): Promise<Encounter> {
  return api.post("/api/encounters", input);
}

export async function listColleagues(): Promise<Colleague[]> {
  const page = await api.get<{ items: Colleague[] }>("/api/users");
  return page.items;
}

/** The anonymous encounters I was at (the last `days` days), newest first; linked persons in `persons`. */
export async function listMyAnonymousEncounters(days = 90): Promise<Encounter[]> {
  const page = await api.get<{ items: Encounter[] }>(`/api/me/anonymous-encounters${query({ days })}`);
  return page.items;
}

/**
 * Links an anonymous encounter to a person, with the person's consent (201). 404: not present at it
 * or the person is not visible; 409: linked already; 422: not an anonymous encounter.
 */
export async function linkEncounter(encounterId: string, input: EncounterLink): Promise<void> {
  await api.post<unknown>(`/api/encounters/${encodeURIComponent(encounterId)}/links`, input);
}

/** Undoes a link (the link and its consent stay on record, marked undone): 404 when not linked. */
export function unlinkEncounter(encounterId: string, personId: string): Promise<void> {
  return api.delete(`/api/encounters/${encodeURIComponent(encounterId)}/links/${encodeURIComponent(personId)}`);
}
