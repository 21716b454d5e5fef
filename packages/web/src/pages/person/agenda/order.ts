/**
 * The person's order of their agenda. Pure functions, so the move rules are tested without a
 * browser; the section sends the resulting full list to the server.
 */

/** The list with the element at `from` taken out and put back at `to` (both clamped). */
export function moveTo<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  if (from < 0 || from >= list.length) return result;
  const target = Math.min(Math.max(to, 0), list.length - 1);
  const [moved] = result.splice(from, 1);
  if (moved === undefined) return [...list];
  result.splice(target, 0, moved);
  return result;
}

/** Whether two orders name the same ids in the same order (nothing to send). */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
