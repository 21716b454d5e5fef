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
  /** Who wrote the person's words down: the person in the portal, or the worker with them. */
  ownWordsBy: "person" | "worker" | null;
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
  /** A version the person wrote in the portal (their own words). */
  byPerson: boolean;
  changedAt: string;
  confirmed: { at: string; how: "in_person" | "portal"; by: Someone | null } | null;
}

/** An evaluation moment, asked for by the person or planned by the worker, and what came out of it. */
export interface Evaluation {
  id: string;
  personId: string;
  note: string | null;
  requestedAt: string;
  requestedBy: "person" | "worker";
  ownWords: string | null;
  ownWordsBy: "person" | "worker" | null;
  done: { at: string; by: Someone; outcome: string | null } | null;
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

const evaluationPath = (evaluationId: string): string => `/api/evaluations/${encodeURIComponent(evaluationId)}`;

export async function listEvaluations(personId: string): Promise<Evaluation[]> {
  return (await api.get<{ items: Evaluation[] }>(`${personPath(personId)}/evaluations`)).items;
}

/** The worker plans a moment to look back together (the person can ask for one in the portal). */
export function planEvaluation(personId: string, input: { note?: string }): Promise<Evaluation> {
  return api.post(`${personPath(personId)}/evaluations`, input);
}

/** It was held: what came out of it, and the person's words. A second time: 409 conflict. */
export function recordEvaluationHeld(evaluationId: string, input: { outcome?: string; ownWords?: string }): Promise<Evaluation> {
  return api.post(`${evaluationPath(evaluationId)}/done`, input);
}

/** The person's referrals, goals and consents as a FHIR R4 bundle, for health care (a download, not a fetch). */
export function personFhirPath(personId: string): string {
  return `${personPath(personId)}/fhir`;
}
