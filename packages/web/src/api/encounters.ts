import type { EncounterCreate } from "@nabij/domain";
import { api } from "./client.ts";
import type { Colleague, Encounter } from "./types.ts";

export function createEncounter(input: EncounterCreate): Promise<Encounter> {
  return api.post("/api/encounters", input);
}

export async function listColleagues(): Promise<Colleague[]> {
  const page = await api.get<{ items: Colleague[] }>("/api/users");
  return page.items;
}
