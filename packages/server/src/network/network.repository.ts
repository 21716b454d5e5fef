import { AppError, LIMITS, type NetworkTieCreate, type NetworkTiePatch } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { createOnce } from "../db/create-once.ts";
import type { NetworkTieTable } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { newId } from "../ids.ts";
import { ContactRepository } from "../socialmap/contact.repository.ts";

export interface NetworkTieView {
  id: string;
  personId: string;
  name: string;
  kind: string;
  relation: string | null;
  closeness: string;
  support: string[];
  stress: boolean;
  note: string | null;
  serviceId: string | null;
  /** The linked service's name on the social map, when linked. */
  serviceName: string | null;
  contactId: string | null;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const present = (row: NetworkTieTable, serviceName: string | null = null): NetworkTieView => ({
  id: row.id,
  personId: row.person_id,
  name: row.name,
  kind: row.kind,
  relation: row.relation,
  closeness: row.closeness,
  support: fromJson<string[]>(row.support, []),
  stress: row.stress === 1,
  note: row.note,
  serviceId: row.service_id,
  serviceName,
  contactId: row.contact_id,
  version: row.version,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const staleTie = (): AppError => new AppError("stale_version", "This was changed by someone else; reload and try again");

/** The person's network (ecomap): part "network" of the person's file. Removed ties stay for the record. */
export class NetworkRepository {
  constructor(private readonly ctx: RequestContext) {}

  async list(personId: string): Promise<NetworkTieView[]> {
    const grant = await this.ctx.access.requireRead(personId, "network");
    const rows = await this.ctx.db.selectFrom("network_tie").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).where("removed_at", "is", null).orderBy("created_at").orderBy("id").execute();
    this.ctx.auditRead({ action: "network.list", entityType: "network_tie", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    const names = await this.serviceNames(grant.organisationId, rows.map((r) => r.service_id));
    return rows.map((r) => present(r, r.service_id ? (names.get(r.service_id) ?? null) : null));
  }

  /** Adds a tie; the same client id twice returns the first, an id of anything else is a 409. */
  async create(personId: string, input: NetworkTieCreate): Promise<{ tie: NetworkTieView; created: boolean }> {
    const grant = await this.ctx.access.require(personId, "network");
    const { organisationId } = grant;
    await this.checkLinks(organisationId, input.serviceId, input.contactId);
    const id = input.id ?? newId(this.ctx.clock);
    const { value, created } = await createOnce({
      find: () => this.ctx.db.selectFrom("network_tie").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id).executeTakeFirst(),
      mine: (row) => row.person_id === personId && row.created_by === this.ctx.authorId,
      present: async (row) => this.withServiceName(row),
      insert: async () => {
        const count = await this.ctx.db.selectFrom("network_tie").select((eb) => eb.fn.countAll().as("n")).where("organisation_id", "=", organisationId).where("person_id", "=", personId).where("removed_at", "is", null).executeTakeFirst();
        if (Number(count?.n ?? 0) >= LIMITS.networkTies) throw new AppError("rule_violation", `A network holds at most ${LIMITS.networkTies} ties`);
        const now = this.ctx.now();
        const row: NetworkTieTable = {
          organisation_id: organisationId,
          id,
          person_id: personId,
          name: input.name,
          kind: input.kind,
          relation: input.relation || null,
          closeness: input.closeness,
          support: toJson(input.support ?? []),
          stress: input.stress ? 1 : 0,
          note: input.note || null,
          service_id: input.serviceId ?? null,
          contact_id: input.contactId ?? null,
          created_by: this.ctx.authorId,
          created_at: now,
          updated_at: now,
          removed_at: null,
          version: 1,
        };
        await this.ctx.transaction(async (trx) => {
          await trx.insertInto("network_tie").values(row).execute();
          await this.ctx.auditWrite(trx, { action: "network.create", entityType: "network_tie", entityId: id, personId, basis: grant.basis });
        });
        return this.withServiceName(row);
      },
    });
    return { tie: value, created };
  }

  async update(id: string, patch: NetworkTiePatch): Promise<NetworkTieView> {
    await this.checkLinks(this.ctx.organisationId, patch.serviceId, patch.contactId);
    const set: Partial<NetworkTieTable> = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.relation !== undefined ? { relation: patch.relation || null } : {}),
      ...(patch.closeness !== undefined ? { closeness: patch.closeness } : {}),
      ...(patch.support !== undefined ? { support: toJson(patch.support) } : {}),
      ...(patch.stress !== undefined ? { stress: patch.stress ? 1 : 0 } : {}),
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
      ...(patch.serviceId !== undefined ? { service_id: patch.serviceId } : {}),
      ...(patch.contactId !== undefined ? { contact_id: patch.contactId } : {}),
    };
    return this.withServiceName(await this.change(id, patch.version, "network.update", set));
  }

  /** Takes a tie off the ecomap; the row stays for the record. */
  async remove(id: string, version: number): Promise<void> {
    await this.change(id, version, "network.remove", { removed_at: this.ctx.now() });
  }

  private async serviceNames(organisationId: string, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.ctx.db.selectFrom("socialmap_service").select(["service_id", "name"]).where("organisation_id", "=", organisationId).where("service_id", "in", wanted).execute();
    return new Map(rows.map((r) => [r.service_id, r.name]));
  }

  private async withServiceName(row: NetworkTieTable): Promise<NetworkTieView> {
    const names = await this.serviceNames(row.organisation_id, [row.service_id]);
    return present(row, row.service_id ? (names.get(row.service_id) ?? null) : null);
  }

  /** A tie links only to a service of the organisation's map and a contact the organisation keeps. */
  private async checkLinks(organisationId: string, serviceId: string | null | undefined, contactId: string | null | undefined): Promise<void> {
    if (serviceId) {
      const service = await this.ctx.db.selectFrom("socialmap_service").select("service_id").where("organisation_id", "=", organisationId).where("service_id", "=", serviceId).executeTakeFirst();
      if (!service) throw new AppError("validation_failed", "The input is not valid", [{ path: "body.serviceId", code: "unknown_service", message: "No such service on the social map" }]);
    }
    if (contactId) {
      // Only a contact the worker sees (their own, or their team's).
      const contact = await new ContactRepository(this.ctx).find(contactId);
      if (!contact || organisationId !== this.ctx.organisationId) throw new AppError("validation_failed", "The input is not valid", [{ path: "body.contactId", code: "unknown_contact", message: "No such contact" }]);
    }
  }

  private async change(id: string, version: number, action: string, set: Partial<NetworkTieTable>): Promise<NetworkTieTable> {
    const organisationId = this.ctx.organisationId;
    const current = await this.ctx.db.selectFrom("network_tie").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id).where("removed_at", "is", null).executeTakeFirst();
    if (!current) throw new AppError("not_found", "Not found");
    const grant = await this.ctx.access.require(current.person_id, "network");
    return this.ctx.transaction(async (trx) => {
      const updated = await trx
        .updateTable("network_tie")
        .set({ ...set, updated_at: this.ctx.now(), version: version + 1 })
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .where("version", "=", version)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw staleTie();
      await this.ctx.auditWrite(trx, { action, entityType: "network_tie", entityId: id, personId: current.person_id, basis: grant.basis });
      return updated;
    });
  }
}
