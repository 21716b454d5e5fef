import { sql, type RawBuilder } from "kysely";
import { AppError, dimensionSubsets, parsePeriod, protectReport, type ReportCount, type ReportDimension, type SignalReport, type SignalReportQuery } from "@nabij/domain";
import type { Kysely } from "kysely";
import type { RequestContext } from "../access/context.ts";
import type { Database } from "../db/schema.ts";

/**
 * Protected reports of signals: the database counts people per combination (distinct
 * pseudonyms plus the people of unnamed signals), for the requested dimensions and every
 * coarser total; the domain protects the table (k-anonymity, secondary suppression).
 */

/** The column (or joined column) each dimension groups by. */
const COLUMN: Record<ReportDimension, RawBuilder<string>> = {
  theme: sql<string>`t.theme`,
  domain: sql<string>`d.domain`,
  mechanismType: sql<string>`s.mechanism_type`,
  institution: sql<string>`coalesce(s.institution, '')`,
  municipality: sql<string>`s.municipality_key`,
};

export class SignalReportRepository {
  constructor(private readonly ctx: RequestContext) {}

  async report(query: SignalReportQuery): Promise<SignalReport> {
    const organisationId = this.ctx.user.organisationId;
    const minimum = await organisationK(this.ctx.db, organisationId);
    if (query.k !== undefined && query.k < minimum) throw new AppError("validation_failed", "The input is not valid", [{ path: "query.k", code: "k_below_minimum", message: `Your organisation protects reports with k ${minimum} or more` }]);
    const period = query.period ? parsePeriod(query.period) : null;
    const counts = new Map<string, ReportCount[]>();
    for (const dims of dimensionSubsets(query.groupBy)) counts.set(dims.join(","), await this.count(organisationId, dims, period));
    return protectReport({ groupBy: query.groupBy, period: query.period ?? null, k: query.k ?? minimum }, counts);
  }

  /** People and signals per combination of the given dimensions (all signals when none). */
  private async count(organisationId: string, dims: readonly ReportDimension[], period: { from: string; until: string } | null): Promise<ReportCount[]> {
    let q = this.ctx.db.selectFrom("signal as s").where("s.organisation_id", "=", organisationId);
    if (dims.includes("theme")) q = q.innerJoin("signal_theme as t", (j) => j.onRef("t.organisation_id", "=", "s.organisation_id").onRef("t.signal_id", "=", "s.id"));
    if (dims.includes("domain")) q = q.innerJoin("signal_domain as d", (j) => j.onRef("d.organisation_id", "=", "s.organisation_id").onRef("d.signal_id", "=", "s.id"));
    if (period) q = q.where("s.raised_on", ">=", period.from).where("s.raised_on", "<", period.until);
    const rows = await q
      .select([
        ...dims.map((d, i) => COLUMN[d].as(`d${i}`)),
        sql<number | string>`count(distinct s.pseudonym)`.as("named"),
        sql<number | string | null>`sum(case when s.pseudonym is null then s.people_count else 0 end)`.as("unnamed"),
        sql<number | string>`count(*)`.as("signals"),
      ])
      .$call((b) => (dims.length > 0 ? b.groupBy(dims.map((d) => COLUMN[d])) : b))
      .execute();
    return rows
      .map((r) => {
        const row = r as Record<string, unknown>;
        return {
          values: Object.fromEntries(dims.map((d, i) => [d, String(row[`d${i}`])])) as Partial<Record<ReportDimension, string>>,
          people: Number(row.named) + Number(row.unnamed ?? 0),
          signals: Number(row.signals),
        };
      })
      .filter((c) => c.signals > 0);
  }
}

/** The organisation's k (5 or more, raised by an administrator). */
export async function organisationK(db: Kysely<Database>, organisationId: string): Promise<number> {
  const row = await db.selectFrom("organisation").select("signal_report_k").where("id", "=", organisationId).executeTakeFirst();
  return row?.signal_report_k ?? 5;
}
