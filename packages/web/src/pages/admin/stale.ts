import { ApiError } from "../../api/client.ts";

/** Someone saved in between: the caller reloads and the user sees errors.stale_version. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && (error.code === "stale_version" || error.code === "conflict");
}
