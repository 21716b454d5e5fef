/**
 * The Belgian national number (INSZ / NISS, rijksregisternummer) and the BIS number.
 *
 * Layout: YYMMDD SSS CC. CC = 97 - (YYMMDDSSS mod 97); for births from 2000 on the
 * number is prefixed with a 2 before taking the modulus. BIS numbers add 20 (sex unknown)
 * or 40 (sex known) to the month. Month and day may be 00 when the birth date is unknown.
 */
export type InszCheck =
  | { valid: true; normalized: string; kind: "national" | "bis"; birthYear: number }
  | { valid: false; reason: "format" | "date" | "checksum" };

const DIGITS = /^\d{11}$/;

/** Strips the usual separators (spaces, dots, dashes) that people type. */
export function normalizeInsz(input: string): string {
  return input.replace(/[\s.-]/g, "");
}

export function checkInsz(input: string): InszCheck {
  const normalized = normalizeInsz(input);
  if (!DIGITS.test(normalized)) return { valid: false, reason: "format" };
  const base = normalized.slice(0, 9);
  const check = Number(normalized.slice(9));
  const yy = Number(normalized.slice(0, 2));
  const rawMonth = Number(normalized.slice(2, 4));
  const day = Number(normalized.slice(4, 6));

  const kind = rawMonth >= 20 ? "bis" : "national";
  const month = rawMonth >= 40 ? rawMonth - 40 : rawMonth >= 20 ? rawMonth - 20 : rawMonth;
  if (month > 12 || day > 31) return { valid: false, reason: "date" };

  const before2000 = 97 - (Number(base) % 97);
  const from2000 = 97 - (Number(`2${base}`) % 97);
  if (check === before2000) return { valid: true, normalized, kind, birthYear: 1900 + yy };
  if (check === from2000) return { valid: true, normalized, kind, birthYear: 2000 + yy };
  return { valid: false, reason: "checksum" };
}

export function isValidInsz(input: string): boolean {
  return checkInsz(input).valid;
}

/** Builds a valid number from its parts; used by the demo and by property tests. */
export function makeInsz(birth: { year: number; month: number; day: number }, serial: number, bis?: 20 | 40): string {
  const yy = String(birth.year % 100).padStart(2, "0");
  const mm = String(birth.month + (bis ?? 0)).padStart(2, "0");
  const dd = String(birth.day).padStart(2, "0");
  const base = `${yy}${mm}${dd}${String(serial).padStart(3, "0")}`;
  const prefixed = birth.year >= 2000 ? `2${base}` : base;
  const check = 97 - (Number(prefixed) % 97);
  return `${base}${String(check).padStart(2, "0")}`;
}
