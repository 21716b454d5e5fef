import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.ts";

export type DialectName = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

/** Integer columns only: PostgreSQL's bigint (count(*)) comes back as text, so counts use Number(). */
function postgresStore(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server closes (a restart, a failover) must not crash the
  // process: the pool drops it and opens a new one on the next query.
  pool.on("error", (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}

/**
 * The embedded database. WAL lets readers work during a write; synchronous=FULL makes every
 * committed transaction survive a power cut; the busy timeout lets a second process wait.
 */
function sqliteStore(file: string): Store {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** `url` is a postgres:// URL or a path to the SQLite file. */
export function openStore(url: string): Store {
  return isPostgresUrl(url) ? postgresStore(url) : sqliteStore(url.replace(/^sqlite:(\/\/)?/, ""));
}
