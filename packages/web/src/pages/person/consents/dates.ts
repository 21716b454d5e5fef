/** "2026-11-29": today's calendar day where the worker is, the value a date input shows. */
export function localDateValue(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseDay(value: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The start of a consent: left out when it is today (the server takes "now"), else the start of
 * that day. null when the value is not a date.
 */
export function validFromInput(value: string, now: Date): { validFrom?: string } | null {
  const day = parseDay(value);
  if (!day) return null;
  if (value === localDateValue(now)) return {};
  return { validFrom: new Date(day[0], day[1] - 1, day[2]).toISOString() };
}

/** "Valid up to and including" a day: the end of that day. null when the value is not a date. */
export function validUntilInput(value: string): string | null {
  const day = parseDay(value);
  if (!day) return null;
  return new Date(day[0], day[1] - 1, day[2], 23, 59, 59).toISOString();
}

/** When the consent starts, for comparing with its end: now when it starts today. */
export function startInstant(value: string, now: Date): number | null {
  const from = validFromInput(value, now);
  if (!from) return null;
  return from.validFrom ? new Date(from.validFrom).getTime() : now.getTime();
}
