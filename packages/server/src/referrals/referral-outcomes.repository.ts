import { INSTITUTION_CATEGORIES, type InstitutionCategory, type RadarScope } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { requireScope } from "../access/scope.ts";

/**
 * How referrals end, per institution category and per service: the share that ended in access
 * (completed) and in failure, and the median days from the referral to access. Counts only, no
 * person: a coordinator or admin may see them for the whole organisation.
 */

export interface OutcomeFigures {
  referrals: number;
  /** Ended: completed, failed, rejected or cancelled. */
  ended: number;
  completed: number;
  failed: number;
  rejected: number;
  cancelled: number;
  open: number;
  /** completed / ended, or null when nothing ended yet. */
  completedShare: number | null;
  failedShare: number | null;
  medianDaysToAccess: number | null;
}

export interface ReferralOutcomes {
  scope: RadarScope;
  byCategory: Array<{ institutionCategory: InstitutionCategory } & OutcomeFigures>;
  byService: Array<{ serviceId: string | null; name: string } & OutcomeFigures>;
}

const DAY_MS = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function figures(rows: ReadonlyArray<{ status: string; created_at: string; status_changed_at: string }>): OutcomeFigures {
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  const [completed, failed, rejected, cancelled] = [count("completed"), count("failed"), count("rejected"), count("cancelled")];
  const ended = completed + failed + rejected + cancelled;
  const errors = count("entered_in_error");
  const days = rows.filter((r) => r.status === "completed").map((r) => Math.round(((Date.parse(r.status_changed_at) - Date.parse(r.created_at)) / DAY_MS) * 10) / 10);
  return {
    referrals: rows.length - errors,
    ended,
    completed,
    failed,
    rejected,
    cancelled,
    open: rows.length - errors - ended,
    completedShare: ended ? Math.round((completed / ended) * 1000) / 1000 : null,
    failedShare: ended ? Math.round((failed / ended) * 1000) / 1000 : null,
    medianDaysToAccess: median(days),
  };
}

export class ReferralOutcomesRepository {
  constructor(private readonly ctx: RequestContext) {}

  async outcomes(scope: RadarScope): Promise<ReferralOutcomes> {
    const { organisationId } = this.ctx.user;
    requireScope(this.ctx.user, scope);
    let q = this.ctx.db
      .selectFrom("referral")
      .leftJoin("socialmap_service", (j) => j.onRef("socialmap_service.organisation_id", "=", "referral.organisation_id").onRef("socialmap_service.service_id", "=", "referral.service_id"))
      .select(["referral.institution_category", "referral.service_id", "referral.organisation_name", "referral.status", "referral.created_at", "referral.status_changed_at", "socialmap_service.name as service_name"])
      .where("referral.organisation_id", "=", organisationId);
    if (scope === "mine") q = q.where("referral.person_id", "in", this.ctx.access.involvedPersonIds());
    if (scope === "team") q = q.where("referral.person_id", "in", this.ctx.access.visiblePersonIds());
    const rows = await q.limit(100_000).execute();
    const byCategory = INSTITUTION_CATEGORIES.map((institutionCategory) => ({ institutionCategory, ...figures(rows.filter((r) => r.institution_category === institutionCategory)) })).filter((c) => c.referrals > 0);
    const services = new Map<string, typeof rows>();
    for (const r of rows) {
      const key = r.service_id ? `service:${r.service_id}` : `name:${(r.organisation_name ?? "").trim().toLowerCase()}`;
      services.set(key, [...(services.get(key) ?? []), r]);
    }
    const byService = [...services.values()]
      .map((group) => {
        const first = group[0];
        return { serviceId: first?.service_id ?? null, name: first?.service_name ?? first?.organisation_name ?? "", ...figures(group) };
      })
      .filter((s) => s.referrals > 0)
      .sort((a, b) => b.referrals - a.referrals || a.name.localeCompare(b.name));
    return { scope, byCategory, byService };
  }
}
