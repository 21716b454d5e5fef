import { sql, type Kysely, type RawBuilder } from "kysely";
import type { DialectName } from "./connect.ts";

/**
 * The one door for steps that differ per database (full-text indexes, triggers, roles,
 * row locks). Everything else in migrations and repositories is dialect-neutral.
 */
export async function perDialect<T>(
  dialect: DialectName,
  steps: { sqlite: () => Promise<T>; postgres: () => Promise<T> },
): Promise<T> {
  return dialect === "postgres" ? steps.postgres() : steps.sqlite();
}

/** Works out the dialect of a Kysely instance inside a migration, where only `db` is given. */
export function dialectOf(db: Kysely<unknown>): DialectName {
  const adapter = db.getExecutor().adapter.constructor.name;
  return adapter.startsWith("Postgres") ? "postgres" : "sqlite";
}

/**
 * Locks the rows a select reads until the transaction ends (PostgreSQL `FOR UPDATE`). SQLite
 * needs nothing: it has one writer at a time, and Kysely runs one transaction at a time on its
 * single connection.
 */
export function forUpdate<Q extends { modifyEnd(modifier: RawBuilder<unknown>): Q }>(dialect: DialectName, query: Q): Q {
  return dialect === "postgres" ? query.modifyEnd(sql`for update`) : query;
}
