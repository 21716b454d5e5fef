import type { Services } from "../access/context.ts";
import { enqueueJob } from "../jobs/job-queue.ts";

export const RECHECK_JOB = "rights.recheck";

/** Queues an organisation's re-check (now, or at `runAt`) unless one is already waiting. */
export async function scheduleRecheck(services: Pick<Services, "db" | "clock">, organisationId: string, runAt?: Date, except?: string): Promise<void> {
  let waiting = services.db.selectFrom("job").select("id").where("organisation_id", "=", organisationId).where("kind", "=", RECHECK_JOB).where("status", "in", ["queued", "running"]);
  if (except) waiting = waiting.where("id", "!=", except);
  if (await waiting.executeTakeFirst()) return;
  await enqueueJob(services.db, services.clock, { organisationId, kind: RECHECK_JOB, ...(runAt ? { runAt } : {}) });
}
