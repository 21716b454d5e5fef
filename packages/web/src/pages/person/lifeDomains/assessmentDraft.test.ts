import { assessmentCreate } from "@nabij/domain";
import { describe, expect, it } from "vitest";
import { assessedAt, domainOfField, EMPTY_DOMAIN, localDay, toAssessmentInput, type AssessmentDraft } from "./assessmentDraft.ts";

const now = new Date(2026, 10, 29, 9, 5);
const draft: AssessmentDraft = {
  ratings: {
    housing: { person: 2, worker: null, note: "" },
    income: { person: null, worker: null, note: "  Schuldbemiddeling loopt " },
    work: EMPTY_DOMAIN,
    mobility: { person: 4, worker: 3, note: "" },
  },
  personTookPart: true,
  workerIds: [],
  others: " ",
  date: localDay(now),
  note: "",
};

describe("an assessment draft", () => {
  it("sends only the domains with a rating or a note, in the organisation's order", () => {
    const { input, keys } = toAssessmentInput(draft, ["income", "housing", "work", "mobility"], now.toISOString());
    expect(keys).toEqual(["income", "housing", "mobility"]);
    expect(input.ratings).toEqual([
      { domain: "income", note: "Schuldbemiddeling loopt" },
      { domain: "housing", personRating: 2 },
      { domain: "mobility", personRating: 4, workerRating: 3 },
    ]);
    expect(input.participants).toEqual({ person: true });
    expect(assessmentCreate.safeParse(input).success).toBe(true);
  });

  it("takes now for today, and noon for another day", () => {
    expect(assessedAt(localDay(now), now)).toBe(now.toISOString());
    expect(assessedAt("2026-11-20", now)).toBe(new Date(2026, 10, 20, 12).toISOString());
    expect(assessedAt("", now)).toBeNull();
  });

  it("finds the domain a field error is about", () => {
    expect(domainOfField("ratings.1.domain", ["income", "housing"])).toBe("housing");
    expect(domainOfField("ratings.0", ["income"])).toBe("income");
    expect(domainOfField("note", ["income"])).toBeNull();
  });
});
