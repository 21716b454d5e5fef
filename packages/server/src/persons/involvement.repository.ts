import { AppError } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { forUpdate } from "../db/dialect.ts";
import { existingUserIds } from "../users/user.repository.ts";

export interface InvolvementRow {
  personId: string;
  personDisplayName: string;
  userId: string;
  userDisplayName: string;
  since: string;
}

/** The only SQL for involvement: which workers work with which person. */
export class InvolvementRepository {
  constructor(private readonly ctx: RequestContext) {}

  private async select(filter: { personId?: string | undefined; userId?: string | undefined }): Promise<InvolvementRow[]> {
    let query = this.ctx.db
      .selectFrom("involvement")
      .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "involvement.organisation_id").onRef("person.id", "=", "involvement.person_id"))
      .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "involvement.organisation_id").onRef("user_account.id", "=", "involvement.user_id"))
      .select(["involvement.person_id", "involvement.user_id", "involvement.created_at", "person.display_name as person_name", "user_account.display_name as user_name"])
      .where("involvement.organisation_id", "=", this.ctx.user.organisationId);
    if (filter.personId) query = query.where("involvement.person_id", "=", filter.personId);
    if (filter.userId) query = query.where("involvement.user_id", "=", filter.userId);
    const rows = await query.orderBy("person.display_name_search").orderBy("user_account.display_name").limit(1000).execute();
    return rows.map((r) => ({ personId: r.person_id, personDisplayName: r.person_name, userId: r.user_id, userDisplayName: r.user_name, since: r.created_at }));
  }

  /** The workers involved with a person, as part of reading that person (audited there). */
  async workersOf(personId: string): Promise<InvolvementRow[]> {
    await this.ctx.access.require(personId, "identity");
    return this.select({ personId });
  }

  /** The workers involved with a person, read on its own: audited. */
  async listForPerson(personId: string): Promise<InvolvementRow[]> {
    const grant = await this.ctx.access.require(personId, "identity");
    const rows = await this.select({ personId });
    this.ctx.auditRead({ action: "involvement.list", entityType: "involvement", personId, basis: grant.basis, consentId: grant.consentId ?? null });
    return rows;
  }

  /** Who works with whom across the organisation: administration only (the route says so). */
  async listForAdministration(filter: { personId?: string | undefined; userId?: string | undefined }): Promise<InvolvementRow[]> {
    const rows = await this.select(filter);
    this.ctx.auditRead({ action: "involvement.list", entityType: "involvement", personIds: [...new Set(rows.map((r) => r.personId))], basis: "administration" });
    return rows;
  }

  /** Involves a worker with a person, audited in the same transaction. */
  async add(personId: string, userId: string): Promise<void> {
    const { basis } = await this.ctx.access.manageInvolvement(personId);
    if (basis === "administration" && userId === this.ctx.user.userId) {
      // Otherwise "an admin sees person data only when involved" would be one request away.
      throw new AppError("rule_violation", "An administrator cannot involve themselves; ask a coordinator or an involved worker");
    }
    const { organisationId } = this.ctx.user;
    const known = await existingUserIds(this.ctx.db, organisationId, [userId]);
    if (!known.has(userId)) {
      throw new AppError("validation_failed", "Unknown worker", [{ path: "body.userId", code: "unknown_user", message: "No active account with this id in your organisation" }]);
    }
    await this.ctx.transaction(async (trx) => {
      const exists = await trx.selectFrom("involvement").select("user_id").where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("user_id", "=", userId).executeTakeFirst();
      if (exists) throw new AppError("conflict", "This worker is already involved");
      await trx.insertInto("involvement").values({ organisation_id: organisationId, person_id: personId, user_id: userId, created_by: this.ctx.user.userId, created_at: this.ctx.now() }).execute();
      await this.ctx.auditWrite(trx, { action: "involvement.create", entityType: "involvement", entityId: userId, personId, basis });
    });
    this.ctx.access.forget(personId);
  }

  /** Ends a worker's involvement; a person keeps at least one involved worker (422). */
  async remove(personId: string, userId: string): Promise<void> {
    const { basis } = await this.ctx.access.manageInvolvement(personId);
    const { organisationId } = this.ctx.user;
    await this.ctx.transaction(async (trx) => {
      // Lock the person so two workers removing each other at once cannot leave nobody.
      await forUpdate(this.ctx.services.dialect, trx.selectFrom("person").select("id").where("organisation_id", "=", organisationId).where("id", "=", personId)).execute();
      const rows = await trx.selectFrom("involvement").select("user_id").where("organisation_id", "=", organisationId).where("person_id", "=", personId).execute();
      if (!rows.some((r) => r.user_id === userId)) throw new AppError("not_found", "This worker is not involved");
      if (rows.length === 1) throw new AppError("rule_violation", "A person keeps at least one involved worker; involve someone else first");
      await trx.deleteFrom("involvement").where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("user_id", "=", userId).execute();
      await this.ctx.auditWrite(trx, { action: "involvement.delete", entityType: "involvement", entityId: userId, personId, basis });
    });
    this.ctx.access.forget(personId);
  }
}
