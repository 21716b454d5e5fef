import type { AgreementChange, AgreementCreate, LifeEventCreate, LifeEventKind } from "@nabij/domain";
import { api } from "./client.ts";
import type { Someone } from "./referrals.ts";

export interface LifeEvent {
  id: string;
  personId: string;
  kind: LifeEventKind;
  date: string;
  expected: boolean;
  title: string | null;
  domains: string[];
  whatChanges: string | null;
  ownWords: string | null;
  createdBy: Someone;
  createdAt: string;
  /** An unexpected event: revisit the agenda with the person. */
  revisitAgenda: boolean;
}

export interface AgreementVersion {
  version: number;
  what: string;
  whoDoesWhat: string | null;
  dueDate: string | null;
  ownWords: string | null;
  why: string | null;
  changedBy: Someone;
  changedAt: string;
  confirmed: { at: string; how: "in_person" | "portal"; by: Someone | null } | null;
}

/** The current version's fields, and every version newest first. */
export interface Agreement extends AgreementVersion {
  id: string;
  personId: string;
  createdAt: string;
  versions: AgreementVersion[];
}

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}`;
const agreementPath = (agreementId: string): string => `/api/agreements/${encodeURIComponent(agreementId)}`;

export async function listLifeEvents(personId: string): Promise<LifeEvent[]> {
  return (await api.get<{ items: LifeEvent[] }>(`${personPath(personId)}/life-events`)).items;
}

export function recordLifeEvent(personId: string, input: LifeEventCreate & { id: string }): Promise<LifeEvent> {
  return api.post(`${personPath(personId)}/life-events`, input);
}

export async function listAgreements(personId: string): Promise<Agreement[]> {
  return (await api.get<{ items: Agreement[] }>(`${personPath(personId)}/agreements`)).items;
}

export function makeAgreement(personId: string, input: AgreementCreate & { id: string }): Promise<Agreement> {
  return api.post(`${personPath(personId)}/agreements`, input);
}

/** A new version with why it changed; 409 stale_version when someone changed it first. */
export function changeAgreement(agreementId: string, change: AgreementChange): Promise<Agreement> {
  return api.patch(agreementPath(agreementId), change);
}

/** The person confirmed the current version, in person. */
export function confirmAgreement(agreement: Agreement): Promise<Agreement> {
  return api.post(`${agreementPath(agreement.id)}/confirmations`, { version: agreement.version, how: "in_person" });
}
