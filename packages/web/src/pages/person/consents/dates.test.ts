import { describe, expect, it } from "vitest";
import { localDateValue, startInstant, validFromInput, validUntilInput } from "./dates.ts";

const now = new Date(2026, 10, 29, 9, 5, 42);

describe("consent dates", () => {
  it("shows today as the date input's value", () => {
    expect(localDateValue(now)).toBe("2026-11-29");
    expect(localDateValue(new Date(2026, 0, 2))).toBe("2026-01-02");
  });

  it("leaves the start out when it is today, so the server takes now", () => {
    expect(validFromInput("2026-11-29", now)).toEqual({});
    expect(startInstant("2026-11-29", now)).toBe(now.getTime());
  });

  it("starts another day at its beginning", () => {
    const from = validFromInput("2026-12-01", now);
    expect(from?.validFrom).toBe(new Date(2026, 11, 1).toISOString());
  });

  it("ends a consent at the end of its last day, so that day is included", () => {
    expect(validUntilInput("2026-12-31")).toBe(new Date(2026, 11, 31, 23, 59, 59).toISOString());
    // Valid until today still lies after a start of now.
    expect(new Date(validUntilInput("2026-11-29") ?? "").getTime()).toBeGreaterThan(startInstant("2026-11-29", now) ?? Infinity);
  });

  it("refuses what is not a date", () => {
    expect(validFromInput("", now)).toBeNull();
    expect(validUntilInput("29/11/2026")).toBeNull();
    expect(startInstant("", now)).toBeNull();
  });
});
