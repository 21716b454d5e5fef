import type { StrengthKind } from "@nabij/domain";
import { api } from "./client.ts";
import type { Strength } from "./types.ts";

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}/strengths`;
const strengthPath = (strengthId: string): string => `/api/strengths/${encodeURIComponent(strengthId)}`;

export async function listStrengths(personId: string): Promise<Strength[]> {
  return (await api.get<{ items: Strength[] }>(personPath(personId))).items;
}

/** The same client-made id on a retry returns the stored one instead of adding it twice. */
export function addStrength(personId: string, input: { id: string; kind: StrengthKind; text: string }): Promise<Strength> {
  return api.post(personPath(personId), input);
}

export function updateStrength(strength: Strength, text: string): Promise<Strength> {
  return api.patch(strengthPath(strength.id), { text, version: strength.version });
}

/** Hidden, kept for the record; 409 stale_version when someone changed it first. */
export function removeStrength(strength: Strength): Promise<void> {
  return api.delete(`${strengthPath(strength.id)}?version=${strength.version}`);
}
