import { describe, expect, it } from "vitest";
import { readRadarFilters, writeRadarFilters } from "./radarQuery.ts";

describe("the radar's filters in the URL", () => {
  it("reads what it wrote", () => {
    const filters = { scope: "team" as const, right: "leefloon", automatic: true };
    expect(readRadarFilters(writeRadarFilters(filters, "coordinator"), "coordinator")).toEqual(filters);
    expect(writeRadarFilters({ scope: "mine", right: "", automatic: false }, "worker").toString()).toBe("");
    const mine = { scope: "mine" as const, right: "", automatic: false };
    expect(readRadarFilters(writeRadarFilters(mine, "admin"), "admin")).toEqual(mine);
  });

  it("keeps a worker to their own persons, whatever the URL says", () => {
    expect(readRadarFilters(new URLSearchParams("scope=organisation"), "worker").scope).toBe("mine");
    expect(readRadarFilters(new URLSearchParams("scope=organisation"), "admin").scope).toBe("organisation");
  });

  it("opens an administrator's radar on the organisation, the scope that is theirs", () => {
    expect(readRadarFilters(new URLSearchParams(""), "admin").scope).toBe("organisation");
    expect(readRadarFilters(new URLSearchParams("scope=team"), "admin").scope).toBe("organisation");
    expect(writeRadarFilters({ scope: "organisation", right: "", automatic: false }, "admin").toString()).toBe("");
  });
});
