import { describe, expect, it } from "vitest";
import { makeFormatters } from "./format.ts";
import { browserLanguage, directionOf, intlLocale, isUiLanguage } from "./language.ts";

describe("language", () => {
  it("picks the first browser language we have, by its primary subtag", () => {
    expect(browserLanguage(["de-DE", "fr-FR", "nl"])).toBe("fr-BE");
    expect(browserLanguage(["nl-NL"])).toBe("nl-BE");
    expect(browserLanguage(["en-GB"])).toBe("en");
    expect(browserLanguage(["de", "tr"])).toBeNull();
  });

  it("knows which languages are written right to left", () => {
    for (const rtl of ["ar", "ar-MA", "he", "fa", "ur"]) expect(directionOf(rtl)).toBe("rtl");
    for (const ltr of ["nl-BE", "fr-BE", "en", "tr"]) expect(directionOf(ltr)).toBe("ltr");
  });

  it("formats in Belgian conventions, English included", () => {
    expect(intlLocale("en")).toBe("en-BE");
    const nl = makeFormatters("nl-BE");
    const fr = makeFormatters("fr-BE");
    expect(nl.date("2026-03-07")).toMatch(/7 mrt 2026/);
    expect(fr.date("2026-03-07")).toMatch(/7 mars 2026/);
    expect(makeFormatters("en").date("2026-03-07")).toMatch(/^0?7 Mar 2026$/);
    expect(nl.number(1234.5)).toBe("1.234,5");
    expect(fr.number(1234.5)).toMatch(/^1\s234,5$/);
    expect(nl.minutes(30)).toBe("30 min");
    expect(nl.money(1288.4)).toMatch(/^€\s1\.288,40$/);
    expect(nl.money(25000)).toMatch(/^€\s25\.000$/);
    expect(makeFormatters("ar").time("2026-03-07T17:05:00Z")).toMatch(/^\d{2}:05$|^[٠-٩]{2}:٠٥$/);
  });

  it("reads a birth date as a calendar day, whatever the time zone", () => {
    expect(makeFormatters("nl-BE").date("2000-01-01")).toMatch(/^1 jan 2000$/);
  });

  it("accepts only the UI languages", () => {
    expect(isUiLanguage("fr-BE")).toBe(true);
    expect(isUiLanguage("fr")).toBe(false);
    expect(isUiLanguage(null)).toBe(false);
  });
});
