import { describe, expect, it } from "vitest";
import { consentRequest, draftProblems, EMPTY_DRAFT, endOfDay, localDay } from "./consentDraft.ts";

describe("the permission form", () => {
  it("asks for an organisation, at least one part and a reason, and an end that is not past", () => {
    expect(draftProblems(EMPTY_DRAFT, "2026-03-01")).toEqual({ organisationId: "organisationRequired", scopes: "scopesRequired", purpose: "purposeRequired" });
    const filled = { organisationId: "org", workerId: "", scopes: ["agenda" as const], purpose: " rent ", until: "2026-02-28" };
    expect(draftProblems(filled, "2026-03-01")).toEqual({ until: "untilInPast" });
    expect(draftProblems({ ...filled, until: "2026-03-01" }, "2026-03-01")).toEqual({});
  });

  it("sends the organisation, the worker only when chosen, and the end of the chosen day", () => {
    const draft = { organisationId: "org", workerId: "", scopes: ["agenda" as const, "appointments" as const], purpose: " rent ", until: "" };
    expect(consentRequest(draft)).toEqual({ recipientOrganisationId: "org", scopes: ["agenda", "appointments"], purpose: "rent" });
    const withEnd = consentRequest({ ...draft, workerId: "w", until: "2026-12-31" });
    expect(withEnd.recipientUserId).toBe("w");
    expect(withEnd.validUntil).toBe(endOfDay("2026-12-31"));
    const end = new Date(withEnd.validUntil ?? "");
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 11, 31, 23, 59]);
  });

  it("reads today as the person's own calendar day", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
