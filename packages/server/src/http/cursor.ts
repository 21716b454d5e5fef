import { z } from "zod";
import { AppError, LIMITS } from "@nabij/domain";

/** Keyset paging: the cursor is the sort key and id of the last row, opaque to clients. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DIGITS = /^\d{1,10}$/;
/** A sort key we gave out: bounded, and without NUL (PostgreSQL refuses it). */
const safeKey = (key: string): boolean => key.length <= 500 && !key.includes("\u0000");

export interface Cursor {
  key: string;
  id: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), "utf8").toString("base64url");
}

/** `idPattern` says what the id half must look like (a UUID by default; digits for sequences). */
export function decodeCursor(text: string, idPattern: RegExp = UUID): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string" && safeKey(parsed[0]) && idPattern.test(parsed[1])) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("validation_failed", "The cursor is not valid", [{ path: "query.cursor", code: "invalid_cursor", message: "Not a cursor this server gave out" }]);
}

/** ?cursor=&limit= of every paged list. */
export const pageQuery = z.strictObject({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
});
