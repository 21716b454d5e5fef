import type { NetworkTieCreate, NetworkTiePatch } from "@nabij/domain";
import { api } from "./client.ts";
import type { NetworkTie } from "./types.ts";

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}/network`;
const tiePath = (tieId: string): string => `/api/network/${encodeURIComponent(tieId)}`;

/** The person's network (ecomap), oldest first. */
export async function listNetwork(personId: string): Promise<NetworkTie[]> {
  return (await api.get<{ items: NetworkTie[] }>(personPath(personId))).items;
}

/** The same client-made id on a retry returns the stored tie instead of adding it twice. */
export function addTie(personId: string, input: NetworkTieCreate & { id: string }): Promise<NetworkTie> {
  return api.post(personPath(personId), input);
}

/** Only the changed fields, with the version that was read: 409 stale_version when someone was first. */
export function updateTie(tie: NetworkTie, patch: Omit<NetworkTiePatch, "version">): Promise<NetworkTie> {
  return api.patch(tiePath(tie.id), { ...patch, version: tie.version });
}

/** Off the ecomap (kept for the record); 409 stale_version when someone changed it first. */
export function removeTie(tie: NetworkTie): Promise<void> {
  return api.delete(`${tiePath(tie.id)}?version=${tie.version}`);
}
