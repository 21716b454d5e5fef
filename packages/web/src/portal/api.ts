/**
 * The person's side of the API (/api/portal/…), as in docs/api-contract.md. The portal is a realm
 * of its own: its own session cookie and CSRF token, so this module keeps its token apart from
 * the worker app's, and a 401 here ends only the portal session.
 */
import type { AccessBasis, AgendaStatus, AppointmentStatus, PortalConsentCreate, PortalLanguage, RaisedBy } from "@nabij/domain";
import { ApiError, query, request } from "../api/client.ts";
import type { Agreement, Evaluation, LifeEvent } from "../api/process.ts";
import type { Consent, Page } from "../api/types.ts";

/** A consent reads the same on both sides: the worker's and the person's. */
export type { Consent } from "../api/types.ts";
/** So do agreements, life events and evaluation moments. */
export type { Agreement, AgreementVersion, Evaluation, LifeEvent } from "../api/process.ts";

export interface PortalPerson {
  displayName: string;
  language: PortalLanguage;
  organisationName: string;
  login: string;
}

interface SessionAnswer {
  person: PortalPerson | null;
  csrfToken: string;
}

export interface PortalAgendaItem {
  id: string;
  title: string;
  ownWords: string | null;
  raisedBy: RaisedBy;
  status: AgendaStatus;
  position: number;
  version: number;
}

export interface MoveRequest {
  message: string;
  requestedAt: string;
}

export interface PortalAppointment {
  id: string;
  startsAt: string;
  durationMinutes: number;
  /** null: at the person's home. */
  place: string | null;
  status: AppointmentStatus;
  workers: string[];
  moveRequest: MoveRequest | null;
}

export interface Agreed {
  agreements: { id: string; title: string; ownWords: string | null; status: AgendaStatus }[];
  notes: { id: string; at: string; note: string; workerName: string | null }[];
  /** How many notes the workers keep to themselves; null when the organisation does not show it. */
  privateNotes: number | null;
}

export interface AccessEntry {
  at: string;
  who: { kind: "worker" | "you" | "system"; name: string | null; organisationName: string | null; role: string | null };
  access: "looked" | "changed";
  /** "calendar": a calendar app fetched a private feed (the person's own, or a worker's). */
  via?: "calendar" | null;
  /** The part: agenda, appointments, encounters, details, workers, access_log, consents, portal… */
  what: string;
  basis: AccessBasis | null;
  reason: string | null;
  consentPurpose: string | null;
}

export interface AccessLog extends Page<AccessEntry> {
  system: { count: number; lastAt: string | null };
  /** The person's own looks at their pages: counted, not listed. */
  ownReads: { count: number; lastAt: string | null };
}

export interface Organisation {
  id: string;
  name: string;
}

export interface Worker {
  id: string;
  displayName: string;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => undefined;

/** The portal session provider forgets the person when any request finds the session gone. */
export function setPortalUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** A 401 on login or activation is an answer, not a lost session. */
async function call<T>(method: Method, path: string, body?: unknown, { answers401 = false } = {}): Promise<T> {
  try {
    return await request<T>(method, `/api/portal${path}`, body ?? (method === "GET" || method === "DELETE" ? undefined : {}), {
      redirectOn401: false,
      csrfToken,
    });
  } catch (error) {
    if (!answers401 && error instanceof ApiError && error.status === 401) onUnauthenticated();
    throw error;
  }
}

export async function fetchSession(): Promise<PortalPerson | null> {
  const session = await call<SessionAnswer>("GET", "/session", undefined, { answers401: true });
  csrfToken = session.csrfToken;
  return session.person;
}

/** Login and activation renew the token: keep the one they answer with. */
async function signIn(path: string, body: unknown): Promise<PortalPerson> {
  // The form may have been open for a long time: a fresh token avoids a csrf_failed.
  await fetchSession();
  const answer = await call<{ person: PortalPerson; csrfToken: string }>("POST", path, body, { answers401: true });
  csrfToken = answer.csrfToken;
  return answer.person;
}

export const login = (name: string, password: string): Promise<PortalPerson> => signIn("/login", { login: name, password });

export const activate = (code: string, name: string, password: string): Promise<PortalPerson> => signIn("/activate", { code, login: name, password });

export async function logout(): Promise<void> {
  await call<unknown>("POST", "/logout", {}, { answers401: true });
  csrfToken = null;
}

export async function saveLanguage(language: PortalLanguage): Promise<PortalPerson> {
  return (await call<{ person: PortalPerson }>("PATCH", "/me", { language })).person;
}

/** The person closes their own account; they are logged out at once. */
export async function endAccess(): Promise<void> {
  await call<unknown>("POST", "/me/end-access", {});
  csrfToken = null;
}

export async function listAgenda(): Promise<PortalAgendaItem[]> {
  return (await call<{ items: PortalAgendaItem[] }>("GET", "/me/agenda")).items;
}

/** A wish in the person's own words; the client id makes a resend harmless. */
export function addWish(id: string, title: string): Promise<PortalAgendaItem> {
  return call("POST", "/me/agenda", { id, title });
}

export async function reorderAgenda(itemIds: string[]): Promise<PortalAgendaItem[]> {
  return (await call<{ items: PortalAgendaItem[] }>("PUT", "/me/agenda/order", { itemIds })).items;
}

export function setAgendaStatus(item: PortalAgendaItem, status: AgendaStatus): Promise<PortalAgendaItem> {
  return call("PATCH", `/me/agenda/${encodeURIComponent(item.id)}`, { status, version: item.version });
}

export async function listAppointments(): Promise<PortalAppointment[]> {
  return (await call<{ items: PortalAppointment[] }>("GET", "/me/appointments")).items;
}

export function requestMove(appointmentId: string, message: string): Promise<MoveRequest> {
  return call("POST", `/me/appointments/${encodeURIComponent(appointmentId)}/move-request`, { message });
}

/** A new private calendar address (earlier ones stop working), as a full https address. */
export async function createCalendarFeed(): Promise<string> {
  const { url } = await call<{ url: string }>("POST", "/me/calendar-feed", {});
  return new URL(url, window.location.origin).href;
}

export async function stopCalendarFeed(): Promise<void> {
  await call<unknown>("DELETE", "/me/calendar-feed");
}

export function getAgreed(): Promise<Agreed> {
  return call("GET", "/me/agreed");
}

/** My agreements with my workers, each with every version, newest first. */
export async function listAgreements(): Promise<Agreement[]> {
  return (await call<{ items: Agreement[] }>("GET", "/me/agreements")).items;
}

const agreementPath = (agreementId: string): string => `/me/agreements/${encodeURIComponent(agreementId)}`;

/** "I agree with this": the version seen must be the current one (else 409 stale_version; already confirmed: 409 conflict). */
export function confirmAgreement(agreement: Agreement): Promise<Agreement> {
  return call("POST", `${agreementPath(agreement.id)}/confirmations`, { version: agreement.version });
}

/** A new version written by the person, with only their own words changed; empty words clear them. */
export function addAgreementOwnWords(agreement: Agreement, ownWords: string): Promise<Agreement> {
  return call("POST", `${agreementPath(agreement.id)}/own-words`, { version: agreement.version, ownWords });
}

export async function listLifeEvents(): Promise<LifeEvent[]> {
  return (await call<{ items: LifeEvent[] }>("GET", "/me/life-events")).items;
}

export function saveLifeEventOwnWords(lifeEventId: string, ownWords: string): Promise<LifeEvent> {
  return call("PUT", `/me/life-events/${encodeURIComponent(lifeEventId)}/own-words`, { ownWords });
}

export async function listEvaluations(): Promise<Evaluation[]> {
  return (await call<{ items: Evaluation[] }>("GET", "/me/evaluations")).items;
}

/** "Ask for a moment to look back together", with what the person wants to talk about. */
export function askEvaluation(note: string): Promise<Evaluation> {
  return call("POST", "/me/evaluations", note ? { note } : {});
}

export function saveEvaluationOwnWords(evaluationId: string, ownWords: string): Promise<Evaluation> {
  return call("PUT", `/me/evaluations/${encodeURIComponent(evaluationId)}/own-words`, { ownWords });
}

export function accessLog(cursor: string | null): Promise<AccessLog> {
  return call("GET", `/me/access-log${query({ cursor, limit: 50 })}`);
}

export async function listConsents(): Promise<Consent[]> {
  return (await call<{ items: Consent[] }>("GET", "/me/consents")).items;
}

export function giveConsent(input: PortalConsentCreate): Promise<Consent> {
  return call("POST", "/me/consents", input);
}

/** Takes effect at once. */
export function withdrawConsent(consentId: string): Promise<Consent> {
  return call("POST", `/me/consents/${encodeURIComponent(consentId)}/withdraw`, {});
}

export async function listOrganisations(): Promise<Organisation[]> {
  return (await call<{ items: Organisation[] }>("GET", "/directory/organisations")).items;
}

export async function listWorkers(organisationId: string): Promise<Worker[]> {
  return (await call<{ items: Worker[] }>("GET", `/directory/organisations/${encodeURIComponent(organisationId)}/workers`)).items;
}
