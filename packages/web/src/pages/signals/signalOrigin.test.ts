import { describe, expect, it } from "vitest";
import type { Referral, ReferralStep } from "../../api/referrals.ts";
import { barrierStep, draftFromEncounter, draftFromReferral } from "./signalOrigin.ts";

const ID = "0196f3a2-7c1e-7000-8000-000000000001";
const someone = { id: "u1", displayName: "Sam" };
const step = (seq: number, patch: Partial<ReferralStep>): ReferralStep => ({ seq, kind: "status", from: null, to: "requested", reason: null, ownWords: null, barrier: false, barrierReason: null, at: "2026-11-01T10:00:00Z", by: someone, ...patch });
const referral = (patch: Partial<Referral>): Referral => ({
  id: ID, personId: "p1", person: someone, service: { id: "s1", name: "Juridische tweedelijnsbijstand" }, organisationName: null, institutionCategory: "justice", reason: "Brief",
  shared: null, consentGiven: false, handoverNote: null, status: "requested", statusChangedAt: "2026-11-01T10:00:00Z", outcomeOwnWords: null, next: [], overdue: false,
  createdBy: someone, createdAt: "2026-11-01T10:00:00Z", version: 1, history: [step(1, {})], ...patch,
});

describe("what the signal form starts with", () => {
  it("starts from the latest barrier step, else the refusal", () => {
    const failed = step(3, { from: "in_progress", to: "failed", reason: "Geen tolk", barrier: true });
    const note = step(4, { kind: "note", from: "failed", to: "failed", reason: "Wachtlijst van zes maanden", barrier: true, barrierReason: "waiting_list" });
    expect(barrierStep(referral({ history: [note, failed, step(1, {})] }))).toBe(note);
    const rejected = step(2, { from: "requested", to: "rejected", reason: "Niet voor ons" });
    expect(barrierStep(referral({ history: [step(1, {}), rejected] }))).toBe(rejected);
    expect(barrierStep(referral({}))).toBeNull();
  });

  it("fills the form from the referral's barrier: institution, service, reason, the person to count", () => {
    const note = step(4, { kind: "note", from: "failed", to: "failed", reason: "Wachtlijst van zes maanden", barrier: true, barrierReason: "waiting_list" });
    expect(draftFromReferral(referral({ status: "failed", history: [note] }))).toMatchObject({
      text: "Wachtlijst van zes maanden", institution: "Juridische tweedelijnsbijstand", service: { id: "s1", name: "Juridische tweedelijnsbijstand" },
      personId: "p1", countPerson: true, source: "referral_barrier", barrierReason: "waiting_list",
    });
    expect(draftFromReferral(referral({ service: null, organisationName: "Huurdersbond", history: [] }))).toMatchObject({ text: "", institution: "Huurdersbond", service: null, barrierReason: "" });
  });

  it("counts the person of an encounter", () => {
    expect(draftFromEncounter("p1")).toMatchObject({ personId: "p1", countPerson: true, source: "encounter" });
  });
});
