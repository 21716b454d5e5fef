import type { AssessmentCreate } from "@nabij/domain";

/** What the form holds for one domain: a rating may stay empty (null). */
export interface DomainDraft {
  person: number | null;
  worker: number | null;
  note: string;
}

export const EMPTY_DOMAIN: DomainDraft = { person: null, worker: null, note: "" };

export const isFilled = (d: DomainDraft | undefined): d is DomainDraft => d !== undefined && (d.person !== null || d.worker !== null || d.note.trim() !== "");

export interface AssessmentDraft {
  /** Per domain key; domains left alone are not sent. */
  ratings: Record<string, DomainDraft>;
  personTookPart: boolean;
  workerIds: string[];
  others: string;
  /** YYYY-MM-DD, as a date input gives it. */
  date: string;
  note: string;
}

/** "2026-11-29" in local time. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today: now; another day: noon of that day (a whole-day answer, safe from time zone shifts). null: not a date. */
export function assessedAt(day: string, now: Date): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  if (day === localDay(now)) return now.toISOString();
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * The API input, with the domain keys in the order they were sent (a field error names a domain
 * by its index in `ratings`). Only domains with a rating or a note are sent.
 */
export function toAssessmentInput(draft: AssessmentDraft, order: readonly string[], at: string): { input: AssessmentCreate; keys: string[] } {
  const keys = order.filter((key) => isFilled(draft.ratings[key]));
  const ratings = keys.map((domain) => {
    const d = draft.ratings[domain] ?? EMPTY_DOMAIN;
    return {
      domain,
      ...(d.person !== null ? { personRating: d.person } : {}),
      ...(d.worker !== null ? { workerRating: d.worker } : {}),
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
    };
  });
  const input: AssessmentCreate = {
    assessedAt: at,
    participants: {
      person: draft.personTookPart,
      ...(draft.workerIds.length > 0 ? { workerIds: draft.workerIds } : {}),
      ...(draft.others.trim() ? { others: draft.others.trim() } : {}),
    },
    ratings,
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
  return { input, keys };
}

/** "ratings.2.domain" → the key of the third domain sent; other fields keep their name. */
export function domainOfField(field: string, keys: readonly string[]): string | null {
  const match = /^ratings\.(\d+)/.exec(field);
  return match ? (keys[Number(match[1])] ?? null) : null;
}
