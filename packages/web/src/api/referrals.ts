import type { InstitutionCategory, ReferralStatus } from "@nabij/domain";
import { api } from "./client.ts";

export interface Someone {
  id: string;
  displayName: string;
}

/** One step of a referral: from where to where, why, and whether it shows a barrier to access. */
export interface ReferralStep {
  seq: number;
  from: ReferralStatus | null;
  to: ReferralStatus;
  reason: string | null;
  ownWords: string | null;
  barrier: boolean;
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

/** The person's referrals, newest first, each with its steps. */
export async function listReferrals(personId: string): Promise<Referral[]> {
  return (await api.get<{ items: Referral[] }>(`/api/persons/${encodeURIComponent(personId)}/referrals`)).items;
}

/** The same client-made id on a retry answers with the stored referral. */
export function createReferral(input: ReferralInput): Promise<Referral> {
  return api.post("/api/referrals", input);
}

/** One step: 409 when it may not follow (or someone was first), 422 when a reason is missing. */
export function moveReferral(referralId: string, input: TransitionInput): Promise<Referral> {
  return api.post(`/api/referrals/${encodeURIComponent(referralId)}/transitions`, input);
}

/** Where a referral goes: the social map's service or the organisation typed in. */
export function referralTarget(referral: Pick<Referral, "service" | "organisationName">): string {
  return referral.service?.name ?? referral.organisationName ?? "";
}
