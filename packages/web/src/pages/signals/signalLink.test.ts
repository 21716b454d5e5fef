import { describe, expect, it } from "vitest";
import type { Referral, ReferralStep } from "../../api/referrals.ts";
import { readSignalOrigin, showsBarrier, signalFormLink } from "./signalLink.ts";

const ID = "0196f3a2-7c1e-7000-8000-000000000001";
const someone = { id: "u1", displayName: "Sam" };
const step = (seq: number, patch: Partial<ReferralStep>): ReferralStep => ({ seq, kind: "status", from: null, to: "requested", reason: null, ownWords: null, barrier: false, barrierReason: null, at: "2026-11-01T10:00:00Z", by: someone, ...patch });
const referral = (patch: Partial<Referral>): Referral => ({
  id: ID, personId: "p1", person: someone, service: { id: "s1", name: "Juridische tweedelijnsbijstand" }, organisationName: null, institutionCategory: "justice", reason: "Brief",
  shared: null, consentGiven: false, handoverNote: null, status: "requested", statusChangedAt: "2026-11-01T10:00:00Z", outcomeOwnWords: null, next: [], overdue: false,
  createdBy: someone, createdAt: "2026-11-01T10:00:00Z", version: 1, history: [step(1, {})], ...patch,
});

describe("the link to raise a signal", () => {
  it("reads the link, and opens on its own without a valid id", () => {
    expect(readSignalOrigin(new URLSearchParams(`from=referral&referralId=${ID}`))).toEqual({ from: "referral", referralId: ID });
    expect(readSignalOrigin(new URLSearchParams(`from=encounter&personId=${ID}`))).toEqual({ from: "encounter", personId: ID });
    expect(readSignalOrigin(new URLSearchParams("from=referral&referralId=../x"))).toEqual({ from: "own" });
    expect(readSignalOrigin(new URLSearchParams())).toEqual({ from: "own" });
    expect(readSignalOrigin(new URLSearchParams(signalFormLink({ from: "referral", referralId: ID }).split("?")[1]))).toEqual({ from: "referral", referralId: ID });
  });

  it("offers a signal for a referral refused, failed, or with a barrier on the way", () => {
    expect(showsBarrier(referral({}))).toBe(false);
    expect(showsBarrier(referral({ status: "failed" }))).toBe(true);
    expect(showsBarrier(referral({ status: "rejected" }))).toBe(true);
    const noted = [step(1, {}), step(2, { kind: "note", from: "in_progress", to: "in_progress", barrier: true })];
    expect(showsBarrier(referral({ status: "in_progress", history: noted }))).toBe(true);
    expect(showsBarrier(referral({ status: "entered_in_error", history: noted }))).toBe(false);
  });
});
