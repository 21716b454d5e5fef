/**
 * Sends the logged-in user's outbox with POST /api/sync. Each item is answered on its own:
 * 201 (stored now) and 200 (stored before: a resend) leave the outbox; a 4xx keeps the item,
 * marked refused with the reason, for the worker to see. Anything else (no connection, a 401,
 * a server error) keeps every item as it is, to be sent again later.
 */
import { LIMITS, type FieldError } from "@nabij/domain";
import { fetchSession } from "../api/auth.ts";
import { ApiError, api } from "../api/client.ts";
import { listOutbox, markRefused, removeFromOutbox } from "./outbox.ts";

interface SyncResult {
  index: number;
  id: string | null;
  status: number;
  error?: { code: string; message: string; fields?: FieldError[] };
}

export type SendOutcome =
  | { kind: "nothing" }
  | { kind: "sent"; sent: number; refused: number }
  | { kind: "offline" }
  /** The session ended meanwhile (or another account is logged in): nothing sent, all kept. */
  | { kind: "unauthenticated" }
  | { kind: "failed"; error: unknown };

const isOffline = (error: unknown): boolean => error instanceof ApiError && error.status === 0;

export async function sendOutbox(userId: string): Promise<SendOutcome> {
  const waiting = (await listOutbox(userId)).filter((e) => !e.refused);
  if (waiting.length === 0) return { kind: "nothing" };
  try {
    // A fresh CSRF token (the app may have started without a connection), and a check that the
    // session still belongs to the user whose items these are.
    const session = await fetchSession();
    if (session.user?.id !== userId) return { kind: "unauthenticated" };
  } catch (error) {
    return isOffline(error) ? { kind: "offline" } : { kind: "failed", error };
  }

  let sent = 0;
  let refused = 0;
  for (let start = 0; start < waiting.length; start += LIMITS.syncBatch) {
    const batch = waiting.slice(start, start + LIMITS.syncBatch);
    let results: SyncResult[];
    try {
      results = (await api.post<{ results: SyncResult[] }>("/api/sync", { items: batch.map((e) => e.item) }, { redirectOn401: false })).results;
    } catch (error) {
      if (isOffline(error)) return { kind: "offline" };
      if (error instanceof ApiError && error.status === 401) return { kind: "unauthenticated" };
      return { kind: "failed", error };
    }
    for (const result of results) {
      const entry = batch[result.index];
      if (!entry) continue;
      if (result.status === 200 || result.status === 201) {
        await removeFromOutbox(userId, entry.id);
        sent += 1;
      } else if (result.status >= 400 && result.status < 500) {
        const error = result.error;
        await markRefused(userId, entry.id, { status: result.status, code: error?.code ?? "validation_failed", fields: error?.fields ?? [] });
        refused += 1;
      }
    }
  }
  return { kind: "sent", sent, refused };
}
