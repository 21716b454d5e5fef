import { AppError, belgianDay, DAY } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { lastContactAt } from "../encounters/last-contact.ts";

export interface TeamRelationshipsView {
  teamId: string;
  lapseDays: number;
  /** Mondays (Belgian dates) of the weeks counted, oldest first. */
  weeks: string[];
  workers: Array<{
    userId: string;
    displayName: string;
    persons: number;
    lapsedPersons: number;
    /** Minutes spent in encounters, one number per week in `weeks`. */
    encounterMinutesPerWeek: number[];
  }>;
}

/** The Monday (Belgian date) of the week that contains `at`. */
function mondayOf(at: Date): string {
  const day = belgianDay(at);
  const weekday = (new Date(`${day.date}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.parse(`${day.date}T12:00:00Z`) - weekday * DAY).toISOString().slice(0, 10);
}

/**
 * Time for relationships across a team, for its coordinator: per worker the persons they work
 * with, how many of those had no contact beyond the lapse limit, and the time spent in
 * encounters per week. Counts only: no person's name leaves here.
 */
export async function teamRelationships(ctx: RequestContext, teamId: string, weekCount: number): Promise<TeamRelationshipsView> {
  const { organisationId, teamIds, role } = ctx.user;
  if (role !== "coordinator" || !teamIds.includes(teamId)) throw new AppError("not_found", "Team not found");
  const now = ctx.clock.now();
  const organisation = await ctx.db.selectFrom("organisation").select("lapse_days").where("id", "=", organisationId).executeTakeFirstOrThrow();
  const members = await ctx.db
    .selectFrom("team_membership")
    .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "team_membership.organisation_id").onRef("user_account.id", "=", "team_membership.user_id"))
    .select(["user_account.id", "user_account.display_name"])
    .where("team_membership.organisation_id", "=", organisationId)
    .where("team_membership.team_id", "=", teamId)
    .where("user_account.status", "=", "active")
    .orderBy("user_account.display_name")
    .execute();
  const memberIds = members.map((m) => m.id);

  const involvements = memberIds.length === 0 ? [] : await ctx.db
    .selectFrom("involvement")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "involvement.organisation_id").onRef("person.id", "=", "involvement.person_id"))
    .select(["involvement.user_id", "involvement.person_id", "person.created_at"])
    .select(lastContactAt("involvement.organisation_id", "involvement.person_id").as("last_contact_at"))
    .where("involvement.organisation_id", "=", organisationId)
    .where("involvement.user_id", "in", memberIds)
    .execute();

  const weeks: string[] = [];
  for (let i = weekCount - 1; i >= 0; i--) weeks.push(mondayOf(new Date(now.getTime() - i * 7 * DAY)));
  const from = belgianDay(new Date(`${weeks[0] ?? mondayOf(now)}T12:00:00Z`)).start.toISOString();
  const encounters = memberIds.length === 0 ? [] : await ctx.db
    .selectFrom("encounter_worker")
    .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_worker.organisation_id").onRef("encounter.id", "=", "encounter_worker.encounter_id"))
    .select(["encounter_worker.user_id", "encounter.started_at", "encounter.duration_minutes"])
    .where("encounter_worker.organisation_id", "=", organisationId)
    .where("encounter_worker.user_id", "in", memberIds)
    .where("encounter.started_at", ">=", from)
    .execute();

  const lapseLimit = now.getTime() - organisation.lapse_days * DAY;
  ctx.auditRead({ action: "team.relationships.read", entityType: "team", entityId: teamId });
  return {
    teamId,
    lapseDays: organisation.lapse_days,
    weeks,
    workers: members.map((m) => {
      const mine = involvements.filter((i) => i.user_id === m.id);
      const minutes = weeks.map(() => 0);
      for (const e of encounters.filter((x) => x.user_id === m.id)) {
        const index = weeks.indexOf(mondayOf(new Date(e.started_at)));
        if (index >= 0) minutes[index] = (minutes[index] ?? 0) + (e.duration_minutes ?? 0);
      }
      return {
        userId: m.id,
        displayName: m.display_name,
        persons: mine.length,
        lapsedPersons: mine.filter((i) => new Date(i.last_contact_at ?? i.created_at).getTime() < lapseLimit).length,
        encounterMinutesPerWeek: minutes,
      };
    }),
  };
}
