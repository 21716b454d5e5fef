import type { Services } from "../access/context.ts";
import { enqueueJob, type JobHandler } from "../jobs/job-queue.ts";
import { recheckStale } from "./person-rights.repository.ts";

/**
 * When the packs or a parameter change (a new pack version is deployed, or a new value's date
 * arrives), every stored check made before is stale: a job per organisation re-checks them,
 * and queues itself for the next day so a parameter whose date arrives is picked up.
 */
export const RECHECK_JOB = "rights.recheck";

export function recheckHandler(services: Services): JobHandler {
  return async (job) => {
    await recheckStale(services, job.organisationId);
    const tomorrow = new Date(services.clock.now().getTime() + 24 * 3600_000);
    await scheduleRecheck(services, job.organisationId, tomorrow, job.id);
  };
}

async function scheduleRecheck(services: Services, organisationId: string, runAt: Date | undefined, except?: string): Promise<void> {
  let waiting = services.db.selectFrom("job").select("id").where("organisation_id", "=", organisationId).where("kind", "=", RECHECK_JOB).where("status", "in", ["queued", "running"]);
  if (except) waiting = waiting.where("id", "!=", except);
  if (await waiting.executeTakeFirst()) return;
  await enqueueJob(services.db, services.clock, { organisationId, kind: RECHECK_JOB, ...(runAt ? { runAt } : {}) });
}

/** At start: a re-check for every organisation that has checks (unless one is already waiting). */
export async function scheduleRechecks(services: Services): Promise<void> {
  const organisations = await services.db.selectFrom("rights_check").select("organisation_id").distinct().execute();
  for (const o of organisations) await scheduleRecheck(services, o.organisation_id, undefined);
}
