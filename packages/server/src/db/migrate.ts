import { Migrator, type MigrationResultSet } from "kysely";
import type { Store } from "./connect.ts";
import { migrations } from "./migrations/index.ts";

/** Brings the schema up to date. Runs at start and by `nabij migrate`. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: "nabij_migration",
    migrationLockTableName: "nabij_migration_lock",
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    throw new Error(`Migration ${failed?.migrationName ?? "?"} failed: ${String(result.error)}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}
