/** Conversions that carry out the storage type policy; repositories use these, never ad hoc. */
import { sql, type RawBuilder } from "kysely";
import type { Bool, JsonText } from "./schema.ts";

export const toBool = (value: boolean): Bool => (value ? 1 : 0);
export const fromBool = (value: Bool | number): boolean => value === 1;
export const toJson = (value: unknown): JsonText => JSON.stringify(value);
export function fromJson<T>(text: JsonText | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}
export const toTimestamp = (date: Date): string => date.toISOString();
export const toCount = (value: string | number | bigint | null | undefined): number => Number(value ?? 0);

/**
 * `column LIKE '%text%'` with %, _ and \ in the text matched literally. The ESCAPE clause is
 * explicit because SQLite has no default escape character and PostgreSQL's is a backslash.
 */
export function containsText(column: RawBuilder<unknown>, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${column} like ${pattern} escape '\\'`;
}
