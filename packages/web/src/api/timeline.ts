import type { AppointmentStatus, ConsentScope, InstitutionCategory, LifeEventKind, PlaceType, ReferralStatus, TakeUpStatus, TimelineKind } from "@nabij/domain";
import { api, query } from "./client.ts";
import type { Page } from "./types.ts";

/** What one entry holds, per kind (see the API contract). */
export interface TimelineData {
  encounter: { encounterId: string; placeType: PlaceType; durationMinutes: number | null };
  agenda: { itemId: string; version: number; title: string; changes: Record<string, { from: unknown; to: unknown }> };
  appointment: { appointmentId: string; durationMinutes: number; status: AppointmentStatus };
  assessment: { assessmentId: string; domainCount: number };
  referral: { referralId: string; step: "status" | "note"; from: ReferralStatus | null; to: ReferralStatus; reason: string | null; barrier: boolean; barrierReason: string | null; institutionCategory: InstitutionCategory; toName: string };
  rights: { checkId: string; trigger: string; entitled: string[]; maybe: number };
  take_up: { rightId: string; status: TakeUpStatus; date: string };
  consent: { consentId: string; scopes: ConsentScope[]; withdrawn: boolean };
  life_event: { lifeEventId: string; eventKind: LifeEventKind; expected: boolean; title: string | null };
  agreement: { agreementId: string; version: number; what: string; why: string | null; confirmed: boolean };
  evaluation: { evaluationId: string; askedByPerson: boolean; note: string | null; done: boolean };
}

export type TimelineEntry = {
  [K in TimelineKind]: { id: string; kind: K; at: string; domains: string[]; data: TimelineData[K] };
}[TimelineKind];

export interface TimelineFilters {
  kinds: readonly TimelineKind[];
  domains: readonly string[];
}

/** One page, newest first; `nextCursor` is the server's `nextBefore`. */
export async function getTimeline(personId: string, filters: TimelineFilters, before: string | null, limit = 30): Promise<Page<TimelineEntry>> {
  const page = await api.get<{ items: TimelineEntry[]; nextBefore?: string | null }>(
    `/api/persons/${encodeURIComponent(personId)}/timeline${query({ kinds: filters.kinds.join(","), domains: filters.domains.join(","), before, limit })}`,
  );
  return { items: page.items, nextCursor: page.nextBefore ?? null };
}
