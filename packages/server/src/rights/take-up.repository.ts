import { notFound, type TakeUpStatus, type TakeUpUpdate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";
import type { TakeUpView } from "./person-rights.repository.ts";
import { today } from "./person-rights.repository.ts";

export interface TakeUpHistory {
  current: TakeUpView | null;
  history: Array<{ status: TakeUpStatus; date: string; note: string | null; recordedAt: string; recordedBy: { id: string; displayName: string } }>;
}

/** Take-up of a right by a person: the current status and every change, with who and when. */
export class TakeUpRepository {
  constructor(private readonly ctx: RequestContext) {}

  private knownRight(rightId: string): void {
    if (!this.ctx.services.rights.pack.rights.some((r) => r.file.id === rightId)) throw notFound(`There is no right ${rightId}`);
  }

  async set(personId: string, rightId: string, input: TakeUpUpdate): Promise<TakeUpView> {
    const grant = await this.ctx.access.require(personId, "rights");
    this.knownRight(rightId);
    const { organisationId } = grant;
    const now = this.ctx.now();
    const row = { status: input.status, status_date: input.date ?? today(this.ctx.services), note: input.note || null, updated_at: now, updated_by: this.ctx.authorId };
    await this.ctx.transaction(async (trx) => {
      const existing = await trx.selectFrom("rights_take_up").select("status").where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("right_id", "=", rightId).executeTakeFirst();
      if (existing) await trx.updateTable("rights_take_up").set(row).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("right_id", "=", rightId).execute();
      else await trx.insertInto("rights_take_up").values({ organisation_id: organisationId, person_id: personId, right_id: rightId, ...row }).execute();
      const eventId = newId(this.ctx.clock);
      await trx
        .insertInto("rights_take_up_event")
        .values({ organisation_id: organisationId, id: eventId, person_id: personId, right_id: rightId, status: row.status, status_date: row.status_date, note: row.note, recorded_at: now, recorded_by: row.updated_by })
        .execute();
      await this.ctx.auditWrite(trx, { action: "rights.take_up.set", entityType: "rights_take_up", entityId: eventId, personId, basis: grant.basis, reason: rightId });
    });
    const names = await userNames(this.ctx.db, organisationId, [row.updated_by]);
    return { rightId, status: row.status, date: row.status_date, note: row.note, updatedAt: now, updatedBy: { id: row.updated_by, displayName: names.get(row.updated_by) ?? "—" } };
  }

  async history(personId: string, rightId: string): Promise<TakeUpHistory> {
    const grant = await this.ctx.access.requireRead(personId, "rights");
    this.knownRight(rightId);
    const { organisationId } = grant;
    const rows = await this.ctx.db
      .selectFrom("rights_take_up_event")
      .selectAll()
      .where("organisation_id", "=", organisationId)
      .where("person_id", "=", personId)
      .where("right_id", "=", rightId)
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .limit(200)
      .execute();
    const names = await userNames(this.ctx.db, organisationId, rows.map((r) => r.recorded_by));
    // (The current status is the take-up row itself; events of the same millisecond may sort either way.)
    const who = (id: string) => ({ id, displayName: names.get(id) ?? "—" });
    this.ctx.auditRead({ action: "rights.take_up.history", entityType: "rights_take_up", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId, reason: rightId });
    const history = rows.map((r) => ({ status: r.status as TakeUpStatus, date: r.status_date, note: r.note, recordedAt: r.recorded_at, recordedBy: who(r.recorded_by) }));
    const current = await this.ctx.db.selectFrom("rights_take_up").selectAll().where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("right_id", "=", rightId).executeTakeFirst();
    return {
      current: current ? { rightId, status: current.status as TakeUpStatus, date: current.status_date, note: current.note, updatedAt: current.updated_at, updatedBy: who(current.updated_by) } : null,
      history,
    };
  }
}
