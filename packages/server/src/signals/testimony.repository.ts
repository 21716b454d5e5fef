import { notFound, type TestimonyCreate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { requireScope } from "../access/scope.ts";
import type { SignalTestimonyTable } from "../db/schema.ts";
import { newId } from "../ids.ts";

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
    const row: SignalTestimonyTable = { organisation_id: organisationId, id: newId(this.ctx.clock), dossier_id: dossierId, person_id: input.personId, text: input.text, shown_name: input.shownName ?? null, publishable: input.publishable ? 1 : 0, consent_at: this.ctx.now(), recorded_by: this.ctx.user.userId };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("signal_testimony").values(row).execute();
      await this.ctx.auditWrite(trx, { action: "testimony.create", entityType: "signal_testimony", entityId: row.id, personId: input.personId, basis: grant.basis });
    });
    return view(row);
  }

  /** A dossier's testimonies, without who gave them (coordinators and administrators). */
  async ofDossier(dossierId: string): Promise<TestimonyView[]> {
    requireScope(this.ctx.user, "organisation");
    const rows = await this.ctx.db.selectFrom("signal_testimony").selectAll().where("organisation_id", "=", this.ctx.user.organisationId).where("dossier_id", "=", dossierId).orderBy("consent_at").execute();
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

  /** The person withdraws their consent: the testimony is deleted, and leaves public pages at once. */
  async withdraw(id: string): Promise<void> {
    const { personId, organisationId } = this.ctx.person;
    await this.ctx.transaction(async (trx) => {
      const removed = await trx.deleteFrom("signal_testimony").where("organisation_id", "=", organisationId).where("id", "=", id).where("person_id", "=", personId).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw notFound("Testimony not found");
      await this.ctx.auditWrite(trx, { action: "testimony.withdraw", entityType: "signal_testimony", entityId: id, personId, basis: "self" });
    });
  }
}

function view(r: SignalTestimonyTable): TestimonyView {
  return { id: r.id, text: r.text, shownName: r.shown_name, publishable: r.publishable === 1, consentAt: r.consent_at };
}
