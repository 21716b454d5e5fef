import { EXPECTED_LIFE_EVENTS, isExpectedLifeEvent, type LifeEventCreate, type LifeEventKind } from "@nabij/domain";

export interface LifeEventDraft {
  kind: LifeEventKind | "";
  date: string;
  expected: boolean;
  title: string;
  domains: string[];
  whatChanges: string;
  ownWords: string;
}

export const NEW_LIFE_EVENT: LifeEventDraft = { kind: "", date: "", expected: false, title: "", domains: [], whatChanges: "", ownWords: "" };

export type LifeEventProblem = "kind" | "date";

export function lifeEventProblems(draft: LifeEventDraft): Record<string, LifeEventProblem> {
  const problems: Record<string, LifeEventProblem> = {};
  if (!draft.kind) problems.kind = "kind";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) problems.date = "date";
  return problems;
}

/** The request body (only for a draft without problems); "expected" only for a kind that can be. */
export function lifeEventInput(draft: LifeEventDraft, id: string): LifeEventCreate & { id: string } {
  const kind: LifeEventKind = draft.kind || EXPECTED_LIFE_EVENTS[0];
  const text = (value: string): string | undefined => value.trim() || undefined;
  const title = text(draft.title);
  const whatChanges = text(draft.whatChanges);
  const ownWords = text(draft.ownWords);
  return {
    id,
    kind,
    date: draft.date,
    expected: isExpectedLifeEvent(kind) && draft.expected,
    ...(title ? { title } : {}),
    ...(draft.domains.length > 0 ? { domains: draft.domains } : {}),
    ...(whatChanges ? { whatChanges } : {}),
    ...(ownWords ? { ownWords } : {}),
  };
}
