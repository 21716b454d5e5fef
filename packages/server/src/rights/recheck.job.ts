import type { Services } from "../access/context.ts";
import type { JobHandler } from "../jobs/job-queue.ts";
import { recheckStale } from "./person-rights.repository.ts";
import { RECHECK_JOB, scheduleRecheck } from "./recheck-schedule.ts";

/**
 * When the packs or a parameter change (a new pack version is deployed, or a new value's date
 * arrives), or time moves facts on (a new month, a week), stored checks are stale: a job per
 * organisation re-checks them, and queues itself for the next day, even when a run fails.
 */
export { RECHECK_JOB };

export function recheckHandler(services: Services): JobHandler {
  return async (job) => {
    try {
      await recheckStale(services, job.organisationId);
    } finally {
      const tomorrow = new Date(services.clock.now().getTime() + 24 * 3600_000);
      await scheduleRecheck(services, job.organisationId, tomorrow, job.id);
    }
  };
}

/** At start: a re-check for every organisation that has checks (unless one is already waiting). */
export async function scheduleRechecks(services: Services): Promise<void> {
  const organisations = await services.db.selectFrom("rights_check").select("organisation_id").distinct().execute();
  for (const o of organisations) await scheduleRecheck(services, o.organisation_id);
}
