import { REASON_REQUIRED, type InstitutionCategory, type ReferralStatus } from "@nabij/domain";
import type { ReferralInput } from "../../../api/referrals.ts";

/** The referral form as typed: a service of the social map, or else an organisation by name. */
export interface ReferralDraft {
  service: { id: string; name: string | null } | null;
  organisationName: string;
  institutionCategory: InstitutionCategory | "";
  reason: string;
  shared: string;
  consentGiven: boolean;
  handoverNote: string;
  status: "draft" | "requested";
}

export const NEW_REFERRAL: ReferralDraft = {
  service: null,
  organisationName: "",
  institutionCategory: "",
  reason: "",
  shared: "",
  consentGiven: false,
  handoverNote: "",
  status: "requested",
};

export type ReferralProblem = "target" | "category" | "reason" | "consent";

/** What is missing, per field, as keys of `referral.invalid` (empty when the draft can be sent). */
export function referralProblems(draft: ReferralDraft): Record<string, ReferralProblem> {
  const problems: Record<string, ReferralProblem> = {};
  if (!draft.service && !draft.organisationName.trim()) problems.organisationName = "target";
  if (!draft.institutionCategory) problems.institutionCategory = "category";
  if (!draft.reason.trim()) problems.reason = "reason";
  if (draft.shared.trim() && !draft.consentGiven) problems.consentGiven = "consent";
  return problems;
}

/** The request body; call only when referralProblems found nothing. */
export function referralInput(draft: ReferralDraft, personId: string, id: string): ReferralInput {
  const text = (value: string): string | undefined => value.trim() || undefined;
  const shared = text(draft.shared);
  const handoverNote = text(draft.handoverNote);
  return {
    id,
    personId,
    ...(draft.service ? { serviceId: draft.service.id } : { organisationName: draft.organisationName.trim() }),
    institutionCategory: draft.institutionCategory || "other",
    reason: draft.reason.trim(),
    ...(shared ? { shared, consentGiven: draft.consentGiven } : {}),
    ...(handoverNote ? { handoverNote } : {}),
    status: draft.status,
  };
}

/** Whether a step to `to` asks for a reason (it makes a barrier visible). */
export function needsReason(to: ReferralStatus): boolean {
  return REASON_REQUIRED.includes(to);
}
