import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { notFound, type TestimonyCreate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { requireScope } from "../access/scope.ts";
import type { Database, SignalTestimonyTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";

/**
 * Testimonies: a person with experience of the problem contributes to a dossier in their own
 * words, with their consent. Readers of the dossier see the words and, only if the person chose
 * one, a name; never who it is. The person sees and withdraws their testimonies in the portal.
 */

export interface TestimonyView {
  id: string;
  text: string;
  shownName: string | null;
  publishable: boolean;
  consentAt: string;
}

export interface MyTestimony extends TestimonyView {
  dossierTitle: string;
}

export class TestimonyRepository {
  constructor(private readonly ctx: RequestContext) {}

  /** Recorded by a worker who works with the person (audited on the person). */
  async create(dossierId: string, input: TestimonyCreate): Promise<TestimonyView> {
    const organisationId = this.ctx.user.organisationId;
    const dossier = await this.ctx.db.selectFrom("signal_dossier").select("id").where("organisation_id", "=", organisationId).where("id", "=", dossierId).executeTakeFirst();
    if (!dossier) throw notFound("Dossier not found");
    const grant = await this.ctx.access.require(input.personId, "identity");
    // Random, not time-ordered: the id must not tell when the person gave it.
    const row: SignalTestimonyTable = { organisation_id: organisationId, id: randomUUID(), dossier_id: dossierId, person_id: input.personId, text: input.text, shown_name: input.shownName ?? null, publishable: input.publishable ? 1 : 0, consent_at: this.ctx.now(), recorded_by: this.ctx.user.userId };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("signal_testimony").values(row).execute();
      await bumpDossier(trx, organisationId, dossierId, this.ctx.now());
      // Audited on the person without the testimony's id, which would tie the anonymous words to them.
      await this.ctx.auditWrite(trx, { action: "testimony.create", entityType: "signal_testimony", personId: input.personId, basis: grant.basis });
    });
    return view(row);
  }

  /** A dossier's testimonies, without who gave them (coordinators and administrators). */
  async ofDossier(dossierId: string): Promise<TestimonyView[]> {
    requireScope(this.ctx.user, "organisation");
    const rows = await this.ctx.db.selectFrom("signal_testimony").selectAll().where("organisation_id", "=", this.ctx.user.organisationId).where("dossier_id", "=", dossierId).orderBy("consent_at").execute();
    if (rows.length > 0) this.ctx.auditRead({ action: "testimony.read", entityType: "signal_testimony", personIds: [...new Set(rows.map((r) => r.person_id))] });
    return rows.map(view);
  }

  /** The testimonies that may be published, by id (a withdrawn one is gone). */
  async publishable(organisationId: string, ids: readonly string[] | null, dossierId: string): Promise<TestimonyView[]> {
    let q = this.ctx.db.selectFrom("signal_testimony").selectAll().where("organisation_id", "=", organisationId).where("dossier_id", "=", dossierId).where("publishable", "=", 1);
    if (ids) {
      if (ids.length === 0) return [];
      q = q.where("id", "in", ids);
    }
    return (await q.orderBy("consent_at").execute()).map(view);
  }

  /** The person's own testimonies, in their portal. */
  async mine(): Promise<MyTestimony[]> {
    const { personId, organisationId } = this.ctx.person;
    const rows = await this.ctx.db
      .selectFrom("signal_testimony")
      .innerJoin("signal_dossier", (j) => j.onRef("signal_dossier.organisation_id", "=", "signal_testimony.organisation_id").onRef("signal_dossier.id", "=", "signal_testimony.dossier_id"))
      .selectAll("signal_testimony")
      .select("signal_dossier.title as dossier_title")
      .where("signal_testimony.organisation_id", "=", organisationId)
      .where("signal_testimony.person_id", "=", personId)
      .orderBy("signal_testimony.consent_at", "desc")
      .execute();
    this.ctx.auditRead({ action: "testimony.list", entityType: "signal_testimony", personId, basis: "self" });
    return rows.map((r) => ({ ...view(r), dossierTitle: r.dossier_title }));
  }

  /**
   * The person withdraws their consent: the testimony is deleted, and its words are taken out of
   * every published snapshot in the same transaction (the public page drops them at once).
   */
  async withdraw(id: string): Promise<void> {
    const { personId, organisationId } = this.ctx.person;
    await this.ctx.transaction(async (trx) => {
      const found = await trx.selectFrom("signal_testimony").select("dossier_id").where("organisation_id", "=", organisationId).where("id", "=", id).where("person_id", "=", personId).executeTakeFirst();
      if (!found) throw notFound("Testimony not found");
      await trx.deleteFrom("signal_testimony").where("organisation_id", "=", organisationId).where("id", "=", id).execute();
      const publications = await trx.selectFrom("signal_publication").select(["slug", "content"]).where("organisation_id", "=", organisationId).where("dossier_id", "=", found.dossier_id).execute();
      for (const p of publications) {
        const content = fromJson<{ testimonies?: Array<{ id: string }> }>(p.content, {});
        if (!content.testimonies?.some((t) => t.id === id)) continue;
        await trx.updateTable("signal_publication").set({ content: toJson({ ...content, testimonies: content.testimonies.filter((t) => t.id !== id) }) }).where("organisation_id", "=", organisationId).where("slug", "=", p.slug).execute();
      }
      await bumpDossier(trx, organisationId, found.dossier_id, this.ctx.now());
      await this.ctx.auditWrite(trx, { action: "testimony.withdraw", entityType: "signal_testimony", personId, basis: "self" });
    });
  }
}

/** A testimony added or withdrawn changes what a publication would show: a preview seen before is stale. */
async function bumpDossier(trx: Transaction<Database>, organisationId: string, dossierId: string, now: string): Promise<void> {
  await trx.updateTable("signal_dossier").set((eb) => ({ version: eb("version", "+", 1), updated_at: now })).where("organisation_id", "=", organisationId).where("id", "=", dossierId).execute();
}

function view(r: SignalTestimonyTable): TestimonyView {
  return { id: r.id, text: r.text, shownName: r.shown_name, publishable: r.publishable === 1, consentAt: r.consent_at };
}
