import type { ConsentCreate } from "@nabij/domain";
import { api } from "./client.ts";
import type { Consent, DirectoryOrganisation, NamedRef, ReceivedConsent } from "./types.ts";

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}/consents`;

/** Every consent of the person, newest first, in any state. */
export async function listConsents(personId: string): Promise<Consent[]> {
  return (await api.get<{ items: Consent[] }>(personPath(personId))).items;
}

/**
 * Records a consent the person gave in person or in writing (201). Refused (400) without a
 * recipient, with an end before the start, or a recipient in no known organisation.
 */
export function recordConsent(personId: string, input: ConsentCreate): Promise<Consent> {
  return api.post(personPath(personId), input);
}

/** A withdrawal the person told the worker: it takes effect at once. */
export function withdrawConsent(personId: string, consentId: string): Promise<Consent> {
  return api.post(`${personPath(personId)}/${encodeURIComponent(consentId)}/withdraw`);
}

/** Persons of other organisations who let me (or my organisation) see parts of their file now. */
export async function listReceivedConsents(): Promise<ReceivedConsent[]> {
  return (await api.get<{ items: ReceivedConsent[] }>("/api/consents/received")).items;
}

/** The organisations a consent can name as recipient. */
export async function listDirectoryOrganisations(): Promise<DirectoryOrganisation[]> {
  return (await api.get<{ items: DirectoryOrganisation[] }>("/api/directory/organisations")).items;
}

/** The active workers of an organisation, to name one as recipient. */
export async function listDirectoryWorkers(organisationId: string): Promise<NamedRef[]> {
  return (await api.get<{ items: NamedRef[] }>(`/api/directory/organisations/${encodeURIComponent(organisationId)}/workers`)).items;
}
