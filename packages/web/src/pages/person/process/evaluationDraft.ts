import type { Evaluation } from "../../../api/process.ts";

/** What the worker writes down when the evaluation was held. */
export interface HeldDraft {
  outcome: string;
  ownWords: string;
}

/** Starts from the person's words already written (in the portal), so the worker sees them and can add to them. */
export function newHeldDraft(evaluation: Pick<Evaluation, "ownWords">): HeldDraft {
  return { outcome: "", ownWords: evaluation.ownWords ?? "" };
}

/**
 * The request body: texts trimmed, empty ones left out. The person's words go along only when the
 * worker changed them, so words the person wrote themself stay marked as theirs (the server keeps
 * the words already written when none are sent).
 */
export function heldInput(draft: HeldDraft, evaluation: Pick<Evaluation, "ownWords">): { outcome?: string; ownWords?: string } {
  const outcome = draft.outcome.trim();
  const ownWords = draft.ownWords.trim();
  const changed = ownWords !== "" && ownWords !== (evaluation.ownWords ?? "").trim();
  return { ...(outcome ? { outcome } : {}), ...(changed ? { ownWords } : {}) };
}

/** Planning one: a note only when there is one. */
export function planInput(note: string): { note?: string } {
  const text = note.trim();
  return text ? { note: text } : {};
}

/** The ones still to be held first (the oldest request first: it waited longest), then the ones held, newest first. */
export function evaluationOrder(items: readonly Evaluation[]): Evaluation[] {
  const toHold = items.filter((e) => !e.done).sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
  const held = items.filter((e) => e.done).sort((a, b) => (b.done?.at ?? "").localeCompare(a.done?.at ?? ""));
  return [...toHold, ...held];
}
