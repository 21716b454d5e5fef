import { AppError, type StrengthCreate, type StrengthPatch } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { createOnce } from "../db/create-once.ts";
import type { StrengthTable } from "../db/schema.ts";
import { newId } from "../ids.ts";

export interface StrengthView {
  id: string;
  personId: string;
  kind: string;
  text: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const present = (row: StrengthTable): StrengthView => ({
  id: row.id,
  personId: row.person_id,
  kind: row.kind,
  text: row.text,
  version: row.version,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The only SQL for strengths and own goals; they are part of the agenda of the person's file. */
export class StrengthRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.user.organisationId;
  }

  async list(personId: string): Promise<StrengthView[]> {
    const grant = await this.ctx.access.requireRead(personId, "agenda");
    const rows = await this.ctx.db.selectFrom("strength").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).where("removed_at", "is", null).orderBy("kind").orderBy("created_at").orderBy("id").execute();
    this.ctx.auditRead({ action: "strength.list", entityType: "strength", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return rows.map(present);
  }

  /** Adds one; the same client id twice returns the first, an id of anything else is a 409. */
  async create(personId: string, input: StrengthCreate): Promise<{ strength: StrengthView; created: boolean }> {
    const grant = await this.ctx.access.require(personId, "agenda");
    const id = input.id ?? newId(this.ctx.clock);
    const { value, created } = await createOnce({
      find: () => this.ctx.db.selectFrom("strength").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst(),
      mine: (row) => row.person_id === personId && row.created_by === this.ctx.user.userId,
      present,
      insert: async () => {
        const now = this.ctx.now();
        const row: StrengthTable = { organisation_id: this.organisationId, id, person_id: personId, kind: input.kind, text: input.text, created_by: this.ctx.user.userId, created_at: now, updated_at: now, removed_at: null, version: 1 };
        await this.ctx.transaction(async (trx) => {
          await trx.insertInto("strength").values(row).execute();
          await this.ctx.auditWrite(trx, { action: "strength.create", entityType: "strength", entityId: id, personId, basis: grant.basis, consentId: grant.consentId ?? null });
        });
        return present(row);
      },
    });
    return { strength: value, created };
  }

  async update(id: string, patch: StrengthPatch): Promise<StrengthView> {
    return present(await this.change(id, patch.version, "strength.update", { ...(patch.text !== undefined ? { text: patch.text } : {}), ...(patch.kind !== undefined ? { kind: patch.kind } : {}) }));
  }

  /** Removes one from view; the row stays for the record. */
  async remove(id: string, version: number): Promise<void> {
    await this.change(id, version, "strength.remove", { removed_at: this.ctx.now() });
  }

  private async change(id: string, version: number, action: string, set: Partial<StrengthTable>): Promise<StrengthTable> {
    const current = await this.ctx.db.selectFrom("strength").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id).where("removed_at", "is", null).executeTakeFirst();
    if (!current) throw new AppError("not_found", "Not found");
    const grant = await this.ctx.access.require(current.person_id, "agenda");
    return this.ctx.transaction(async (trx) => {
      const updated = await trx
        .updateTable("strength")
        .set({ ...set, updated_at: this.ctx.now(), version: version + 1 })
        .where("organisation_id", "=", this.organisationId)
        .where("id", "=", id)
        .where("version", "=", version)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw new AppError("stale_version", "This was changed by someone else; reload and try again");
      await this.ctx.auditWrite(trx, { action, entityType: "strength", entityId: id, personId: current.person_id, basis: grant.basis, consentId: grant.consentId ?? null });
      return updated;
    });
  }
}
