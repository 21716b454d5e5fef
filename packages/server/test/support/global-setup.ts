import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openStore } from "../../src/db/connect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresAdminUrl: string | null;
    postgresTemplate: string | null;
    keysDir: string;
  }
}

const TEMPLATE = `nabij_test_template_${process.pid}`;

/** Migrates once per run: a SQLite file and (when PostgreSQL is there) a template database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "nabij-test-"));
  const sqliteTemplate = join(dir, "template.db");
  const sqlite = openStore(sqliteTemplate);
  await migrateToLatest(sqlite);
  await sqlite.close();

  const adminUrl = process.env.NABIJ_TEST_POSTGRES_URL ?? null;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${TEMPLATE}`;
    const store = openStore(url.toString());
    await migrateToLatest(store);
    await store.close();
  }
  project.provide("sqliteTemplate", sqliteTemplate);
  project.provide("postgresAdminUrl", adminUrl);
  project.provide("postgresTemplate", adminUrl ? TEMPLATE : null);
  project.provide("keysDir", join(dir, "keys"));

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (adminUrl) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
      await admin.end();
    }
  };
}
