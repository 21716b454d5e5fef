import type { LifeEvent } from "../../api.ts";

/** A day as YYYY-MM-DD in the person's own time zone, to compare with a life event's date. */
export function localDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What is coming (expected and not past, soonest first) and what happened (latest first). An
 * expected event whose day has passed counts as happened: the worker may not have updated it yet.
 */
export function splitLifeEvents(items: readonly LifeEvent[], today: string): { coming: LifeEvent[]; happened: LifeEvent[] } {
  const coming = items.filter((e) => e.expected && e.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const happened = items.filter((e) => !coming.includes(e)).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return { coming, happened };
}
