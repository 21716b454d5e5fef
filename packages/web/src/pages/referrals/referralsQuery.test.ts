import { describe, expect, it } from "vitest";
import { readReferralsView, writeReferralsView } from "./referralsQuery.ts";

describe("the referrals page's choices in the URL", () => {
  it("reads what it wrote, and writes nothing for the defaults", () => {
    const view = { status: "failed" as const, overdue: true, scope: "team" as const };
    expect(readReferralsView(writeReferralsView(view, "coordinator"), "coordinator")).toEqual(view);
    expect(writeReferralsView({ status: "", overdue: false, scope: "mine" }, "worker").toString()).toBe("");
    expect(writeReferralsView({ status: "", overdue: false, scope: "organisation" }, "admin").toString()).toBe("");
  });

  it("ignores a status that does not exist", () => {
    expect(readReferralsView(new URLSearchParams("status=lost&overdue=yes"), "worker")).toEqual({ status: "", overdue: false, scope: "mine" });
  });

  it("keeps a worker's figures to their own persons, whatever the URL says", () => {
    expect(readReferralsView(new URLSearchParams("scope=organisation"), "worker").scope).toBe("mine");
    expect(readReferralsView(new URLSearchParams("scope=team"), "admin").scope).toBe("organisation");
    expect(readReferralsView(new URLSearchParams("scope=organisation"), "coordinator").scope).toBe("organisation");
  });
});
