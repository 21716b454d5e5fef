/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, so a check gives the same answer in
 * every time zone.
 */

// Digits read by char code: this runs for every fact of every evaluation.
const digit = (date: string, i: number): number => date.charCodeAt(i) - 48;
const yearOf = (date: string): number => digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
const monthOf = (date: string): number => digit(date, 5) * 10 + digit(date, 6);
const dayOf = (date: string): number => digit(date, 8) * 10 + digit(date, 9);
const parts = (date: string): [number, number, number] => [yearOf(date), monthOf(date), dayOf(date)];

/** The month before the month of a date, as YYYY-MM. */
export function previousMonthOf(date: string): string {
  const y = yearOf(date);
  const m = monthOf(date);
  return m === 1 ? `${y - 1}-12` : `${date.slice(0, 5)}${m - 1 < 10 ? "0" : ""}${m - 1}`;
}

export { yearOf, monthOf };

/** Whole years from `from` to `to` (an age). */
export function yearsBetween(from: string, to: string): number {
  const m1 = monthOf(from);
  const m2 = monthOf(to);
  return yearOf(to) - yearOf(from) - (m2 < m1 || (m2 === m1 && dayOf(to) < dayOf(from)) ? 1 : 0);
}

/** Whole calendar months from `from` to `to` that were received in full: a leefloon from 15 January counts February as its first full month. */
export function fullMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2] = parts(to);
  const firstFull = y1 * 12 + (m1 - 1) + (d1 === 1 ? 0 : 1);
  const current = y2 * 12 + (m2 - 1); // the month of `to` is not over yet
  return Math.max(0, current - firstFull);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + "T00:00:00Z") - Date.parse(from + "T00:00:00Z")) / 86_400_000);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = new Date(value + "T00:00:00Z");
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === value;
}
