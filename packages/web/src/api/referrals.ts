import type { BarrierReason, InstitutionCategory, RadarScope, ReferralStatus } from "@nabij/domain";
import { api, query } from "./client.ts";
import type { Page } from "./types.ts";

export interface Someone {
  id: string;
  displayName: string;
}

/** One step of a referral: from where to where, why, and whether it shows a barrier to access. */
export interface ReferralStep {
  seq: number;
  /** A status change, or a note without one (from = to). */
  kind: "status" | "note";
  from: ReferralStatus | null;
  to: ReferralStatus;
  reason: string | null;
  ownWords: string | null;
  barrier: boolean;
  /** What kind of barrier (a BarrierReason), when the worker said so. */
  barrierReason: string | null;
  at: string;
  by: Someone;
}

export interface Referral {
  id: string;
  personId: string;
  person: Someone | null;
  service: { id: string; name: string } | null;
  organisationName: string | null;
  institutionCategory: InstitutionCategory;
  reason: string;
  shared: string | null;
  consentGiven: boolean;
  handoverNote: string | null;
  status: ReferralStatus;
  statusChangedAt: string;
  outcomeOwnWords: string | null;
  /** Where it may go next. */
  next: ReferralStatus[];
  overdue: boolean;
  createdBy: Someone;
  createdAt: string;
  version: number;
  history?: ReferralStep[];
}

export interface ReferralInput {
  id: string;
  personId: string;
  serviceId?: string;
  organisationName?: string;
  institutionCategory: InstitutionCategory;
  reason: string;
  shared?: string;
  consentGiven?: boolean;
  handoverNote?: string;
  status: "draft" | "requested";
}

export interface TransitionInput {
  to: ReferralStatus;
  reason?: string;
  ownWords?: string;
  barrier?: boolean;
  version: number;
}

/** A note in the history without a change of status (the note's text becomes the step's reason). */
export interface ReferralNoteInput {
  text: string;
  barrier?: boolean;
  /** Only with barrier: true. */
  barrierReason?: BarrierReason;
}

/** What the caseload list shows: one status, only the ones waiting too long, or all. */
export interface ReferralListFilters {
  status: ReferralStatus | "";
  overdue: boolean;
}

/** How referrals ended, counts only (see the API contract). */
export interface OutcomeFigures {
  referrals: number;
  ended: number;
  completed: number;
  failed: number;
  rejected: number;
  cancelled: number;
  open: number;
  /** Of the ended referrals; null when none ended yet. */
  completedShare: number | null;
  failedShare: number | null;
  medianDaysToAccess: number | null;
}

export interface ReferralOutcomes {
  scope: RadarScope;
  byCategory: Array<{ institutionCategory: InstitutionCategory } & OutcomeFigures>;
  byService: Array<{ serviceId: string | null; name: string } & OutcomeFigures>;
}

/** The person's referrals, newest first, each with its steps. */
export async function listReferrals(personId: string): Promise<Referral[]> {
  return (await api.get<{ items: Referral[] }>(`/api/persons/${encodeURIComponent(personId)}/referrals`)).items;
}

/** One referral with its steps (to raise a signal from its barrier). */
export function getReferral(referralId: string): Promise<Referral> {
  return api.get(`/api/referrals/${encodeURIComponent(referralId)}`);
}

/** The same client-made id on a retry answers with the stored referral. */
export function createReferral(input: ReferralInput): Promise<Referral> {
  return api.post("/api/referrals", input);
}

/** One step: 409 when it may not follow (or someone was first), 422 when a reason is missing. */
export function moveReferral(referralId: string, input: TransitionInput): Promise<Referral> {
  return api.post(`/api/referrals/${encodeURIComponent(referralId)}/transitions`, input);
}

/** A note without a change of status; 409 on a referral entered in error. */
export function addReferralNote(referralId: string, input: ReferralNoteInput): Promise<Referral> {
  return api.post(`/api/referrals/${encodeURIComponent(referralId)}/notes`, input);
}

/** The referrals of the persons the worker works with, a page at a time. */
export function listCaseloadReferrals(filters: ReferralListFilters, cursor: string | null, limit = 30): Promise<Page<Referral>> {
  return api.get(`/api/referrals${query({ status: filters.status, overdue: filters.overdue ? "true" : null, cursor, limit })}`);
}

/** Outcome figures for the worker's own persons, the team or the organisation (403 for a scope the role does not have). */
export function getReferralOutcomes(scope: RadarScope): Promise<ReferralOutcomes> {
  return api.get(`/api/referrals/outcomes${query({ scope })}`);
}

/** Where a referral goes: the social map's service or the organisation typed in. */
export function referralTarget(referral: Pick<Referral, "service" | "organisationName">): string {
  return referral.service?.name ?? referral.organisationName ?? "";
}
