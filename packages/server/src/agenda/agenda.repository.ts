import type { Transaction } from "kysely";
import { AppError, LIMITS, mayMoveTo, orderProblem, personMayMoveTo, type AgendaItemCreate, type AgendaItemPatch, type AgendaStatus } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { Grant } from "../access/person-access.ts";
import { createOnce } from "../db/create-once.ts";
import { forUpdate } from "../db/dialect.ts";
import type { AgendaItemTable, Database } from "../db/schema.ts";
import { fromJson, toJson } from "../db/values.ts";
import { newId } from "../ids.ts";
import { checkDomainKeys } from "../life-domains/life-domain.repository.ts";

export interface AgendaItemView {
  id: string;
  personId: string;
  title: string;
  ownWords: string | null;
  raisedBy: string;
  domains: string[];
  status: string;
  droppedBy: string | null;
  dropReason: string | null;
  position: number;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface AgendaVersionView {
  version: number;
  changedAt: string;
  changedBy: string;
  changedByName: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

type Changes = Record<string, { from: unknown; to: unknown }>;

function present(row: AgendaItemTable): AgendaItemView {
  return {
    id: row.id,
    personId: row.person_id,
    title: row.title,
    ownWords: row.own_words,
    raisedBy: row.raised_by,
    domains: fromJson<string[]>(row.domains, []),
    status: row.status,
    droppedBy: row.dropped_by,
    dropReason: row.drop_reason,
    position: row.position,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The fields of an item as the history shows them. */
const FIELDS = { title: "title", ownWords: "own_words", raisedBy: "raised_by", domains: "domains", status: "status", droppedBy: "dropped_by", dropReason: "drop_reason" } as const;

function differences(before: AgendaItemTable | undefined, after: AgendaItemTable): Changes {
  const changes: Changes = {};
  for (const [field, column] of Object.entries(FIELDS)) {
    const from = before ? before[column] : null;
    const to = after[column];
    if (from !== to) changes[field] = column === "domains" ? { from: from === null ? null : fromJson(from, []), to: fromJson(to, []) } : { from, to };
  }
  return changes;
}

const staleItem = (): AppError => new AppError("stale_version", "This item was changed by someone else; reload and try again");

/** The only SQL for the shared agenda. Every call goes through the actor's access to the person. */
export class AgendaRepository {
  constructor(private readonly ctx: RequestContext) {}

  /** Writes stay within the actor's organisation; reads by consent use the grant's. */
  private get organisationId(): string {
    return this.ctx.organisationId;
  }

  private async rows(personId: string, organisationId = this.organisationId): Promise<AgendaItemTable[]> {
    return this.ctx.db.selectFrom("agenda_item").selectAll().where("organisation_id", "=", organisationId).where("person_id", "=", personId).orderBy("position").orderBy("id").execute();
  }

  /** The person's agenda in the person's order (also for a worker with a consent for "agenda"). */
  async list(personId: string): Promise<AgendaItemView[]> {
    const grant = await this.ctx.access.requireRead(personId, "agenda");
    const rows = await this.rows(personId, grant.organisationId);
    this.ctx.auditRead({ action: "agenda.list", entityType: "agenda_item", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return rows.map(present);
  }

  /**
   * Adds an item at the end of the agenda. The client may choose the id (offline use): the same
   * id again returns the first result; an id that belongs to anything else is a 409 without details.
   */
  async create(personId: string, input: AgendaItemCreate): Promise<{ item: AgendaItemView; created: boolean }> {
    const grant = await this.ctx.access.require(personId, "agenda");
    const id = input.id ?? newId(this.ctx.clock);
    const { value, created } = await createOnce({
      find: () => this.ctx.db.selectFrom("agenda_item").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst(),
      mine: (row) => row.person_id === personId && row.created_by === this.ctx.authorId,
      present: (row) => present(row),
      insert: async () => present(await this.insert(personId, id, input, grant)),
    });
    return { item: value, created };
  }

  private async insert(personId: string, id: string, input: AgendaItemCreate, grant: Grant): Promise<AgendaItemTable> {
    await checkDomainKeys(this.ctx.db, this.organisationId, input.domains ?? [], "body.domains");
    const now = this.ctx.now();
    return this.ctx.transaction(async (trx) => {
      await this.lockPerson(trx, personId);
      const last = await trx.selectFrom("agenda_item").select((eb) => [eb.fn.max("position").as("max"), eb.fn.countAll().as("count")]).where("organisation_id", "=", this.organisationId).where("person_id", "=", personId).executeTakeFirst();
      if (Number(last?.count ?? 0) >= LIMITS.agendaItems) throw new AppError("rule_violation", `An agenda holds at most ${LIMITS.agendaItems} items; drop or finish some first`);
      const item: AgendaItemTable = {
        organisation_id: this.organisationId,
        id,
        person_id: personId,
        title: input.title,
        own_words: input.ownWords || null,
        raised_by: input.raisedBy,
        domains: toJson(input.domains ?? []),
        status: input.status ?? "open",
        dropped_by: null,
        drop_reason: null,
        position: last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1,
        created_by: this.ctx.authorId,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await trx.insertInto("agenda_item").values(item).execute();
      await this.recordVersion(trx, item, differences(undefined, item));
      await this.ctx.auditWrite(trx, { action: "agenda.create", entityType: "agenda_item", entityId: id, personId, basis: grant.basis, consentId: grant.consentId ?? null });
      return item;
    });
  }

  /** Changes an item when `version` is current; status changes follow AGENDA_TRANSITIONS. */
  async update(itemId: string, patch: AgendaItemPatch, personId?: string): Promise<AgendaItemView> {
    const current = await this.item(itemId);
    // The portal names the person: an item of anyone else does not exist there.
    if (personId !== undefined && current.person_id !== personId) throw new AppError("not_found", "Agenda item not found");
    const grant = await this.ctx.access.require(current.person_id, "agenda");
    if (current.version !== patch.version) throw staleItem();
    if (patch.domains) await checkDomainKeys(this.ctx.db, this.organisationId, patch.domains, "body.domains");
    const status = (patch.status ?? current.status) as AgendaStatus;
    const allowed = this.ctx.actor.kind === "person" ? personMayMoveTo : mayMoveTo;
    if (!allowed(current.status as AgendaStatus, status)) {
      throw new AppError("rule_violation", `An item that is ${current.status} cannot become ${status}`, [{ path: "body.status", code: "transition_not_allowed", message: `Not from ${current.status}` }]);
    }
    const next: AgendaItemTable = {
      ...current,
      title: patch.title ?? current.title,
      own_words: patch.ownWords === undefined ? current.own_words : patch.ownWords || null,
      domains: patch.domains ? toJson(patch.domains) : current.domains,
      status,
      // Dropping says who and why; taking the item up again clears it.
      dropped_by: status === "dropped" ? (patch.droppedBy ?? current.dropped_by) : null,
      drop_reason: status === "dropped" ? (patch.dropReason ?? current.drop_reason) : null,
      updated_at: this.ctx.now(),
      version: patch.version + 1,
    };
    const changes = differences(current, next);
    return present(
      await this.ctx.transaction(async (trx) => {
        const updated = await trx
          .updateTable("agenda_item")
          .set({ title: next.title, own_words: next.own_words, domains: next.domains, status: next.status, dropped_by: next.dropped_by, drop_reason: next.drop_reason, updated_at: next.updated_at, version: next.version })
          .where("organisation_id", "=", this.organisationId)
          .where("id", "=", itemId)
          .where("version", "=", patch.version)
          .returningAll()
          .executeTakeFirst();
        if (!updated) throw staleItem();
        await this.recordVersion(trx, updated, changes);
        await this.ctx.auditWrite(trx, { action: "agenda.update", entityType: "agenda_item", entityId: itemId, personId: current.person_id, basis: grant.basis, consentId: grant.consentId ?? null });
        return updated;
      }),
    );
  }

  /**
   * Puts the agenda in the order the person chose. The order must list every item of the
   * person exactly once; otherwise nothing changes (409).
   */
  async reorder(personId: string, itemIds: string[]): Promise<AgendaItemView[]> {
    const grant = await this.ctx.access.require(personId, "agenda");
    await this.ctx.transaction(async (trx) => {
      await this.lockPerson(trx, personId);
      const current = await trx.selectFrom("agenda_item").select("id").where("organisation_id", "=", this.organisationId).where("person_id", "=", personId).execute();
      const problem = orderProblem(current.map((r) => r.id), itemIds);
      if (problem) {
        throw new AppError("conflict", "The order must list every item of this agenda exactly once; reload the agenda and try again", [{ path: "body.itemIds", code: `order_${problem}`, message: `The order has ${problem === "duplicate" ? "an item twice" : problem === "missing" ? "items missing" : "items that are not on this agenda"}` }]);
      }
      for (const [position, id] of itemIds.entries()) {
        await trx.updateTable("agenda_item").set({ position }).where("organisation_id", "=", this.organisationId).where("id", "=", id).execute();
      }
      await this.ctx.auditWrite(trx, { action: "agenda.reorder", entityType: "agenda_item", personId, basis: grant.basis, consentId: grant.consentId ?? null });
    });
    return (await this.rows(personId)).map(present);
  }

  /** Every version of an item, newest first: who changed what, and when. */
  async history(itemId: string): Promise<AgendaVersionView[]> {
    const item = await this.item(itemId);
    const grant = await this.ctx.access.require(item.person_id, "agenda");
    const rows = await this.ctx.db
      .selectFrom("agenda_item_version")
      .leftJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "agenda_item_version.organisation_id").onRef("user_account.id", "=", "agenda_item_version.changed_by"))
      .selectAll("agenda_item_version")
      .select("user_account.display_name")
      .where("agenda_item_version.organisation_id", "=", this.organisationId)
      .where("agenda_item_version.item_id", "=", itemId)
      .orderBy("agenda_item_version.version", "desc")
      .execute();
    this.ctx.auditRead({ action: "agenda.history", entityType: "agenda_item", entityId: itemId, personId: item.person_id, basis: grant.basis, consentId: grant.consentId ?? null });
    return rows.map((r) => ({ version: r.version, changedAt: r.changed_at, changedBy: r.changed_by, changedByName: r.display_name, changes: fromJson<Changes>(r.changes, {}) }));
  }

  private async item(itemId: string): Promise<AgendaItemTable> {
    const row = await this.ctx.db.selectFrom("agenda_item").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", itemId).executeTakeFirst();
    if (!row) throw new AppError("not_found", "Agenda item not found");
    return row;
  }

  private async recordVersion(trx: Transaction<Database>, item: AgendaItemTable, changes: Changes): Promise<void> {
    await trx.insertInto("agenda_item_version").values({ organisation_id: this.organisationId, item_id: item.id, version: item.version, changed_by: this.ctx.authorId, changed_at: item.updated_at, changes: toJson(changes) }).execute();
  }

  /** Serialises changes to one person's agenda (positions are computed from the whole list). */
  private async lockPerson(trx: Transaction<Database>, personId: string): Promise<void> {
    await forUpdate(this.ctx.services.dialect, trx.selectFrom("person").select("id").where("organisation_id", "=", this.organisationId).where("id", "=", personId)).execute();
  }
}
