import { AppError, notFound } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { EvaluationRequestTable } from "../db/schema.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";
import { ownWordsAuthor } from "./life-event.repository.ts";

export interface EvaluationView {
  id: string;
  personId: string;
  note: string | null;
  requestedAt: string;
  /** "person" when the person asked in their portal. */
  requestedBy: "person" | "worker";
  /** The person's own words, before or after the moment took place. */
  ownWords: string | null;
  ownWordsBy: "person" | "worker" | null;
  done: { at: string; by: { id: string; displayName: string }; outcome: string | null } | null;
}

/** Evaluation moments the person asks for (part "agenda"), and the worker's record that it took place. */
export class EvaluationRepository {
  constructor(private readonly ctx: RequestContext) {}

  async ask(personId: string, note: string | undefined): Promise<EvaluationView> {
    const grant = await this.ctx.access.require(personId, "agenda");
    const row: EvaluationRequestTable = { organisation_id: grant.organisationId, id: newId(this.ctx.clock), person_id: personId, note: note || null, requested_at: this.ctx.now(), requested_by: this.ctx.authorId, done_at: null, done_by: null, outcome: null, own_words: null, own_words_by: null };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("evaluation_request").values(row).execute();
      await this.ctx.auditWrite(trx, { action: "evaluation.ask", entityType: "evaluation_request", entityId: row.id, personId, basis: grant.basis });
    });
    return (await this.views(grant.organisationId, [row]))[0] as EvaluationView;
  }

  async list(personId: string): Promise<EvaluationView[]> {
    const grant = await this.ctx.access.requireRead(personId, "agenda");
    const rows = await this.ctx.db.selectFrom("evaluation_request").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).orderBy("requested_at", "desc").limit(200).execute();
    this.ctx.auditRead({ action: "evaluation.list", entityType: "evaluation_request", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return this.views(grant.organisationId, rows);
  }

  async done(id: string, input: { outcome?: string | undefined; ownWords?: string | undefined }): Promise<EvaluationView> {
    const found = await this.ctx.db.selectFrom("evaluation_request").select("person_id").where("organisation_id", "=", this.ctx.organisationId).where("id", "=", id).executeTakeFirst();
    if (!found) throw notFound("Evaluation request not found");
    const grant = await this.ctx.access.require(found.person_id, "agenda");
    const now = this.ctx.now();
    await this.ctx.transaction(async (trx) => {
      // Held once: a second record would overwrite the first (the person's words included).
      // Words the person already wrote stay unless the worker writes new ones with them.
      const words = input.ownWords ? { own_words: input.ownWords, own_words_by: this.ctx.authorId } : {};
      const updated = await trx.updateTable("evaluation_request").set({ done_at: now, done_by: this.ctx.authorId, outcome: input.outcome || null, ...words }).where("organisation_id", "=", grant.organisationId).where("id", "=", id).where("done_at", "is", null).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new AppError("conflict", "This evaluation was already recorded as held");
      await this.ctx.auditWrite(trx, { action: "evaluation.done", entityType: "evaluation_request", entityId: id, personId: found.person_id, basis: grant.basis });
    });
    const row = await this.ctx.db.selectFrom("evaluation_request").selectAll().where("organisation_id", "=", grant.organisationId).where("id", "=", id).executeTakeFirstOrThrow();
    return (await this.views(grant.organisationId, [row]))[0] as EvaluationView;
  }

  /** The person's own words on an evaluation moment, before or after it took place; empty clears them. */
  async writeOwnWords(id: string, ownWords: string): Promise<EvaluationView> {
    const found = await this.ctx.db.selectFrom("evaluation_request").select("person_id").where("organisation_id", "=", this.ctx.organisationId).where("id", "=", id).executeTakeFirst();
    if (!found) throw notFound("Evaluation request not found");
    const grant = await this.ctx.access.require(found.person_id, "agenda");
    await this.ctx.transaction(async (trx) => {
      await trx.updateTable("evaluation_request").set({ own_words: ownWords || null, own_words_by: ownWords ? this.ctx.authorId : null }).where("organisation_id", "=", grant.organisationId).where("id", "=", id).execute();
      await this.ctx.auditWrite(trx, { action: "evaluation.own_words", entityType: "evaluation_request", entityId: id, personId: found.person_id, basis: grant.basis });
    });
    const row = await this.ctx.db.selectFrom("evaluation_request").selectAll().where("organisation_id", "=", grant.organisationId).where("id", "=", id).executeTakeFirstOrThrow();
    return (await this.views(grant.organisationId, [row]))[0] as EvaluationView;
  }

  private async views(organisationId: string, rows: EvaluationRequestTable[]): Promise<EvaluationView[]> {
    const names = await userNames(this.ctx.db, organisationId, rows.flatMap((r) => (r.done_by ? [r.done_by] : [])));
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      note: r.note,
      requestedAt: r.requested_at,
      requestedBy: r.requested_by.startsWith("person:") ? "person" : "worker",
      ownWords: r.own_words,
      ownWordsBy: ownWordsAuthor(r.own_words_by),
      done: r.done_at && r.done_by ? { at: r.done_at, by: { id: r.done_by, displayName: names.get(r.done_by) ?? "—" }, outcome: r.outcome } : null,
    }));
  }
}
