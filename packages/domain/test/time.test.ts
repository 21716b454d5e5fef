import { describe, expect, it } from "vitest";
import { belgianDay } from "../src/time.ts";

describe("belgianDay", () => {
  it("gives the Belgian date and its bounds, in winter and in summer time", () => {
    expect(belgianDay(new Date("2026-11-29T23:30:00Z"))).toEqual({ date: "2026-11-30", start: new Date("2026-11-29T23:00:00Z"), end: new Date("2026-11-30T23:00:00Z") });
    expect(belgianDay(new Date("2026-07-01T21:59:00Z"))).toEqual({ date: "2026-07-01", start: new Date("2026-06-30T22:00:00Z"), end: new Date("2026-07-01T22:00:00Z") });
  });

  it("a day with a clock change is 23 or 25 hours long", () => {
    const spring = belgianDay(new Date("2026-03-29T12:00:00Z"));
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = belgianDay(new Date("2026-10-25T12:00:00Z"));
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });
});
