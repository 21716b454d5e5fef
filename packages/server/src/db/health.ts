import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.ts";

/** Does the database answer a trivial query? For the readiness probe. */
export async function databaseAnswers(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
