/**
 * Navigation state for a change of the page's own choices (filters kept in the URL): it is no
 * new page, so the page heading does not take focus and focus stays on the control just used.
 */
export const SAME_PAGE = { samePage: true } as const;

export function isSamePage(state: unknown): boolean {
  return typeof state === "object" && state !== null && "samePage" in state && state.samePage === true;
}
