import { AppError } from "@nabij/domain";

/** Keyset paging: the cursor is the sort key and id of the last row, opaque to clients. */
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

export function decodeCursor(text: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string") {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("validation_failed", "The cursor is not valid", [{ path: "query.cursor", code: "invalid_cursor", message: "Not a cursor this server gave out" }]);
}
