/**
 * The logged-in user's outbox, shared by the header (what is waiting, "send now", refused items)
 * and the forms that save on the phone when there is no connection. Sends when the user is known
 * (app start, login again after an expired session), when the connection returns and on demand.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useSession } from "../session/SessionContext.tsx";
import { addToOutbox, listOutbox, removeFromOutbox, type OutboxEntry, type OutboxItem } from "./outbox.ts";
import { sendOutbox } from "./send.ts";

export type OutboxNotice = "allSent" | "refused" | "sendFailed" | null;

export interface Outbox {
  /** The user's entries, oldest first: waiting ones and refused ones. */
  entries: OutboxEntry[];
  /** How many wait to be sent (refused ones excluded). */
  waiting: number;
  sending: boolean;
  notice: OutboxNotice;
  /** Keeps an item on the phone; it is sent when the connection returns. */
  save(item: OutboxItem, label: string | null): Promise<void>;
  sendNow(): Promise<void>;
  discard(id: string): Promise<void>;
}

const OutboxContext = createContext<Outbox | null>(null);

/** No connection: the browser says so, or the request could not reach the server. */
export function isNetworkFailure(error: unknown): boolean {
  return typeof error === "object" && error !== null && "status" in error && (error as { status: unknown }).status === 0;
}

export function OutboxProvider({ children }: { children: ReactNode }): ReactNode {
  const { user, reload } = useSession();
  const userId = user?.id ?? null;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<OutboxNotice>(null);
  const busy = useRef(false);
  const currentUser = useRef<string | null>(userId);
  currentUser.current = userId;

  const refresh = useCallback(async (forUser: string | null): Promise<void> => {
    const list = forUser ? await listOutbox(forUser).catch(() => []) : [];
    // A list read for a user who has logged out meanwhile is not shown.
    if (currentUser.current === forUser) setEntries(list);
  }, []);

  const send = useCallback(async (): Promise<void> => {
    const forUser = currentUser.current;
    if (!forUser || busy.current) return;
    busy.current = true;
    setSending(true);
    try {
      const outcome = await sendOutbox(forUser);
      if (outcome.kind === "sent") setNotice(outcome.refused > 0 ? "refused" : "allSent");
      else if (outcome.kind === "failed") setNotice("sendFailed");
      else if (outcome.kind === "unauthenticated") {
        // The session ended meanwhile: everything stays; after logging in again it is sent.
        reload();
      }
    } catch {
      setNotice("sendFailed");
    } finally {
      busy.current = false;
      setSending(false);
      await refresh(forUser);
    }
  }, [refresh, reload]);

  // A user is known (app start, login): show their outbox and send what waits.
  useEffect(() => {
    setNotice(null);
    void (async () => {
      await refresh(userId);
      if (userId && navigator.onLine) await send();
    })();
  }, [userId, refresh, send]);

  useEffect(() => {
    const online = (): void => void send();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [send]);

  const value = useMemo<Outbox>(
    () => ({
      entries,
      waiting: entries.filter((e) => !e.refused).length,
      sending,
      notice,
      save: async (item, label) => {
        const forUser = currentUser.current;
        if (!forUser) throw new Error("no user to keep the item for");
        await addToOutbox(forUser, item, label);
        setNotice(null);
        await refresh(forUser);
      },
      sendNow: send,
      discard: async (id) => {
        const forUser = currentUser.current;
        if (!forUser) return;
        await removeFromOutbox(forUser, id);
        await refresh(forUser);
      },
    }),
    [entries, sending, notice, refresh, send],
  );

  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): Outbox {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error("useOutbox outside OutboxProvider");
  return outbox;
}
