import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayTransition, nextStatuses, REASON_REQUIRED, REFERRAL_STATUSES, transitionProblem, type ReferralStatus } from "../src/referrals.ts";

describe("the referral state machine (HL7 Gravity SDOH referral task states)", () => {
  it("follows the documented arrows, and anything can be entered in error", () => {
    expect(nextStatuses("draft")).toEqual(["requested", "entered_in_error"]);
    expect(nextStatuses("requested")).toEqual(["accepted", "rejected", "cancelled", "entered_in_error"]);
    expect(nextStatuses("accepted")).toEqual(["in_progress", "on_hold", "completed", "failed", "cancelled", "entered_in_error"]);
    expect(mayTransition("in_progress", "on_hold") && mayTransition("on_hold", "in_progress")).toBe(true);
    for (const end of ["rejected", "cancelled", "completed", "failed"] as const) expect(nextStatuses(end)).toEqual(["entered_in_error"]);
    expect(nextStatuses("entered_in_error")).toEqual([]);
    expect(mayTransition("draft", "accepted")).toBe(false);
  });

  it("allows exactly the arrows of the issue's table, written out here by hand", () => {
    const arrows = new Set([
      "draft>requested", "requested>accepted", "requested>rejected", "requested>cancelled",
      "accepted>in_progress", "accepted>on_hold", "accepted>completed", "accepted>failed", "accepted>cancelled",
      "in_progress>on_hold", "in_progress>completed", "in_progress>failed", "in_progress>cancelled",
      "on_hold>in_progress", "on_hold>completed", "on_hold>failed", "on_hold>cancelled",
    ]);
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) {
        const expected = arrows.has(`${from}>${to}`) || (to === "entered_in_error" && from !== "entered_in_error");
        expect(mayTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("asks a reason for rejected, cancelled, on hold and failed, and names the allowed states otherwise", () => {
    expect(transitionProblem("requested", "rejected", "  ")).toEqual({ kind: "reason_required" });
    expect(transitionProblem("requested", "rejected", "Wachtlijst van een jaar")).toBeUndefined();
    expect(transitionProblem("draft", "completed", undefined)).toEqual({ kind: "not_allowed", allowed: ["requested", "entered_in_error"] });
  });

  it("a random walk that only takes allowed steps never gets stuck before an end state, and every refused step names what is allowed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REFERRAL_STATUSES), { maxLength: 12 }), fc.boolean(), (wanted, withReason) => {
        let status: ReferralStatus = "draft";
        for (const to of wanted) {
          const problem = transitionProblem(status, to, withReason ? "omdat" : undefined);
          if (problem === undefined) status = to;
          else if (problem.kind === "not_allowed") expect(problem.allowed).toEqual(nextStatuses(status));
          else expect(REASON_REQUIRED).toContain(to);
        }
        expect(REFERRAL_STATUSES).toContain(status);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
