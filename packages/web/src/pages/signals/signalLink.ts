/**
 * Where the worker saw what they turn into a signal, read from the link that opened the form
 * (`/signals/new?from=referral&referralId=…`). Nothing of it links the signal to the referral or
 * the encounter: only the kind is kept. Kept apart from the form's code (and its personal data
 * check), so the person's page can offer the link without loading that.
 */
import type { Referral } from "../../api/referrals.ts";

export type SignalOrigin = { from: "referral"; referralId: string } | { from: "encounter"; personId: string } | { from: "own" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (value: string | null): value is string => value !== null && UUID.test(value);

/** A link that names no valid id opens the form on its own. */
export function readSignalOrigin(params: URLSearchParams): SignalOrigin {
  const from = params.get("from");
  const referralId = params.get("referralId");
  const personId = params.get("personId");
  if (from === "referral" && isId(referralId)) return { from: "referral", referralId };
  if (from === "encounter" && isId(personId)) return { from: "encounter", personId };
  return { from: "own" };
}

/** The link that opens the form from there. */
export function signalFormLink(origin: SignalOrigin): string {
  switch (origin.from) {
    case "referral":
      return `/signals/new?${new URLSearchParams({ from: "referral", referralId: origin.referralId }).toString()}`;
    case "encounter":
      return `/signals/new?${new URLSearchParams({ from: "encounter", personId: origin.personId }).toString()}`;
    case "own":
      return "/signals/new";
  }
}

export const ENDED_WITHOUT_HELP: readonly string[] = ["rejected", "failed"];

/** A referral that shows a barrier to help: refused, failed, or a step marked as a barrier (not one entered by mistake). */
export function showsBarrier(referral: Pick<Referral, "status" | "history">): boolean {
  if (referral.status === "entered_in_error") return false;
  return ENDED_WITHOUT_HELP.includes(referral.status) || (referral.history ?? []).some((s) => s.barrier);
}
