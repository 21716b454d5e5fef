import { AppError, type Role } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { createInvitation } from "../auth/invitation.repository.ts";
import { endUserSessions } from "../auth/session-store.ts";
import { fromBool, fromJson, toBool, toJson } from "../db/values.ts";
import { teamIdsOf } from "../users/user.repository.ts";
import { createTeam, createUser, setTeams } from "./provisioning.ts";

const stale = (): AppError => new AppError("stale_version", "This was changed by someone else; reload and try again");

export interface OrganisationView {
  id: string;
  name: string;
  lapseDays: number;
  referralFollowUpDays: number;
  signalReportK: number;
  languages: string[];
  /** May workers' calendar feeds show persons' full names (otherwise initials)? */
  calendarFullNames: boolean;
  portalShowsPrivateNotes: boolean;
  socialMapPublic: boolean;
  version: number;
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: string;
  teamIds: string[];
  language: string;
  lastLoginAt: string | null;
  version: number;
}

/** Administration of the actor's own organisation. Routes guarantee the actor is an admin. */
export class AdminRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.user.organisationId;
  }

  async organisation(): Promise<OrganisationView> {
    const row = await this.ctx.db.selectFrom("organisation").selectAll().where("id", "=", this.organisationId).executeTakeFirstOrThrow();
    return { id: row.id, name: row.name, lapseDays: row.lapse_days, referralFollowUpDays: row.referral_followup_days, signalReportK: row.signal_report_k, languages: fromJson<string[]>(row.languages, []), calendarFullNames: fromBool(row.calendar_full_names), portalShowsPrivateNotes: fromBool(row.portal_shows_private_notes), socialMapPublic: fromBool(row.socialmap_public), version: row.version };
  }

  async updateOrganisation(patch: { name?: string | undefined; lapseDays?: number | undefined; referralFollowUpDays?: number | undefined; signalReportK?: number | undefined; languages?: string[] | undefined; calendarFullNames?: boolean | undefined; portalShowsPrivateNotes?: boolean | undefined; socialMapPublic?: boolean | undefined; version: number }): Promise<OrganisationView> {
    await this.ctx.transaction(async (trx) => {
      const result = await trx
        .updateTable("organisation")
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.lapseDays !== undefined ? { lapse_days: patch.lapseDays } : {}),
          ...(patch.referralFollowUpDays !== undefined ? { referral_followup_days: patch.referralFollowUpDays } : {}),
          ...(patch.signalReportK !== undefined ? { signal_report_k: patch.signalReportK } : {}),
          ...(patch.languages !== undefined ? { languages: toJson(patch.languages) } : {}),
          ...(patch.calendarFullNames !== undefined ? { calendar_full_names: toBool(patch.calendarFullNames) } : {}),
          ...(patch.portalShowsPrivateNotes !== undefined ? { portal_shows_private_notes: toBool(patch.portalShowsPrivateNotes) } : {}),
          ...(patch.socialMapPublic !== undefined ? { socialmap_public: toBool(patch.socialMapPublic) } : {}),
          updated_at: this.ctx.now(),
          version: patch.version + 1,
        })
        .where("id", "=", this.organisationId)
        .where("version", "=", patch.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw stale();
      await this.ctx.auditWrite(trx, { action: "organisation.update", entityType: "organisation", entityId: this.organisationId });
    });
    return this.organisation();
  }

  async teams(): Promise<Array<{ id: string; name: string; memberIds: string[]; version: number }>> {
    const rows = await this.ctx.db.selectFrom("team").selectAll().where("organisation_id", "=", this.organisationId).orderBy("name").execute();
    const members = await this.ctx.db.selectFrom("team_membership").select(["team_id", "user_id"]).where("organisation_id", "=", this.organisationId).execute();
    return rows.map((t) => ({ id: t.id, name: t.name, version: t.version, memberIds: members.filter((m) => m.team_id === t.id).map((m) => m.user_id) }));
  }

  async createTeam(name: string): Promise<{ id: string; name: string; memberIds: string[]; version: number }> {
    const id = await this.ctx.transaction(async (trx) => {
      const teamId = await createTeam(trx, this.ctx.clock, this.organisationId, name);
      await this.ctx.auditWrite(trx, { action: "team.create", entityType: "team", entityId: teamId });
      return teamId;
    });
    return { id, name, memberIds: [], version: 1 };
  }

  async renameTeam(id: string, name: string, version: number): Promise<void> {
    await this.ctx.transaction(async (trx) => {
      const exists = await trx.selectFrom("team").select("version").where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst();
      if (!exists) throw new AppError("not_found", "Team not found");
      const result = await trx.updateTable("team").set({ name, updated_at: this.ctx.now(), version: version + 1 }).where("organisation_id", "=", this.organisationId).where("id", "=", id).where("version", "=", version).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw stale();
      await this.ctx.auditWrite(trx, { action: "team.update", entityType: "team", entityId: id });
    });
  }

  async users(): Promise<UserView[]> {
    const rows = await this.ctx.db.selectFrom("user_account").selectAll().where("organisation_id", "=", this.organisationId).orderBy("display_name").execute();
    const teams = await teamIdsOf(this.ctx.db, this.organisationId, rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      status: r.status,
      teamIds: teams.get(r.id) ?? [],
      language: r.language,
      lastLoginAt: r.last_login_at,
      version: r.version,
    }));
  }

  async user(id: string): Promise<UserView> {
    const found = (await this.users()).find((u) => u.id === id);
    if (!found) throw new AppError("not_found", "Account not found");
    return found;
  }

  private async hasPassword(id: string): Promise<boolean> {
    const row = await this.ctx.db.selectFrom("user_account").select("password_hash").where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst();
    return Boolean(row?.password_hash);
  }

  /** Creates an invited account and a one-time invitation token (shown once, stored hashed). */
  async invite(input: { email: string; displayName: string; role: Role; teamIds?: string[] | undefined; language?: string | undefined }): Promise<{ user: UserView; invitationToken: string; invitationUrl: string }> {
    const { userId, token } = await this.ctx.transaction(async (trx) => {
      const id = await createUser(trx, this.ctx.clock, this.organisationId, { email: input.email, displayName: input.displayName, role: input.role, teamIds: input.teamIds ?? [], ...(input.language ? { language: input.language } : {}) });
      const invitationToken = await createInvitation(trx, this.ctx.clock, { organisationId: this.organisationId, userId: id, createdBy: this.ctx.user.userId });
      await this.ctx.auditWrite(trx, { action: "user.invite", entityType: "user", entityId: id });
      return { userId: id, token: invitationToken };
    });
    const invitationUrl = `${this.ctx.services.config.publicUrl}/invitation?token=${encodeURIComponent(token)}`;
    return { user: await this.user(userId), invitationToken: token, invitationUrl };
  }

  /** Changes an account; disabling it ends all its sessions in the same transaction. */
  async updateUser(id: string, patch: { displayName?: string | undefined; role?: Role | undefined; teamIds?: string[] | undefined; status?: "active" | "disabled" | undefined; language?: string | undefined; version: number }): Promise<UserView> {
    const current = await this.user(id);
    if (id === this.ctx.user.userId && (patch.status === "disabled" || (patch.role !== undefined && patch.role !== "admin"))) {
      throw new AppError("rule_violation", "You cannot disable your own account or take away your own admin role");
    }
    if (patch.status === "active" && current.status === "invited") {
      throw new AppError("rule_violation", "An invited account becomes active when the invitation is accepted");
    }
    // An account that never set a password goes back to "invited" when enabled again, so its
    // invitation still works and it never becomes active without a password.
    const status = patch.status === "active" && !(await this.hasPassword(id)) ? "invited" : patch.status;
    await this.ctx.transaction(async (trx) => {
      const result = await trx
        .updateTable("user_account")
        .set({
          ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(status !== undefined ? { status } : {}),
          ...(patch.language !== undefined ? { language: patch.language } : {}),
          updated_at: this.ctx.now(),
          version: patch.version + 1,
        })
        .where("organisation_id", "=", this.organisationId)
        .where("id", "=", id)
        .where("version", "=", patch.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw stale();
      if (patch.teamIds !== undefined) await setTeams(trx, this.ctx.clock, this.organisationId, id, patch.teamIds);
      if (patch.status === "disabled") await endUserSessions(trx, this.organisationId, id, this.ctx.now(), "account_disabled");
      await this.ctx.auditWrite(trx, { action: patch.status === "disabled" ? "user.disable" : "user.update", entityType: "user", entityId: id });
    });
    return this.user(id);
  }
}
