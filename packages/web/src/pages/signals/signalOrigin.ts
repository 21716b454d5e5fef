/** What the signal form starts with, from where the worker saw it (see signalLink.ts). */
import { referralTarget, type Referral, type ReferralStep } from "../../api/referrals.ts";
import { isBarrierReason } from "../person/referrals/referralNoteDraft.ts";
import { NEW_SIGNAL, type SignalDraft } from "./signalDraft.ts";
import { ENDED_WITHOUT_HELP } from "./signalLink.ts";

/** The step that says what stood in the way: the latest marked as a barrier, else the latest refusal or failure. */
export function barrierStep(referral: Pick<Referral, "history">): ReferralStep | null {
  const steps = [...(referral.history ?? [])].sort((a, b) => b.seq - a.seq);
  return steps.find((s) => s.barrier) ?? steps.find((s) => s.kind === "status" && ENDED_WITHOUT_HELP.includes(s.to)) ?? null;
}

/** From a referral's barrier: where to, what kind of barrier, the person to count, and the step's words to start from. */
export function draftFromReferral(referral: Referral): SignalDraft {
  const step = barrierStep(referral);
  const reason = step?.barrierReason ?? null;
  return {
    ...NEW_SIGNAL,
    text: step?.reason ?? "",
    institution: referralTarget(referral),
    service: referral.service,
    personId: referral.personId,
    countPerson: true,
    source: "referral_barrier",
    barrierReason: isBarrierReason(reason) ? reason : "",
  };
}

/** From an encounter: the person to count. */
export function draftFromEncounter(personId: string): SignalDraft {
  return { ...NEW_SIGNAL, personId, countPerson: true, source: "encounter" };
}
