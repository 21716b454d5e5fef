/**
 * Folds text for search: lower case, accents removed, white space collapsed.
 * Done in code (not by the database) so that SQLite and PostgreSQL search the same way.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
