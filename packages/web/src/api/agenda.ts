import type { AgendaItemCreate, AgendaItemPatch } from "@nabij/domain";
import { api } from "./client.ts";
import type { AgendaItem, AgendaVersion } from "./types.ts";

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}/agenda`;
const itemPath = (itemId: string): string => `/api/agenda/${encodeURIComponent(itemId)}`;

/** The person's agenda, in the person's order. */
export async function listAgenda(personId: string): Promise<AgendaItem[]> {
  return (await api.get<{ items: AgendaItem[] }>(personPath(personId))).items;
}

/**
 * Adds an item at the end. Send the same client-made `id` on a retry: the server then answers
 * with the item it already stored instead of adding it twice.
 */
export function addAgendaItem(personId: string, input: AgendaItemCreate & { id: string }): Promise<AgendaItem> {
  return api.post(personPath(personId), input);
}

/** Changes an item with the version that was read: 409 stale_version when someone was first. */
export function updateAgendaItem(itemId: string, patch: AgendaItemPatch): Promise<AgendaItem> {
  return api.patch(itemPath(itemId), patch);
}

/** The person's order: every item id exactly once, else 409 and nothing changes. */
export async function reorderAgenda(personId: string, itemIds: readonly string[]): Promise<AgendaItem[]> {
  return (await api.put<{ items: AgendaItem[] }>(`${personPath(personId)}/order`, { itemIds })).items;
}

/** Every version of an item, newest first. */
export async function agendaHistory(itemId: string): Promise<AgendaVersion[]> {
  return (await api.get<{ items: AgendaVersion[] }>(`${itemPath(itemId)}/history`)).items;
}

/**
 * A random (version 4) UUID for a new item. `crypto.randomUUID` exists only in secure contexts
 * (https, localhost); on a plain-http intranet the random bytes still come from the browser.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
