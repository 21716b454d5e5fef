/**
 * The offline outbox: encounters and agenda items saved on the phone while there is no
 * connection, in the page's IndexedDB (plain API, no library). Every entry carries the id of the
 * user who made it; lists and sends only ever look at the logged-in user's entries, so another
 * user of the same phone never sees or sends them. Entries stay until the server has stored
 * them (or the worker discards a refused one): a logout does not delete them.
 *
 * The same database keeps the logged-in user while a session lasts (so the app can start without
 * a connection), and forgets it at logout or when the session is gone.
 */
import type { AgendaItemCreate, EncounterCreate, FieldError } from "@nabij/domain";
import type { User } from "../api/types.ts";

export type OutboxItem =
  | { kind: "encounter"; data: EncounterCreate & { id: string } }
  | { kind: "agenda_item"; personId: string; data: AgendaItemCreate & { id: string } };

/** Why the server refused an item (a 4xx per-item result): kept and shown until fixed or discarded. */
export interface Refusal {
  status: number;
  code: string;
  fields: FieldError[];
}

export interface OutboxEntry {
  /** The item's client-made id (also the id of the record on the server). */
  id: string;
  userId: string;
  /** ISO time the item was saved on the phone; entries are sent in this order. */
  savedAt: string;
  /** A name to show in the list of waiting items (the person, when known). */
  label: string | null;
  item: OutboxItem;
  refused: Refusal | null;
}

const DB_NAME = "nabij-offline";
const DB_VERSION = 1;
const OUTBOX = "outbox";
const SESSION = "session";
const SESSION_KEY = "user";

let opening: Promise<IDBDatabase> | null = null;

/** True when this browser has IndexedDB at all (private modes of old browsers may not). */
export function outboxAvailable(): boolean {
  return typeof indexedDB !== "undefined";
}

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX)) db.createObjectStore(OUTBOX, { keyPath: "id" }).createIndex("userId", "userId");
      if (!db.objectStoreNames.contains(SESSION)) db.createObjectStore(SESSION);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database: close, the next call opens again.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error("IndexedDB could not be opened"));
    };
  });
  return opening;
}

/** Runs one request in its own transaction and resolves when the transaction is committed. */
async function run<T>(store: string, mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = action(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

export async function addToOutbox(userId: string, item: OutboxItem, label: string | null, now = new Date()): Promise<OutboxEntry> {
  const entry: OutboxEntry = { id: item.data.id, userId, savedAt: now.toISOString(), label, item, refused: null };
  await run(OUTBOX, "readwrite", (s) => s.put(entry));
  return entry;
}

/** The user's entries, oldest first. */
export async function listOutbox(userId: string): Promise<OutboxEntry[]> {
  const entries = await run<unknown[]>(OUTBOX, "readonly", (s) => s.index("userId").getAll(IDBKeyRange.only(userId)));
  return (entries as OutboxEntry[]).filter((e) => e.userId === userId).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** Removes one of the user's entries (sent, or discarded by the worker). */
export async function removeFromOutbox(userId: string, id: string): Promise<void> {
  const db = await open();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(OUTBOX, "readwrite");
    const store = tx.objectStore(OUTBOX);
    const get = store.get(id);
    get.onsuccess = () => {
      const entry = get.result as OutboxEntry | undefined;
      if (entry?.userId === userId) store.delete(id);
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
  });
}

export async function markRefused(userId: string, id: string, refusal: Refusal): Promise<void> {
  const db = await open();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(OUTBOX, "readwrite");
    const store = tx.objectStore(OUTBOX);
    const get = store.get(id);
    get.onsuccess = () => {
      const entry = get.result as OutboxEntry | undefined;
      if (entry?.userId === userId) store.put({ ...entry, refused: refusal });
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
  });
}

/** The logged-in user, for starting the app without a connection. */
export async function rememberUser(user: User): Promise<void> {
  await run(SESSION, "readwrite", (s) => s.put(user, SESSION_KEY));
}

export async function recallUser(): Promise<User | null> {
  const user = await run<unknown>(SESSION, "readonly", (s) => s.get(SESSION_KEY));
  return (user as User | undefined) ?? null;
}

export async function forgetUser(): Promise<void> {
  await run(SESSION, "readwrite", (s) => s.delete(SESSION_KEY));
}
