import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openStore, type DialectName, type Store } from "../../src/db/connect.ts";

/** The dialects this run covers: SQLite always, PostgreSQL when the test script found it. */
export const DIALECTS: DialectName[] = inject("postgresTemplate") ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestStore extends Store {
  /** The URL or file of this copy, for a second connection. */
  url: string;
}

async function createFromTemplate(adminUrl: string, template: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      // Two files copying the template at the same moment: wait and try again.
      if (attempt > 20 || !String(error).includes("being accessed")) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    } finally {
      await admin.end();
    }
  }
}

/** A migrated database of its own: a copied SQLite file or a PostgreSQL database from the template. */
export async function openTestStore(dialect: DialectName): Promise<TestStore> {
  if (dialect === "sqlite") {
    const file = join(mkdtempSync(join(tmpdir(), "nabij-db-")), "test.db");
    copyFileSync(inject("sqliteTemplate"), file);
    return { ...openStore(file), url: file };
  }
  const adminUrl = inject("postgresAdminUrl");
  const template = inject("postgresTemplate");
  if (!adminUrl || !template) throw new Error("PostgreSQL is not available in this run");
  const name = `nabij_test_${randomUUID().replace(/-/g, "")}`;
  await createFromTemplate(adminUrl, template, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = openStore(url.toString());
  return {
    ...store,
    url: url.toString(),
    close: async () => {
      await store.close();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      // Without FORCE: every connection of this copy is closed by now, and terminating one
      // that is still closing would only produce noise.
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}
