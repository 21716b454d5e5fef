import { sql, type Kysely } from "kysely";
import type { Clock } from "@nabij/domain";
import type { DialectName } from "../db/connect.ts";
import type { Database, JobTable } from "../db/schema.ts";
import { perDialect } from "../db/dialect.ts";
import { toJson } from "../db/values.ts";
import { newId } from "../ids.ts";

export type JobHandler = (job: { organisationId: string; id: string; kind: string; payload: unknown; attempts: number }) => Promise<void>;

/** How long a claimed job stays claimed; a worker that dies lets it run again after this. */
const LEASE_MS = 5 * 60_000;

export async function enqueueJob(db: Kysely<Database>, clock: Clock, input: { organisationId: string; kind: string; payload?: unknown; runAt?: Date; maxAttempts?: number }): Promise<string> {
  const id = newId(clock);
  const now = clock.now().toISOString();
  await db
    .insertInto("job")
    .values({
      organisation_id: input.organisationId,
      id,
      kind: input.kind,
      payload: toJson(input.payload ?? {}),
      run_at: (input.runAt ?? clock.now()).toISOString(),
      status: "queued",
      attempts: 0,
      max_attempts: input.maxAttempts ?? 5,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * Claims the next due job. PostgreSQL: FOR UPDATE SKIP LOCKED, so many workers never take the
 * same job. SQLite: one writer at a time, so a plain conditional update is enough. A job whose
 * lease ran out is claimed again while it has attempts left; after that it is failed.
 */
async function claimNext(db: Kysely<Database>, dialect: DialectName, clock: Clock, workerId: string): Promise<JobTable | undefined> {
  const now = clock.now().toISOString();
  const leaseUntil = new Date(clock.now().getTime() + LEASE_MS).toISOString();
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable("job")
      .set({ status: "failed", locked_by: null, locked_until: null, last_error: "The worker stopped during the last attempt", updated_at: now })
      .where("status", "=", "running")
      .where("locked_until", "<", now)
      .whereRef("attempts", ">=", "max_attempts")
      .execute();
    const due = trx
      .selectFrom("job")
      .select(["organisation_id", "id"])
      .where("run_at", "<=", now)
      .where((eb) => eb.or([eb("status", "=", "queued"), eb.and([eb("status", "=", "running"), eb("locked_until", "<", now)])]))
      .orderBy("run_at")
      .limit(1);
    const row = await perDialect(dialect, {
      postgres: () => due.modifyEnd(sql`for update skip locked`).executeTakeFirst(),
      sqlite: () => due.executeTakeFirst(),
    });
    if (!row) return undefined;
    return trx
      .updateTable("job")
      .set((eb) => ({ status: "running", locked_by: workerId, locked_until: leaseUntil, attempts: eb("attempts", "+", 1), updated_at: now }))
      .where("organisation_id", "=", row.organisation_id)
      .where("id", "=", row.id)
      .returningAll()
      .executeTakeFirst();
  });
}

async function finish(db: Kysely<Database>, clock: Clock, job: JobTable, error?: unknown): Promise<void> {
  const now = clock.now();
  const failedForGood = error !== undefined && job.attempts >= job.max_attempts;
  // Retry with exponential back-off: 1, 2, 4, 8 … minutes.
  const retryAt = new Date(now.getTime() + 2 ** Math.max(0, job.attempts - 1) * 60_000).toISOString();
  await db
    .updateTable("job")
    .set({
      status: error === undefined ? "done" : failedForGood ? "failed" : "queued",
      run_at: error === undefined || failedForGood ? job.run_at : retryAt,
      locked_by: null,
      locked_until: null,
      last_error: error === undefined ? null : String(error instanceof Error ? error.message : error).slice(0, 2000),
      updated_at: now.toISOString(),
    })
    .where("organisation_id", "=", job.organisation_id)
    .where("id", "=", job.id)
    // Only the worker that holds the lease may finish the job.
    .where("locked_by", "=", job.locked_by)
    .execute();
}

/**
 * Runs up to `limit` due jobs, claiming them one at a time so that no claimed job waits behind
 * another while its lease runs out. Returns how many ran. The worker loop calls this on a timer.
 */
export async function runDueJobs(db: Kysely<Database>, dialect: DialectName, clock: Clock, handlers: Record<string, JobHandler>, workerId: string, limit = 10): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const job = await claimNext(db, dialect, clock, workerId);
    if (!job) break;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
      await handler({ organisationId: job.organisation_id, id: job.id, kind: job.kind, payload: JSON.parse(job.payload) as unknown, attempts: job.attempts });
      await finish(db, clock, job);
    } catch (error) {
      await finish(db, clock, job, error);
    }
  }
  return ran;
}

/** A polling loop; stop() waits for the running round to end. */
export function startJobWorker(options: { db: Kysely<Database>; dialect: DialectName; clock: Clock; handlers: Record<string, JobHandler>; intervalMs?: number; onError: (e: unknown) => void }): { stop(): Promise<void> } {
  const workerId = `worker-${newId(options.clock)}`;
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const tick = (): void => {
    if (stopped) return;
    current = runDueJobs(options.db, options.dialect, options.clock, options.handlers, workerId)
      .then(() => undefined)
      .catch(options.onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 1000);
      });
  };
  let timer: NodeJS.Timeout = setTimeout(tick, options.intervalMs ?? 1000);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
