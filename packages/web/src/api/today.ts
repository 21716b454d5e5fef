import { api } from "./client.ts";
import type { TodayView } from "./types.ts";

/** My day: appointments of today (Belgian calendar day), lapsed contacts, open agenda items. */
export function getToday(): Promise<TodayView> {
  return api.get("/api/me/today");
}
