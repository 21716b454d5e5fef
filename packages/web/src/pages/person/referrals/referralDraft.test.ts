import { describe, expect, it } from "vitest";
import type { ReferralStatus } from "@nabij/domain";
import { NEW_REFERRAL, needsReason, referralInput, referralProblems } from "./referralDraft.ts";

describe("the referral form", () => {
  it("asks for where to, the kind of institution and the reason", () => {
    expect(referralProblems(NEW_REFERRAL)).toEqual({ organisationName: "target", institutionCategory: "category", reason: "reason" });
  });

  it("needs the person's consent only when something is shared", () => {
    const draft = { ...NEW_REFERRAL, organisationName: "Huurdersbond", institutionCategory: "housing" as const, reason: "Vocht" };
    expect(referralProblems(draft)).toEqual({});
    expect(referralProblems({ ...draft, shared: "Naam" })).toEqual({ consentGiven: "consent" });
    expect(referralProblems({ ...draft, shared: "Naam", consentGiven: true })).toEqual({});
  });

  it("sends a service or an organisation, never both, and leaves out empty texts", () => {
    const draft = { ...NEW_REFERRAL, service: { id: "s1", name: "OCMW" }, organisationName: "typed before", institutionCategory: "income" as const, reason: " Leefloon " };
    expect(referralInput(draft, "p1", "r1")).toEqual({ id: "r1", personId: "p1", serviceId: "s1", institutionCategory: "income", reason: "Leefloon", status: "requested" });
    const other = { ...draft, service: null, organisationName: " Huurdersbond ", shared: "Naam", consentGiven: true, handoverNote: "Bel 's middags", status: "draft" as const };
    expect(referralInput(other, "p1", "r1")).toEqual({
      id: "r1", personId: "p1", organisationName: "Huurdersbond", institutionCategory: "income", reason: "Leefloon", shared: "Naam", consentGiven: true, handoverNote: "Bel 's middags", status: "draft",
    });
  });

  it("asks a reason for the steps that show why it did not work", () => {
    const barriers: ReferralStatus[] = ["rejected", "cancelled", "on_hold", "failed"];
    expect(barriers.every(needsReason)).toBe(true);
    expect(needsReason("accepted")).toBe(false);
    expect(needsReason("completed")).toBe(false);
  });
});
