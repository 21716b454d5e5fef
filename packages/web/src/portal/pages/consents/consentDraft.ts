/**
 * The "give a permission" form as plain data: what the person filled in, what is missing, and
 * the request the API takes. Pure, so the rules are tested without a browser.
 */
import type { ConsentScope, PortalConsentCreate } from "@nabij/domain";

export interface ConsentDraft {
  organisationId: string;
  /** Empty: anyone at the organisation (that the organisation lets see it). */
  workerId: string;
  scopes: ConsentScope[];
  purpose: string;
  /** YYYY-MM-DD from a date input; empty: until the person stops it. */
  until: string;
}

export const EMPTY_DRAFT: ConsentDraft = { organisationId: "", workerId: "", scopes: [], purpose: "", until: "" };

export type DraftProblem = "organisationRequired" | "scopesRequired" | "purposeRequired" | "untilInPast";

/** Today as YYYY-MM-DD in the person's own time zone (what a date input shows). */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function draftProblems(draft: ConsentDraft, today: string): Partial<Record<keyof ConsentDraft, DraftProblem>> {
  const problems: Partial<Record<keyof ConsentDraft, DraftProblem>> = {};
  if (!draft.organisationId) problems.organisationId = "organisationRequired";
  if (draft.scopes.length === 0) problems.scopes = "scopesRequired";
  if (!draft.purpose.trim()) problems.purpose = "purposeRequired";
  if (draft.until && draft.until < today) problems.until = "untilInPast";
  return problems;
}

/** "Until 31 December" includes that whole day: the end of it, in the person's time zone. */
export function endOfDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(year, month - 1, date, 23, 59, 59).toISOString();
}

export function consentRequest(draft: ConsentDraft): PortalConsentCreate {
  return {
    recipientOrganisationId: draft.organisationId,
    ...(draft.workerId ? { recipientUserId: draft.workerId } : {}),
    scopes: draft.scopes,
    purpose: draft.purpose.trim(),
    ...(draft.until ? { validUntil: endOfDay(draft.until) } : {}),
  };
}
