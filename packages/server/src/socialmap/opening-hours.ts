/**
 * Weekly opening hours from HSDS schedules (RFC 5545-style fields: freq, byday, opens_at,
 * closes_at, valid_from, valid_to), and whether a service is open at a moment in Belgian time.
 * Only what can be decided is used: a schedule without days or hours never says "open".
 */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningRule {
  days: Weekday[];
  /**
   * "HH:MM", local time in Belgium. `closes` may be "24:00" (until midnight); a `closes` before
   * `opens` is an overnight rule: open from `opens` to midnight on each listed day and from
   * midnight to `closes` on the day after.
   */
  opens: string;
  closes: string;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * A time as written in schedules: "09:00", "9:00", "09:00:00", "9 AM", "5:00 PM", "12:30 p.m.",
 * optionally followed by a zone ("17:00Z", "17:00+01:00", "09:00-05:00" as HSDS asks for, or
 * "17:00 CET", "9 AM UTC+1").
 * The zone is NOT converted: the clock time is taken as the local time in Belgium, since
 * publishers write their local opening hours and often add a wrong or stale offset.
 */
const TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:([ap])\.?\s*m\.?)?\s*(?:[a-z]{1,5})?(?:[+-]\d{1,2}(?::?\d{2})?)?$/i;
/** Anything else starting with "HH:MM" ("09:00 CET") is read by that start, unless it has an AM/PM we could not read. */
const TIME_START = /^(\d{1,2}):(\d{2})(?!\d)/;
const MERIDIEM = /\d\s*[ap]\.?\s*m\b/i;

function hhmm(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const full = TIME.exec(text);
  const match = full ?? (MERIDIEM.test(text) ? null : TIME_START.exec(text));
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const seconds = Number((full && match[3]) ?? 0);
  const meridiem = full ? match[4]?.toLowerCase() : undefined;
  if (full && match[2] === undefined && meridiem === undefined) return null; // a bare "9" is no time
  if (minutes > 59 || seconds > 59) return null;
  if (meridiem !== undefined) {
    if (hours > 12 || (hours === 0 && meridiem === "p")) return null;
    hours = (hours % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * The rule of one schedule row, or null when it does not describe weekly hours (MONTHLY and
 * other frequencies, no days, no readable times). `byday` may be separated by commas, spaces or
 * both, in any case ("MO,TU", "MO TU", "mo, tu"); ordinal forms ("1MO", "-1FR") belong to
 * MONTHLY rules and are no weekly day. A `closes_at` of "00:00" after a later
 * `opens_at` means until midnight ("24:00"); a `closes_at` before `opens_at` runs overnight.
 */
export function openingRule(schedule: Record<string, unknown>): OpeningRule | null {
  const freq = typeof schedule.freq === "string" ? schedule.freq.toUpperCase() : "WEEKLY";
  if (freq !== "WEEKLY" && freq !== "DAILY") return null;
  const opens = hhmm(schedule.opens_at);
  let closes = hhmm(schedule.closes_at);
  if (!opens || !closes) return null;
  if (closes === "00:00" && opens > "00:00") closes = "24:00";
  const byday = typeof schedule.byday === "string" ? schedule.byday.toUpperCase().split(/[\s,]+/).filter((d) => d !== "") : [];
  const days = freq === "DAILY" && byday.length === 0 ? [...WEEKDAYS] : WEEKDAYS.filter((d) => byday.includes(d));
  if (days.length === 0) return null;
  const date = (value: unknown): string | null => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
  return { days, opens, closes, validFrom: date(schedule.valid_from), validTo: date(schedule.valid_to) };
}

const belgianParts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const DAY_OF: Record<string, Weekday> = { Mon: "MO", Tue: "TU", Wed: "WE", Thu: "TH", Fri: "FR", Sat: "SA", Sun: "SU" };

/** The weekday, date and time of a moment in Belgium. */
export function belgianMoment(at: Date): { day: Weekday; date: string; time: string } {
  const parts = Object.fromEntries(belgianParts.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: DAY_OF[parts.weekday ?? "Mon"] ?? "MO", date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The calendar day before a "YYYY-MM-DD" date. */
function dayBefore(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) - 1)).toISOString().slice(0, 10);
}

const validOn = (r: OpeningRule, date: string): boolean => (r.validFrom === null || r.validFrom <= date) && (r.validTo === null || date <= r.validTo);

/**
 * Open at `at` by any rule (closing time exclusive; "24:00" means until midnight). An overnight
 * rule (closes before opens, e.g. 22:00–06:00 on FR) is open from opens to midnight on its days
 * and from midnight to closes on the following days (Saturday 00:00–06:00), the latter by the
 * validity of the day it started.
 */
export function isOpen(rules: readonly OpeningRule[], at: Date): boolean {
  const now = belgianMoment(at);
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(now.day) + 6) % 7] ?? now.day;
  let yesterdayDate: string | undefined;
  return rules.some((r) => {
    if (r.closes >= r.opens) return r.days.includes(now.day) && validOn(r, now.date) && r.opens <= now.time && now.time < r.closes;
    if (r.days.includes(now.day) && validOn(r, now.date) && r.opens <= now.time) return true;
    return r.days.includes(yesterday) && now.time < r.closes && validOn(r, (yesterdayDate ??= dayBefore(now.date)));
  });
}
