import { PERSONAL_DATA_KINDS, type MechanismType, type PersonalDataFinding, type PersonalDataKind, type SignalCreate, type SignalListScope, type SignalPhase, type SignalSource, type SuggestionReason } from "@nabij/domain";
import { ApiError, api, query, request } from "./client.ts";
import type { NamedRef, Page } from "./types.ts";

/** A structural signal as the API gives it: no person, only how many people and whether it is about one. */
export interface Signal {
  id: string;
  text: string;
  mechanismType: MechanismType;
  themes: string[];
  domains: string[];
  institution: string | null;
  service: { id: string; name: string | null } | null;
  municipality: string;
  peopleCount: number;
  /** For the worker who raised it only (others: false). */
  aboutOnePerson: boolean;
  source: SignalSource;
  barrierReason: string | null;
  /** For the worker who raised it only (others: null): with a person's audit trail it could point to the person. */
  raisedBy: NamedRef | null;
  /** The Belgian calendar day (YYYY-MM-DD), never the moment. */
  raisedOn: string;
  /** What became of it: the dossier it went into, with the feedback. */
  dossier: { id: string; title: string; phase: SignalPhase; feedback: string | null; updatedAt: string } | null;
}

export interface DossierSummary {
  id: string;
  title: string;
  phase: SignalPhase;
  trekker: NamedRef;
  signalCount: number;
  updatedAt: string;
  version: number;
}

/** One dated change of a dossier; `value` is the new value (an id for trekker and signals). */
export interface DossierChangeEntry {
  seq: number;
  field: string;
  value: string | null;
  at: string;
  by: NamedRef;
}

export interface Dossier extends DossierSummary {
  analysis: string | null;
  position: string | null;
  actions: string | null;
  decisions: string | null;
  feedback: string | null;
  createdAt: string;
  signals: Signal[];
  history: DossierChangeEntry[];
}

export interface SuggestedSignal {
  signal: Signal;
  score: number;
  reasons: SuggestionReason[];
}

export type DossierPatch = Partial<Pick<Dossier, "title" | "phase" | "analysis" | "position" | "actions" | "decisions" | "feedback">> & { trekkerId?: string; version: number };

/** 422 with the findings when the text may identify someone and the worker did not remove or confirm it. */
export function raiseSignal(input: SignalCreate): Promise<Signal> {
  return api.post("/api/signals", input);
}

export function listSignals(scope: SignalListScope, cursor: string | null, limit = 30): Promise<Page<Signal>> {
  return api.get(`/api/signals${query({ scope, cursor, limit })}`);
}

export async function listDossiers(): Promise<DossierSummary[]> {
  return (await api.get<{ items: DossierSummary[] }>("/api/signal-dossiers")).items;
}

export function getDossier(id: string): Promise<Dossier> {
  return api.get(`/api/signal-dossiers/${encodeURIComponent(id)}`);
}

export function createDossier(input: { title: string; trekkerId: string; signalIds: string[] }): Promise<Dossier> {
  return api.post("/api/signal-dossiers", input);
}

/** 409 stale_version when someone changed the dossier since it was read. */
export function changeDossier(id: string, patch: DossierPatch): Promise<Dossier> {
  return api.patch(`/api/signal-dossiers/${encodeURIComponent(id)}`, patch);
}

export function addDossierSignals(id: string, signalIds: string[]): Promise<Dossier> {
  return api.post(`/api/signal-dossiers/${encodeURIComponent(id)}/signals`, { signalIds });
}

/** Takes a signal out; the answer is the dossier without it. */
export function removeDossierSignal(id: string, signalId: string): Promise<Dossier> {
  return request<Dossier>("DELETE", `/api/signal-dossiers/${encodeURIComponent(id)}/signals/${encodeURIComponent(signalId)}`);
}

export async function dossierSuggestions(id: string): Promise<SuggestedSignal[]> {
  return (await api.get<{ items: SuggestedSignal[] }>(`/api/signal-dossiers/${encodeURIComponent(id)}/suggestions`)).items;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isKind = (value: unknown): value is PersonalDataKind => (PERSONAL_DATA_KINDS as readonly unknown[]).includes(value);

/** The findings of a refused signal (422 `details.findings`); anything malformed is left out. */
export function refusedFindings(error: unknown): PersonalDataFinding[] | null {
  if (!(error instanceof ApiError) || error.code !== "rule_violation" || !Array.isArray(error.details.findings)) return null;
  return error.details.findings.filter(isRecord).flatMap((f) =>
    isKind(f.kind) && typeof f.text === "string" && typeof f.start === "number" && typeof f.end === "number" ? [{ kind: f.kind, text: f.text, start: f.start, end: f.end }] : [],
  );
}
