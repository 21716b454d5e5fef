import { z } from "zod";

/**
 * Referrals (toeleiding): the worker connects the person to a service or organisation and
 * follows it until the person really has access. The status follows the HL7 Gravity SDOH
 * referral task states (a FHIR Task's states).
 */
export const REFERRAL_STATUSES = ["draft", "requested", "accepted", "rejected", "cancelled", "in_progress", "on_hold", "completed", "failed", "entered_in_error"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The kind of basic institution the person is connected to (for outcome figures per category). */
export const INSTITUTION_CATEGORIES = ["education", "health", "labour", "housing", "income", "justice", "care", "other"] as const;
export type InstitutionCategory = (typeof INSTITUTION_CATEGORIES)[number];

/** Which status may follow which (entered_in_error is reachable from every status: see mayTransition). */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  draft: ["requested"],
  requested: ["accepted", "rejected", "cancelled"],
  accepted: ["in_progress", "on_hold", "completed", "failed", "cancelled"],
  in_progress: ["on_hold", "completed", "failed", "cancelled"],
  on_hold: ["in_progress", "completed", "failed", "cancelled"],
  rejected: [],
  cancelled: [],
  completed: [],
  failed: [],
  entered_in_error: [],
};

/** A status change that needs a reason: the reason is what makes a barrier visible. */
export const REASON_REQUIRED: readonly ReferralStatus[] = ["rejected", "cancelled", "on_hold", "failed"];

/** Why access did not come: a structured reason, so a barrier can later become a structural signal. */
export const BARRIER_REASONS = ["waiting_list", "not_eligible", "unreachable", "cost", "language", "documents_missing", "distance_or_mobility", "digital_only", "refused_by_service", "other"] as const;
export type BarrierReason = (typeof BARRIER_REASONS)[number];

/** Outcomes that show a barrier to access (and can become a structural signal). */
export const BARRIER_STATUSES: readonly ReferralStatus[] = ["rejected", "failed"];

/** Where a referral can go next from a status. */
export function nextStatuses(from: ReferralStatus): ReferralStatus[] {
  return from === "entered_in_error" ? [] : [...REFERRAL_TRANSITIONS[from], "entered_in_error"];
}

export function mayTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return nextStatuses(from).includes(to);
}

/** A referral is open while it may still lead to access. */
export function isOpenReferral(status: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[status].length > 0;
}

export type TransitionProblem = { kind: "not_allowed"; allowed: ReferralStatus[] } | { kind: "reason_required" };

/** Why a transition is refused, or undefined when it may happen. */
export function transitionProblem(from: ReferralStatus, to: ReferralStatus, reason: string | undefined): TransitionProblem | undefined {
  if (!mayTransition(from, to)) return { kind: "not_allowed", allowed: nextStatuses(from) };
  if (REASON_REQUIRED.includes(to) && !reason?.trim()) return { kind: "reason_required" };
  return undefined;
}

const text = (max: number) => z.string().trim().max(max);

export const referralCreate = z
  .strictObject({
    id: z.uuid().optional(),
    personId: z.uuid(),
    /** A service of the organisation's social map, or a free-text organisation. */
    serviceId: z.string().trim().min(1).max(200).optional(),
    organisationName: text(200).min(1).optional(),
    institutionCategory: z.enum(INSTITUTION_CATEGORIES),
    reason: text(2000).min(1, "Required"),
    /** What may be shared with the service, and the person's consent to it. */
    shared: text(2000).optional(),
    consentGiven: z.boolean().optional(),
    handoverNote: text(4000).optional(),
    status: z.enum(["draft", "requested"]).optional(),
  })
  .refine((r) => Boolean(r.serviceId) !== Boolean(r.organisationName), { message: "Give a service of the social map or the name of an organisation, not both", path: ["serviceId"] })
  .refine((r) => !r.shared || r.consentGiven === true, { message: "Sharing needs the person's consent", path: ["consentGiven"], params: { reason: "consent_required" } });
export type ReferralCreate = z.infer<typeof referralCreate>;

export const referralTransition = z.strictObject({
  to: z.enum(REFERRAL_STATUSES),
  reason: text(2000).optional(),
  /** The outcome in the person's own words (for completed, or any step). */
  ownWords: text(4000).optional(),
  /** Marks this step's reason as a barrier to access (always so for rejected and failed). */
  barrier: z.boolean().optional(),
  /** What kind of barrier, for signals later. */
  barrierReason: z.enum(BARRIER_REASONS).optional(),
  /** The version the worker saw; a stale one is refused. */
  version: z.number().int().positive(),
});
export type ReferralTransition = z.infer<typeof referralTransition>;

/** A note in a referral's history without a change of status; marked as a barrier, it can become a signal. */
export const referralNote = z
  .strictObject({
    text: text(4000).min(1, "Required"),
    barrier: z.boolean().optional(),
    barrierReason: z.enum(BARRIER_REASONS).optional(),
  })
  .refine((n) => n.barrierReason === undefined || n.barrier === true, { message: "A barrier reason goes with a note marked as barrier", path: ["barrierReason"], params: { reason: "barrier_reason_without_barrier" } });
export type ReferralNote = z.infer<typeof referralNote>;
