import { describe, expect, it } from "vitest";
import { isOpen, openingRule, type OpeningRule } from "../../src/socialmap/opening-hours.ts";

const times = (opens_at: string, closes_at: string): [string, string] | null => {
  const rule = openingRule({ freq: "WEEKLY", byday: "MO", opens_at, closes_at });
  return rule && [rule.opens, rule.closes];
};
const days = (byday: unknown, freq = "WEEKLY"): string[] | null => openingRule({ freq, byday, opens_at: "09:00", closes_at: "17:00" })?.days ?? null;

/** A moment in Belgium in January 2025 (CET, UTC+1): the 17th is a Friday. */
const brussels = (date: string, time: string): Date => new Date(`${date}T${time}:00+01:00`);
const THU = "2025-01-16";
const FRI = "2025-01-17";
const SAT = "2025-01-18";
const SUN = "2025-01-19";

const rule = (over: Partial<OpeningRule>): OpeningRule => ({ days: ["FR"], opens: "09:00", closes: "17:00", validFrom: null, validTo: null, ...over });

describe("openingRule", () => {
  it("reads 24-hour times as before", () => {
    expect(openingRule({ freq: "WEEKLY", byday: "MO,WE", opens_at: "9:00", closes_at: "12:30" })).toEqual({ days: ["MO", "WE"], opens: "09:00", closes: "12:30", validFrom: null, validTo: null });
    expect(times("09:00", "24:00")).toEqual(["09:00", "24:00"]);
    expect(times("09:00 uur", "17:00")).toEqual(["09:00", "17:00"]);
  });

  it("reads 12-hour times", () => {
    expect(times("9 AM", "5:00 PM")).toEqual(["09:00", "17:00"]);
    expect(times("12:30 pm", "11:45pm")).toEqual(["12:30", "23:45"]);
    expect(times("12 AM", "12 PM")).toEqual(["00:00", "12:00"]);
    expect(times("8:15 a.m.", "4:30 p.m.")).toEqual(["08:15", "16:30"]);
    expect(times("9:00 AM CET", "5 PM UTC+1")).toEqual(["09:00", "17:00"]);
    expect(times("13:00 PM", "17:00")).toBeNull();
    expect(times("0 PM", "17:00")).toBeNull();
  });

  it("reads seconds and zone suffixes, keeping the clock time as given (no zone conversion)", () => {
    expect(times("09:00:00", "17:30:59")).toEqual(["09:00", "17:30"]);
    expect(times("09:00:00.000", "17:00:00Z")).toEqual(["09:00", "17:00"]);
    expect(times("08:00Z", "17:00Z")).toEqual(["08:00", "17:00"]);
    expect(times("09:00+01:00", "17:00+01:00")).toEqual(["09:00", "17:00"]);
    expect(times("09:00-05:00", "17:00+0200")).toEqual(["09:00", "17:00"]);
  });

  it("refuses what is no time", () => {
    expect(times("9", "17:00")).toBeNull();
    expect(times("25:00", "26:00")).toBeNull();
    expect(times("24:30", "09:00")).toBeNull();
    expect(times("09:60", "17:00")).toBeNull();
    expect(times("09:00:61", "17:00")).toBeNull();
    expect(times("morning", "17:00")).toBeNull();
    expect(openingRule({ freq: "WEEKLY", byday: "MO", opens_at: 9, closes_at: "17:00" })).toBeNull();
  });

  it("reads byday separated by commas, spaces or both, in any case", () => {
    expect(days("MO,TU")).toEqual(["MO", "TU"]);
    expect(days("MO TU")).toEqual(["MO", "TU"]);
    expect(days("MO, TU")).toEqual(["MO", "TU"]);
    expect(days("mo,tu")).toEqual(["MO", "TU"]);
    expect(days(" su ,\tfr  sa,")).toEqual(["FR", "SA", "SU"]);
  });

  it("takes ordinal days for MONTHLY only, and still ignores MONTHLY", () => {
    expect(days("1MO,WE")).toEqual(["WE"]);
    expect(days("1MO -1FR")).toBeNull();
    expect(days("1MO,-1FR", "MONTHLY")).toBeNull();
    expect(days("MO", "MONTHLY")).toBeNull();
  });

  it("DAILY without days is every day; WEEKLY without days is nothing", () => {
    expect(days(undefined, "DAILY")).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(days("", "DAILY")).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(days("SA SU", "daily")).toEqual(["SA", "SU"]);
    expect(days(undefined)).toBeNull();
  });

  it('reads closes_at "00:00" or "24:00" after an earlier opens_at as until midnight', () => {
    expect(times("18:00", "00:00")).toEqual(["18:00", "24:00"]);
    expect(times("6 PM", "12 AM")).toEqual(["18:00", "24:00"]);
    expect(times("18:00", "24:00")).toEqual(["18:00", "24:00"]);
    expect(times("00:00", "24:00")).toEqual(["00:00", "24:00"]);
  });

  it("keeps an overnight rule as written (closes before opens)", () => {
    expect(times("22:00", "06:00")).toEqual(["22:00", "06:00"]);
  });
});

describe("isOpen", () => {
  it("keeps the behaviour for day rules: opens inclusive, closes exclusive, on the listed days within validity", () => {
    const rules = [rule({ days: ["MO", "WE", "FR"] })];
    expect(isOpen(rules, brussels(FRI, "09:00"))).toBe(true);
    expect(isOpen(rules, brussels(FRI, "16:59"))).toBe(true);
    expect(isOpen(rules, brussels(FRI, "08:59"))).toBe(false);
    expect(isOpen(rules, brussels(FRI, "17:00"))).toBe(false);
    expect(isOpen(rules, brussels(THU, "10:00"))).toBe(false);
    expect(isOpen([rule({ validFrom: SAT })], brussels(FRI, "10:00"))).toBe(false);
    expect(isOpen([rule({ validTo: THU })], brussels(FRI, "10:00"))).toBe(false);
    expect(isOpen([rule({ validFrom: FRI, validTo: FRI })], brussels(FRI, "10:00"))).toBe(true);
    expect(isOpen([], brussels(FRI, "10:00"))).toBe(false);
  });

  it("is open until midnight for a rule closing at 24:00 or 00:00", () => {
    const parsed = openingRule({ freq: "WEEKLY", byday: "FR", opens_at: "18:00", closes_at: "00:00" });
    expect(parsed).not.toBeNull();
    for (const r of [parsed!, rule({ opens: "18:00", closes: "24:00" }), rule({ opens: "18:00", closes: "00:00" })]) {
      expect(isOpen([r], brussels(FRI, "23:59"))).toBe(true);
      expect(isOpen([r], brussels(FRI, "17:59"))).toBe(false);
      expect(isOpen([r], brussels(SAT, "00:00"))).toBe(false);
    }
  });

  it("counts an overnight rule from opens to midnight on the day and from midnight to closes the day after", () => {
    const night = [openingRule({ freq: "WEEKLY", byday: "FR", opens_at: "22:00", closes_at: "06:00" })!];
    expect(isOpen(night, brussels(FRI, "21:59"))).toBe(false);
    expect(isOpen(night, brussels(FRI, "22:00"))).toBe(true);
    expect(isOpen(night, brussels(FRI, "23:59"))).toBe(true);
    expect(isOpen(night, brussels(SAT, "00:00"))).toBe(true);
    expect(isOpen(night, brussels(SAT, "05:59"))).toBe(true);
    expect(isOpen(night, brussels(SAT, "06:00"))).toBe(false);
    expect(isOpen(night, brussels(SAT, "22:30"))).toBe(false);
    expect(isOpen(night, brussels(FRI, "03:00"))).toBe(false); // Thursday night is not listed
    expect(isOpen(night, brussels(SUN, "03:00"))).toBe(false);
  });

  it("judges the hours after midnight by the validity of the day the night started", () => {
    expect(isOpen([rule({ opens: "22:00", closes: "06:00", validTo: FRI })], brussels(SAT, "03:00"))).toBe(true);
    expect(isOpen([rule({ opens: "22:00", closes: "06:00", validFrom: SAT })], brussels(SAT, "03:00"))).toBe(false);
    // Sunday night into Monday wraps around the week; 31 December into 1 January around the year.
    const sunday = [rule({ days: ["SU"], opens: "20:00", closes: "02:00", validFrom: "2024-12-29", validTo: "2024-12-29" })];
    expect(isOpen(sunday, brussels("2024-12-30", "01:00"))).toBe(true);
    const newYear = [rule({ days: ["TU"], opens: "20:00", closes: "02:00", validTo: "2024-12-31" })];
    expect(isOpen(newYear, brussels("2025-01-01", "01:59"))).toBe(true);
    expect(isOpen(newYear, brussels("2025-01-01", "02:00"))).toBe(false);
  });
});
