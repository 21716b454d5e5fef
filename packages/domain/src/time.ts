/** Belgian local time: Nabij's users live in Europe/Brussels, whatever the server's zone. */
export const BELGIAN_TIME_ZONE = "Europe/Brussels";

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The calendar day in Belgium that contains `at`: its date and its start and end as instants. */
export function belgianDay(at: Date): { date: string; start: Date; end: Date } {
  const local = new Date(at.getTime() + offsetMs(at, BELGIAN_TIME_ZONE));
  const date = local.toISOString().slice(0, 10);
  const midnightUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const start = new Date(midnightUtc - offsetMs(new Date(midnightUtc), BELGIAN_TIME_ZONE));
  const nextMidnightUtc = midnightUtc + 24 * 3_600_000;
  const end = new Date(nextMidnightUtc - offsetMs(new Date(nextMidnightUtc), BELGIAN_TIME_ZONE));
  return { date, start, end };
}
