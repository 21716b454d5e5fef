import { domainSettings, LIFE_DOMAINS } from "@nabij/domain";
import { describe, expect, it } from "vitest";
import { labelProblems, ownDomainKey, rowsOf, toSettings } from "./lifeDomainRows.ts";

const builtIn = LIFE_DOMAINS.map((key) => ({ key, labels: null, hidden: false, builtIn: true }));

describe("the organisation's life domains", () => {
  it("makes an own domain's key from its Dutch name, unique", () => {
    expect(ownDomainKey("Budget & schulden (coaching)", [])).toBe("own_budget_schulden_coaching");
    expect(ownDomainKey("Zingeving", ["own_zingeving"])).toBe("own_zingeving_2");
    expect(ownDomainKey("Één", [])).toBe("own_een");
    expect(ownDomainKey("!!!", [])).toBe("own_domain");
    expect(ownDomainKey("x".repeat(80), []).length).toBeLessThanOrEqual(49);
  });

  it("sends every domain in order; a partly renamed built-in one keeps its own name where empty", () => {
    const rows = rowsOf(builtIn);
    rows[1] = { ...rows[1]!, labels: { "nl-BE": "Woonst", "fr-BE": "", en: "" }, hidden: true };
    rows.push({ key: "own_zingeving", labels: { "nl-BE": "Zingeving", "fr-BE": "Sens", en: "Meaning" }, hidden: false, builtIn: false, added: true });
    const settings = toSettings(rows, (key, language) => `${key}@${language}`);
    expect(settings[0]).toEqual({ key: "income", hidden: false });
    expect(settings[1]).toEqual({ key: "housing", hidden: true, labels: { "nl-BE": "Woonst", "fr-BE": "housing@fr-BE", en: "housing@en" } });
    expect(domainSettings.safeParse({ domains: settings, version: 0 }).success).toBe(true);
  });

  it("asks an own domain for all three names", () => {
    const own = { key: "own_x", labels: { "nl-BE": "X", "fr-BE": " ", en: "" }, hidden: false, builtIn: false, added: true };
    expect(labelProblems(own)).toEqual({ "fr-BE": "required", en: "required" });
    expect(labelProblems({ ...own, builtIn: true })).toEqual({});
  });
});
