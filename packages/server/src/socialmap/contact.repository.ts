import { AppError } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { SocialMapContactTable } from "../db/schema.ts";
import { newId } from "../ids.ts";

export interface ContactInput {
  serviceId?: string | null | undefined;
  name: string;
  role?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  notes?: string | undefined;
  /** Share with the worker's first team (default) or keep to oneself. */
  shareWithTeam?: boolean | undefined;
}

export interface ContactView {
  id: string;
  serviceId: string | null;
  serviceName: string | null;
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  sharedWithTeam: boolean;
  createdBy: string;
  version: number;
  updatedAt: string;
}

/**
 * The workers' own network at services: contact persons with notes ("ask for Sara, she knows the
 * rules"). Seen by the team of the worker who made them (or only by that worker); never part of
 * an HSDS export or the public HSDS API.
 */
export class ContactRepository {
  constructor(private readonly ctx: RequestContext) {}

  private visible() {
    const { organisationId, userId, teamIds } = this.ctx.user;
    return this.ctx.db
      .selectFrom("socialmap_contact")
      .leftJoin("socialmap_service", (j) => j.onRef("socialmap_service.organisation_id", "=", "socialmap_contact.organisation_id").onRef("socialmap_service.service_id", "=", "socialmap_contact.service_id"))
      .selectAll("socialmap_contact")
      .select("socialmap_service.name as service_name")
      .where("socialmap_contact.organisation_id", "=", organisationId)
      .where("socialmap_contact.removed_at", "is", null)
      .where((eb) => eb.or([eb("socialmap_contact.created_by", "=", userId), ...(teamIds.length ? [eb("socialmap_contact.team_id", "in", teamIds)] : [])]));
  }

  async list(serviceId?: string): Promise<ContactView[]> {
    let query = this.visible();
    if (serviceId) query = query.where("socialmap_contact.service_id", "=", serviceId);
    const rows = await query.orderBy("socialmap_contact.name").orderBy("socialmap_contact.id").limit(1000).execute();
    return rows.map((r) => present(r, r.service_name));
  }

  async create(input: ContactInput): Promise<ContactView> {
    const { organisationId, userId, teamIds } = this.ctx.user;
    if (input.serviceId) await this.requireService(input.serviceId);
    const now = this.ctx.now();
    const row: SocialMapContactTable = {
      organisation_id: organisationId,
      id: newId(this.ctx.clock),
      service_id: input.serviceId ?? null,
      name: input.name,
      role: input.role || null,
      phone: input.phone || null,
      email: input.email || null,
      notes: input.notes || null,
      team_id: input.shareWithTeam === false ? null : (teamIds[0] ?? null),
      created_by: userId,
      created_at: now,
      updated_at: now,
      removed_at: null,
      version: 1,
    };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("socialmap_contact").values(row).execute();
      await this.ctx.auditWrite(trx, { action: "socialmap_contact.create", entityType: "socialmap_contact", entityId: row.id });
    });
    return this.get(row.id);
  }

  async update(id: string, input: Partial<ContactInput> & { version: number }): Promise<ContactView> {
    await this.get(id);
    if (input.serviceId) await this.requireService(input.serviceId);
    await this.ctx.transaction(async (trx) => {
      const result = await trx
        .updateTable("socialmap_contact")
        .set({
          ...(input.serviceId !== undefined ? { service_id: input.serviceId } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.role !== undefined ? { role: input.role || null } : {}),
          ...(input.phone !== undefined ? { phone: input.phone || null } : {}),
          ...(input.email !== undefined ? { email: input.email || null } : {}),
          ...(input.notes !== undefined ? { notes: input.notes || null } : {}),
          ...(input.shareWithTeam !== undefined ? { team_id: input.shareWithTeam ? (this.ctx.user.teamIds[0] ?? null) : null } : {}),
          updated_at: this.ctx.now(),
          version: input.version + 1,
        })
        .where("organisation_id", "=", this.ctx.user.organisationId)
        .where("id", "=", id)
        .where("version", "=", input.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new AppError("stale_version", "This contact was changed by someone else; reload and try again");
      await this.ctx.auditWrite(trx, { action: "socialmap_contact.update", entityType: "socialmap_contact", entityId: id });
    });
    return this.get(id);
  }

  async remove(id: string, version: number): Promise<void> {
    await this.get(id);
    await this.ctx.transaction(async (trx) => {
      const result = await trx.updateTable("socialmap_contact").set({ removed_at: this.ctx.now(), version: version + 1 }).where("organisation_id", "=", this.ctx.user.organisationId).where("id", "=", id).where("version", "=", version).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new AppError("stale_version", "This contact was changed by someone else; reload and try again");
      await this.ctx.auditWrite(trx, { action: "socialmap_contact.remove", entityType: "socialmap_contact", entityId: id });
    });
  }

  /** A contact the worker sees, or undefined. */
  async find(id: string): Promise<ContactView | undefined> {
    const row = await this.visible().where("socialmap_contact.id", "=", id).executeTakeFirst();
    return row ? present(row, row.service_name) : undefined;
  }

  private async get(id: string): Promise<ContactView> {
    const row = await this.visible().where("socialmap_contact.id", "=", id).executeTakeFirst();
    if (!row) throw new AppError("not_found", "Contact not found");
    return present(row, row.service_name);
  }

  private async requireService(serviceId: string): Promise<void> {
    const service = await this.ctx.db.selectFrom("socialmap_service").select("service_id").where("organisation_id", "=", this.ctx.user.organisationId).where("service_id", "=", serviceId).executeTakeFirst();
    if (!service) throw new AppError("validation_failed", "The input is not valid", [{ path: "body.serviceId", code: "unknown_service", message: "No such service on the social map" }]);
  }
}

function present(row: SocialMapContactTable, serviceName: string | null): ContactView {
  return {
    id: row.id,
    serviceId: row.service_id,
    serviceName,
    name: row.name,
    role: row.role,
    phone: row.phone,
    email: row.email,
    notes: row.notes,
    sharedWithTeam: row.team_id !== null,
    createdBy: row.created_by,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
