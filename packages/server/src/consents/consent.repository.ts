import { AppError, type ConsentCreate, type PortalConsentCreate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { ConsentTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { newId } from "../ids.ts";

export interface ConsentView {
  id: string;
  personId: string;
  recipientOrganisation: { id: string; name: string } | null;
  recipientUser: { id: string; displayName: string; organisationName: string } | null;
  scopes: string[];
  purpose: string;
  givenHow: string;
  validFrom: string;
  validUntil: string | null;
  withdrawnAt: string | null;
  recordedBy: { kind: "worker" | "person"; name: string | null };
  createdAt: string;
  state: "active" | "not_yet" | "expired" | "withdrawn";
}

export interface ReceivedConsentView {
  consentId: string;
  personId: string;
  personDisplayName: string;
  organisationName: string;
  scopes: string[];
  purpose: string;
  validUntil: string | null;
}

const unknownRecipient = (path: string): AppError => new AppError("validation_failed", "The input is not valid", [{ path, code: "unknown_recipient", message: "No such organisation or worker" }]);

export function consentState(row: Pick<ConsentTable, "valid_from" | "valid_until" | "withdrawn_at">, now: string): ConsentView["state"] {
  if (row.withdrawn_at !== null) return "withdrawn";
  if (row.valid_from > now) return "not_yet";
  if (row.valid_until !== null && row.valid_until <= now) return "expired";
  return "active";
}

/**
 * Consents: who else may see which parts of a person's file, for what, until when. Recorded by a
 * worker who works with the person (given in person or in writing) or by the person in the
 * portal; withdrawn by either, at once. The access context reads them (PersonAccess).
 */
export class ConsentRepository {
  constructor(private readonly ctx: RequestContext) {}

  async list(personId: string): Promise<ConsentView[]> {
    const grant = await this.ctx.access.require(personId, "identity");
    const rows = await this.ctx.db.selectFrom("consent").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).orderBy("created_at", "desc").orderBy("id", "desc").execute();
    this.ctx.auditRead({ action: "consent.list", entityType: "consent", personId, basis: grant.basis });
    return this.views(rows);
  }

  async create(personId: string, input: ConsentCreate | PortalConsentCreate): Promise<ConsentView> {
    const grant = await this.ctx.access.require(personId, "identity");
    const recipient = await this.recipient(input.recipientOrganisationId, input.recipientUserId);
    const now = this.ctx.now();
    const byPerson = this.ctx.actor.kind === "person";
    const row: ConsentTable = {
      organisation_id: grant.organisationId,
      id: newId(this.ctx.clock),
      person_id: personId,
      recipient_organisation_id: recipient.organisationId,
      recipient_user_id: recipient.userId,
      scopes: toJson(input.scopes),
      purpose: input.purpose,
      given_how: "givenHow" in input ? input.givenHow : "portal",
      recorded_by_kind: byPerson ? "person" : "user",
      recorded_by: this.ctx.authorId,
      valid_from: input.validFrom ? new Date(input.validFrom).toISOString() : now,
      valid_until: input.validUntil ? new Date(input.validUntil).toISOString() : null,
      withdrawn_at: null,
      withdrawn_by_kind: null,
      withdrawn_by: null,
      created_at: now,
    };
    if (row.valid_until !== null && row.valid_until <= row.valid_from) {
      throw new AppError("validation_failed", "The input is not valid", [{ path: "body.validUntil", code: "ends_before_start", message: "The end must be after the start" }]);
    }
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("consent").values(row).execute();
      await this.ctx.auditWrite(trx, { action: "consent.create", entityType: "consent", entityId: row.id, personId, basis: grant.basis });
    });
    return (await this.views([row]))[0] as ConsentView;
  }

  /** Withdrawal takes effect at once: the next request of the recipient no longer sees the person. */
  async withdraw(personId: string, consentId: string): Promise<ConsentView> {
    const grant = await this.ctx.access.require(personId, "identity");
    const now = this.ctx.now();
    const row = await this.ctx.transaction(async (trx) => {
      const current = await trx.selectFrom("consent").selectAll().where("organisation_id", "=", grant.organisationId).where("id", "=", consentId).where("person_id", "=", personId).executeTakeFirst();
      if (!current) throw new AppError("not_found", "Consent not found");
      if (current.withdrawn_at !== null) return current;
      const updated = { ...current, withdrawn_at: now, withdrawn_by_kind: this.ctx.actor.kind === "person" ? "person" : "user", withdrawn_by: this.ctx.authorId };
      await trx.updateTable("consent").set({ withdrawn_at: updated.withdrawn_at, withdrawn_by_kind: updated.withdrawn_by_kind, withdrawn_by: updated.withdrawn_by }).where("organisation_id", "=", grant.organisationId).where("id", "=", consentId).execute();
      await this.ctx.auditWrite(trx, { action: "consent.withdraw", entityType: "consent", entityId: consentId, personId, basis: grant.basis });
      return updated;
    });
    this.ctx.access.forget(personId);
    return (await this.views([row]))[0] as ConsentView;
  }

  /**
   * The persons who gave the signed-in worker (or the worker's organisation) a consent that holds
   * now. Seeing the person's name here is itself access by consent: audited in the person's organisation.
   */
  async received(): Promise<ReceivedConsentView[]> {
    const { organisationId, userId, role } = this.ctx.user;
    const now = this.ctx.now();
    const rows = await this.ctx.db
      .selectFrom("consent")
      .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "consent.organisation_id").onRef("person.id", "=", "consent.person_id"))
      .innerJoin("organisation", "organisation.id", "consent.organisation_id")
      .select(["consent.id", "consent.organisation_id", "consent.person_id", "consent.scopes", "consent.purpose", "consent.valid_until", "person.display_name", "organisation.name as organisation_name"])
      .where("consent.recipient_organisation_id", "=", organisationId)
      // The same rule as the access context: administrators only when named.
      .where((eb) => (role === "admin" ? eb("consent.recipient_user_id", "=", userId) : eb.or([eb("consent.recipient_user_id", "is", null), eb("consent.recipient_user_id", "=", userId)])))
      .where("consent.withdrawn_at", "is", null)
      .where("consent.valid_from", "<=", now)
      .where((eb) => eb.or([eb("consent.valid_until", "is", null), eb("consent.valid_until", ">", now)]))
      .orderBy("person.display_name_search")
      .orderBy("consent.id")
      .limit(500)
      .execute();
    for (const r of rows) {
      this.ctx.auditRead({ action: "consent.received", entityType: "consent", entityId: r.id, personId: r.person_id, basis: "consent", consentId: r.id, organisationId: r.organisation_id });
    }
    return rows.map((r) => ({ consentId: r.id, personId: r.person_id, personDisplayName: r.display_name, organisationName: r.organisation_name, scopes: fromJson<string[]>(r.scopes, []), purpose: r.purpose, validUntil: r.valid_until }));
  }

  /** The recipient must exist: an organisation, an active worker, or a worker of that organisation. */
  private async recipient(organisationId: string | undefined, userId: string | undefined): Promise<{ organisationId: string; userId: string | null }> {
    if (userId !== undefined) {
      let query = this.ctx.db.selectFrom("user_account").select(["organisation_id", "id"]).where("id", "=", userId).where("status", "=", "active");
      if (organisationId !== undefined) query = query.where("organisation_id", "=", organisationId);
      const user = await query.executeTakeFirst();
      if (!user) throw unknownRecipient("body.recipientUserId");
      return { organisationId: user.organisation_id, userId: user.id };
    }
    const organisation = organisationId ? await this.ctx.db.selectFrom("organisation").select("id").where("id", "=", organisationId).executeTakeFirst() : undefined;
    if (!organisation) throw unknownRecipient("body.recipientOrganisationId");
    return { organisationId: organisation.id, userId: null };
  }

  private async views(rows: ConsentTable[]): Promise<ConsentView[]> {
    if (rows.length === 0) return [];
    const now = this.ctx.now();
    const organisationIds = [...new Set(rows.flatMap((r) => (r.recipient_organisation_id ? [r.recipient_organisation_id] : [])))];
    const organisations = organisationIds.length ? await this.ctx.db.selectFrom("organisation").select(["id", "name"]).where("id", "in", organisationIds).execute() : [];
    const orgName = new Map(organisations.map((o) => [o.id, o.name]));
    const userIds = [...new Set(rows.flatMap((r) => [r.recipient_user_id, r.recorded_by_kind === "user" ? r.recorded_by : null]).filter((id): id is string => id !== null))];
    const users = userIds.length ? await this.ctx.db.selectFrom("user_account").select(["organisation_id", "id", "display_name"]).where("id", "in", userIds).execute() : [];
    const userById = new Map(users.map((u) => [`${u.organisation_id}/${u.id}`, u]));
    return rows.map((r) => {
      const user = r.recipient_user_id && r.recipient_organisation_id ? userById.get(`${r.recipient_organisation_id}/${r.recipient_user_id}`) : undefined;
      const recorder = r.recorded_by_kind === "user" ? userById.get(`${r.organisation_id}/${r.recorded_by}`) : undefined;
      return {
        id: r.id,
        personId: r.person_id,
        recipientOrganisation: r.recipient_organisation_id ? { id: r.recipient_organisation_id, name: orgName.get(r.recipient_organisation_id) ?? "" } : null,
        recipientUser: user ? { id: user.id, displayName: user.display_name, organisationName: orgName.get(user.organisation_id) ?? "" } : null,
        scopes: fromJson<string[]>(r.scopes, []),
        purpose: r.purpose,
        givenHow: r.given_how,
        validFrom: r.valid_from,
        validUntil: r.valid_until,
        withdrawnAt: r.withdrawn_at,
        recordedBy: { kind: r.recorded_by_kind === "person" ? "person" : "worker", name: recorder?.display_name ?? null },
        createdAt: r.created_at,
        state: consentState(r, now),
      };
    });
  }
}

/** Organisations and their active workers, to choose the recipient of a consent. No person data. */
export class DirectoryRepository {
  constructor(private readonly ctx: RequestContext) {}

  async organisations(): Promise<Array<{ id: string; name: string }>> {
    return this.ctx.db.selectFrom("organisation").select(["id", "name"]).orderBy("name").orderBy("id").limit(1000).execute();
  }

  async workers(organisationId: string): Promise<Array<{ id: string; displayName: string }>> {
    const organisation = await this.ctx.db.selectFrom("organisation").select("id").where("id", "=", organisationId).executeTakeFirst();
    if (!organisation) throw new AppError("not_found", "Organisation not found");
    const rows = await this.ctx.db.selectFrom("user_account").select(["id", "display_name"]).where("organisation_id", "=", organisationId).where("status", "=", "active").orderBy("display_name").orderBy("id").limit(2000).execute();
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  }
}
