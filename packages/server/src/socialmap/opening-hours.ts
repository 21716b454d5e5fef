/**
 * Weekly opening hours from HSDS schedules (RFC 5545-style fields: freq, byday, opens_at,
 * closes_at, valid_from, valid_to), and whether a service is open at a moment in Belgian time.
 * Only what can be decided is used: a schedule without days or hours never says "open".
 */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningRule {
  days: Weekday[];
  /** "HH:MM", local time in Belgium. */
  opens: string;
  closes: string;
  validFrom: string | null;
  validTo: string | null;
}

const TIME = /^(\d{1,2}):(\d{2})/;

function hhmm(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = TIME.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** The rule of one schedule row, or null when it does not describe weekly hours. */
export function openingRule(schedule: Record<string, unknown>): OpeningRule | null {
  const freq = typeof schedule.freq === "string" ? schedule.freq.toUpperCase() : "WEEKLY";
  if (freq !== "WEEKLY" && freq !== "DAILY") return null;
  const opens = hhmm(schedule.opens_at);
  const closes = hhmm(schedule.closes_at);
  if (!opens || !closes) return null;
  const byday = typeof schedule.byday === "string" ? schedule.byday.toUpperCase().split(",").map((d) => d.trim().slice(-2)) : [];
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

/** Open at `at` by any rule (closing time exclusive; "24:00" means until midnight). */
export function isOpen(rules: readonly OpeningRule[], at: Date): boolean {
  const now = belgianMoment(at);
  return rules.some(
    (r) => r.days.includes(now.day) && (r.validFrom === null || r.validFrom <= now.date) && (r.validTo === null || now.date <= r.validTo) && r.opens <= now.time && now.time < r.closes,
  );
}
