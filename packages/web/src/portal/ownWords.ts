/**
 * The person's own words ("in your words") on agreements, life events and evaluation moments:
 * what a save would send, decided without the screen.
 */

/** As long as the server takes them (the process schemas in @nabij/domain). */
export const OWN_WORDS_MAX = 4000;

export type OwnWordsSave =
  /** Nothing changed: no request (for an agreement, a save would make a version without a change). */
  | { kind: "unchanged" }
  /** Empty, and there were no words before: say the field needs something. */
  | { kind: "empty" }
  /** Send these words; "" clears words written before. */
  | { kind: "save"; ownWords: string };

export function ownWordsSave(current: string | null, draft: string): OwnWordsSave {
  const words = draft.trim();
  const before = (current ?? "").trim();
  if (words === before) return words ? { kind: "unchanged" } : { kind: "empty" };
  return { kind: "save", ownWords: words };
}
