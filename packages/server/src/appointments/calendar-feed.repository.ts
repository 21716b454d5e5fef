import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { AppError } from "@nabij/domain";
import type { RequestContext, Services } from "../access/context.ts";
import { hashToken } from "../auth/session-store.ts";
import type { CalendarFeedTable, Database } from "../db/schema.ts";
import { newId } from "../ids.ts";

export interface FeedView {
  id: string;
  ownerKind: string;
  personId: string | null;
  createdAt: string;
  revokedAt: string | null;
}

const present = (row: CalendarFeedTable): FeedView => ({ id: row.id, ownerKind: row.owner_kind, personId: row.person_id, createdAt: row.created_at, revokedAt: row.revoked_at });

/**
 * Private calendar feeds behind unguessable tokens ("<organisationId>.<secret>", stored hashed).
 * The token is shown once, at creation; revoking makes the URL answer 404 from then on.
 */
export class CalendarFeedRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.organisationId;
  }

  private feedUrl(token: string): string {
    return `${this.ctx.services.config.publicUrl}/ical/${token}.ics`;
  }

  private async insert(row: Omit<CalendarFeedTable, "organisation_id" | "id" | "token_hash" | "created_by" | "created_at" | "revoked_at">, basis: string | null): Promise<{ feed: FeedView; url: string }> {
    const token = `${this.organisationId}.${randomBytes(24).toString("base64url")}`;
    const feed: CalendarFeedTable = { organisation_id: this.organisationId, id: newId(this.ctx.clock), token_hash: hashToken(token), created_by: this.ctx.authorId, created_at: this.ctx.now(), revoked_at: null, ...row };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("calendar_feed").values(feed).execute();
      await this.ctx.auditWrite(trx, { action: "calendar_feed.create", entityType: "calendar_feed", entityId: feed.id, personId: row.person_id, basis });
    });
    return { feed: present(feed), url: this.feedUrl(token) };
  }

  /** A feed of every appointment the signed-in worker comes to. */
  createForMe(): Promise<{ feed: FeedView; url: string }> {
    return this.insert({ owner_kind: "worker", user_id: this.ctx.user.userId, person_id: null }, null);
  }

  /** A feed of one person's own appointments, for the person's phone. */
  async createForPerson(personId: string): Promise<{ feed: FeedView; url: string }> {
    const grant = await this.ctx.access.require(personId, "appointments");
    return this.insert({ owner_kind: "person", user_id: null, person_id: personId }, grant.basis);
  }

  /** Stops the feeds a person made themself in their portal (not those a worker made for them). */
  async revokeOwn(personId: string): Promise<void> {
    const grant = await this.ctx.access.require(personId, "appointments");
    await this.ctx.transaction(async (trx) => {
      const revoked = await trx
        .updateTable("calendar_feed")
        .set({ revoked_at: this.ctx.now() })
        .where("organisation_id", "=", grant.organisationId)
        .where("owner_kind", "=", "person")
        .where("person_id", "=", personId)
        .where("created_by", "=", this.ctx.authorId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      if (Number(revoked.numUpdatedRows) > 0) await this.ctx.auditWrite(trx, { action: "calendar_feed.revoke", entityType: "calendar_feed", personId, basis: grant.basis });
    });
  }

  async listMine(): Promise<FeedView[]> {
    const rows = await this.ctx.db.selectFrom("calendar_feed").selectAll().where("organisation_id", "=", this.organisationId).where("owner_kind", "=", "worker").where("user_id", "=", this.ctx.user.userId).orderBy("created_at", "desc").execute();
    return rows.map(present);
  }

  async listForPerson(personId: string): Promise<FeedView[]> {
    const grant = await this.ctx.access.require(personId, "appointments");
    const rows = await this.ctx.db.selectFrom("calendar_feed").selectAll().where("organisation_id", "=", this.organisationId).where("owner_kind", "=", "person").where("person_id", "=", personId).orderBy("created_at", "desc").execute();
    this.ctx.auditRead({ action: "calendar_feed.list", entityType: "calendar_feed", personId, basis: grant.basis, consentId: grant.consentId ?? null });
    return rows.map(present);
  }

  /** Revokes a feed: one's own, or a person's feed for whoever may see that person. */
  async revoke(feedId: string): Promise<void> {
    const feed = await this.ctx.db.selectFrom("calendar_feed").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", feedId).executeTakeFirst();
    if (!feed || (feed.owner_kind === "worker" && feed.user_id !== this.ctx.user.userId)) throw new AppError("not_found", "Calendar feed not found");
    const grant = feed.person_id ? await this.ctx.access.require(feed.person_id, "appointments") : undefined;
    await this.ctx.transaction(async (trx) => {
      await trx.updateTable("calendar_feed").set({ revoked_at: this.ctx.now() }).where("organisation_id", "=", this.organisationId).where("id", "=", feedId).where("revoked_at", "is", null).execute();
      await this.ctx.auditWrite(trx, { action: "calendar_feed.revoke", entityType: "calendar_feed", entityId: feedId, personId: feed.person_id, basis: grant?.basis ?? null });
    });
  }
}

/** The live feed behind a token, or undefined (unknown, malformed or revoked: the caller answers 404). */
export async function feedForToken(services: Services, token: string): Promise<CalendarFeedTable | undefined> {
  const organisationId = token.split(".")[0] ?? "";
  if (!organisationId || token.length > 200) return undefined;
  const db: Kysely<Database> = services.db;
  const feed = await db.selectFrom("calendar_feed").selectAll().where("organisation_id", "=", organisationId).where("token_hash", "=", hashToken(token)).executeTakeFirst();
  return feed && feed.revoked_at === null ? feed : undefined;
}
