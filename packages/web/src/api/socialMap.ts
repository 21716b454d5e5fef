import { api, query } from "./client.ts";
import type { HsdsService, MapContact, ServicePage, SocialMapFilters } from "./types.ts";

/** A search on the social map: words and filters, as the URL of the map page keeps them. */
export interface MapSearch {
  q?: string;
  domain?: string;
  place?: string;
  targetGroup?: string;
  language?: string;
  free?: boolean;
  openNow?: boolean;
  page?: number;
  perPage?: number;
}

/** Any text is fine: quotes, `*`, `OR` are searched as words. Each result says why it matched. */
export function searchServices(search: MapSearch, signal?: AbortSignal): Promise<ServicePage> {
  const path = `/api/socialmap/services${query({
    q: search.q,
    domain: search.domain,
    place: search.place,
    targetGroup: search.targetGroup,
    language: search.language,
    free: search.free ? "true" : undefined,
    openNow: search.openNow ? "true" : undefined,
    page: search.page && search.page > 1 ? search.page : undefined,
    perPage: search.perPage,
  })}`;
  return api.get(path, signal ? { signal } : {});
}

/** One service in HSDS's nested form. */
export function getService(serviceId: string): Promise<HsdsService> {
  return api.get(`/api/socialmap/services/${encodeURIComponent(serviceId)}`);
}

/** The values the search filters offer. */
export function getMapFilters(): Promise<SocialMapFilters> {
  return api.get("/api/socialmap/filters");
}

export interface ContactInput {
  serviceId?: string | null;
  name?: string;
  role?: string;
  phone?: string;
  email?: string;
  notes?: string;
  /** Default true: the worker's team sees it; false: only the worker. */
  shareWithTeam?: boolean;
}

const contactPath = (contactId: string): string => `/api/socialmap/contacts/${encodeURIComponent(contactId)}`;

/** My team's contact persons at a service, by name. */
export async function listContacts(serviceId: string): Promise<MapContact[]> {
  return (await api.get<{ items: MapContact[] }>(`/api/socialmap/contacts${query({ serviceId })}`)).items;
}

export function addContact(input: ContactInput & { name: string }): Promise<MapContact> {
  return api.post("/api/socialmap/contacts", input);
}

/** Only the changed fields, with the version that was read: 409 stale_version when someone was first. */
export function updateContact(contact: MapContact, patch: ContactInput): Promise<MapContact> {
  return api.patch(contactPath(contact.id), { ...patch, version: contact.version });
}

export function removeContact(contact: MapContact): Promise<void> {
  return api.delete(`${contactPath(contact.id)}?version=${contact.version}`);
}
