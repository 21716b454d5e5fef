import { BARRIER_REASONS, type BarrierReason } from "@nabij/domain";
import type { ReferralNoteInput } from "../../../api/referrals.ts";

/** A note in a referral's history, without a change of status; it may mark a barrier to access, and what kind. */
export interface ReferralNoteDraft {
  text: string;
  barrier: boolean;
  barrierReason: BarrierReason | "";
}

export const NEW_REFERRAL_NOTE: ReferralNoteDraft = { text: "", barrier: false, barrierReason: "" };

export const isBarrierReason = (value: string | null): value is BarrierReason => (BARRIER_REASONS as readonly (string | null)[]).includes(value);

export function referralNoteProblems(draft: ReferralNoteDraft): Record<string, "text"> {
  return draft.text.trim() ? {} : { text: "text" };
}

/** The request body: a barrier reason only goes with a barrier (the server refuses it otherwise). */
export function referralNoteInput(draft: ReferralNoteDraft): ReferralNoteInput {
  if (!draft.barrier) return { text: draft.text.trim() };
  return { text: draft.text.trim(), barrier: true, ...(draft.barrierReason ? { barrierReason: draft.barrierReason } : {}) };
}
