/** Conversions that carry out the storage type policy; repositories use these, never ad hoc. */
import type { Bool, JsonText } from "./schema.ts";

export const toBool = (value: boolean): Bool => (value ? 1 : 0);
export const fromBool = (value: Bool | number): boolean => value === 1;
export const toJson = (value: unknown): JsonText => JSON.stringify(value);
export function fromJson<T>(text: JsonText | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}
export const toTimestamp = (date: Date): string => date.toISOString();
export const toCount = (value: string | number | bigint | null | undefined): number => Number(value ?? 0);
