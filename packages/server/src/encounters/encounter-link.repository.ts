import { AppError, type EncounterLink } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { newId } from "../ids.ts";

/**
 * Links an anonymous encounter to a person once the person agrees, and undoes it. Only a worker
 * who was present may link, and only to a person they may see. The consent and the link are
 * kept (an undo marks the row), and both are audited.
 */
export class EncounterLinkRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.user.organisationId;
  }

  private async presentAt(encounterId: string): Promise<{ anonymous: boolean }> {
    const encounter = await this.ctx.db
      .selectFrom("encounter")
      .innerJoin("encounter_worker", (j) => j.onRef("encounter_worker.organisation_id", "=", "encounter.organisation_id").onRef("encounter_worker.encounter_id", "=", "encounter.id"))
      .select(["encounter.anonymous_nickname", "encounter.anonymous_description", "encounter.anonymous_head_count"])
      .where("encounter.organisation_id", "=", this.organisationId)
      .where("encounter.id", "=", encounterId)
      .where("encounter_worker.user_id", "=", this.ctx.user.userId)
      .executeTakeFirst();
    if (!encounter) throw new AppError("not_found", "Encounter not found");
    return { anonymous: encounter.anonymous_nickname !== null || encounter.anonymous_description !== null || encounter.anonymous_head_count !== null };
  }

  async link(encounterId: string, input: EncounterLink): Promise<{ linkId: string }> {
    const { anonymous } = await this.presentAt(encounterId);
    if (!anonymous) throw new AppError("rule_violation", "Only an anonymous encounter can be linked to a person");
    const grant = await this.ctx.access.require(input.personId, "encounters");
    const id = newId(this.ctx.clock);
    await this.ctx.transaction(async (trx) => {
      const already = await trx.selectFrom("encounter_person").select("person_id").where("organisation_id", "=", this.organisationId).where("encounter_id", "=", encounterId).where("person_id", "=", input.personId).executeTakeFirst();
      if (already) throw new AppError("conflict", "This encounter is linked to this person already");
      await trx
        .insertInto("encounter_link")
        .values({ organisation_id: this.organisationId, id, encounter_id: encounterId, person_id: input.personId, consent_method: input.consent.method, consent_note: input.consent.note || null, linked_by: this.ctx.user.userId, linked_at: this.ctx.now(), unlinked_by: null, unlinked_at: null })
        .execute();
      await trx.insertInto("encounter_person").values({ organisation_id: this.organisationId, encounter_id: encounterId, person_id: input.personId }).execute();
      await this.ctx.auditWrite(trx, { action: "encounter.link", entityType: "encounter", entityId: encounterId, personId: input.personId, basis: grant.basis, consentId: grant.consentId ?? null, reason: `consent:${input.consent.method}` });
    });
    return { linkId: id };
  }

  async unlink(encounterId: string, personId: string): Promise<void> {
    await this.presentAt(encounterId);
    const grant = await this.ctx.access.require(personId, "encounters");
    await this.ctx.transaction(async (trx) => {
      const link = await trx.selectFrom("encounter_link").select("id").where("organisation_id", "=", this.organisationId).where("encounter_id", "=", encounterId).where("person_id", "=", personId).where("unlinked_at", "is", null).executeTakeFirst();
      if (!link) throw new AppError("not_found", "This encounter was not linked to this person");
      await trx.updateTable("encounter_link").set({ unlinked_by: this.ctx.user.userId, unlinked_at: this.ctx.now() }).where("organisation_id", "=", this.organisationId).where("id", "=", link.id).execute();
      await trx.deleteFrom("encounter_person").where("organisation_id", "=", this.organisationId).where("encounter_id", "=", encounterId).where("person_id", "=", personId).execute();
      await this.ctx.auditWrite(trx, { action: "encounter.unlink", entityType: "encounter", entityId: encounterId, personId, basis: grant.basis, consentId: grant.consentId ?? null });
    });
  }
}
