import { describe, expect, it } from "vitest";
import { readRadarFilters, writeRadarFilters } from "./radarQuery.ts";

describe("the radar's filters in the URL", () => {
  it("reads what it wrote", () => {
    const filters = { scope: "team" as const, right: "leefloon", automatic: true };
    expect(readRadarFilters(writeRadarFilters(filters), "coordinator")).toEqual(filters);
    expect(writeRadarFilters({ scope: "mine", right: "", automatic: false }).toString()).toBe("");
  });

  it("keeps a worker to their own persons, whatever the URL says", () => {
    expect(readRadarFilters(new URLSearchParams("scope=organisation"), "worker").scope).toBe("mine");
    expect(readRadarFilters(new URLSearchParams("scope=team"), "admin").scope).toBe("mine");
    expect(readRadarFilters(new URLSearchParams("scope=organisation"), "admin").scope).toBe("organisation");
  });
});
