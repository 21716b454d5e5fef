import { foldForSearch } from "@nabij/domain";
import { MATCH_FIELDS, type MatchField } from "./service-index.ts";

/** At most this many words of a query count; longer input is cut, never refused. */
export const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/**
 * The words of a search, folded (lower case, accents removed) and reduced to letters and digits:
 * quotes, `*`, `NEAR`, `OR`, brackets and the like are never operators, only text.
 */
export function queryWords(query: string): string[] {
  const words = foldForSearch(query.slice(0, 1000)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_WORD_LENGTH)))].slice(0, MAX_QUERY_WORDS);
}

/** FTS5: every word as a quoted prefix ("word"*), all required. */
export function fts5Query(words: readonly string[]): string {
  return words.map((w) => `"${w}"*`).join(" AND ");
}

/** PostgreSQL to_tsquery('simple', …): every word as a prefix (word:*), all required. */
export function tsQuery(words: readonly string[]): string {
  return words.map((w) => `${w}:*`).join(" & ");
}

/** Why a result matched: per word, the fields in which a word starts with it. */
export function whyMatched(words: readonly string[], fields: Readonly<Record<MatchField, string>>): Array<{ word: string; fields: MatchField[] }> {
  return words.map((word) => ({
    word,
    fields: MATCH_FIELDS.filter((field) => (fields[field].match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w.startsWith(word))),
  }));
}
