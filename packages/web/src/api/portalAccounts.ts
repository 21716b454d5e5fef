import { api } from "./client.ts";
import type { PortalAccess, PortalInvitation } from "./types.ts";

const portalPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}`;

/** Whether the person has their own Nabij (and since when), or an invitation that still works. */
export function getPortalAccess(personId: string): Promise<PortalAccess> {
  return api.get(`${portalPath(personId)}/portal`);
}

/** A new code (valid 7 days, works once); it replaces an unused older one. */
export function invitePerson(personId: string): Promise<PortalInvitation> {
  return api.post(`${portalPath(personId)}/portal-invitations`);
}

/** Ends the person's own Nabij at once (their sessions too); an unused code stops working. */
export async function endPortalAccess(personId: string): Promise<void> {
  await api.post<unknown>(`${portalPath(personId)}/portal/end`);
}
