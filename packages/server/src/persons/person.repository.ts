import { sql, type Transaction } from "kysely";
import { AppError, foldForSearch, LIMITS, type PersonCreate, type PersonPatch } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { Grant } from "../access/person-access.ts";
import type { Database, PersonTable } from "../db/schema.ts";
import { containsText, toJson } from "../db/values.ts";
import { lastContactAt } from "../encounters/last-contact.ts";
import { newId } from "../ids.ts";
import { decodeCursor, encodeCursor, type Page } from "../http/cursor.ts";

export interface PersonRecord {
  row: PersonTable;
  grant: Grant;
}

export interface PersonListRow {
  id: string;
  displayName: string;
  lastEncounterAt: string | null;
  basis: string;
}

const EMPTY_PERSON_FIELDS = {
  legal_name: null,
  legal_name_search: null,
  birth_date: null,
  insz: null,
  phone: null,
  email: null,
  languages: "[]",
  contact_preference: null,
} as const;

const nullable = <T>(value: T | null | undefined): T | null => value ?? null;

/** The only SQL for persons. Every query goes through the actor's access. */
export class PersonRepository {
  constructor(private readonly ctx: RequestContext) {}

  async get(id: string): Promise<PersonRecord> {
    const grant = await this.ctx.access.require(id, "identity");
    const row = await this.ctx.db.selectFrom("person").selectAll().where("organisation_id", "=", this.ctx.user.organisationId).where("id", "=", id).executeTakeFirst();
    if (!row) throw new AppError("not_found", "Person not found");
    this.ctx.auditRead({ action: "person.read", entityType: "person", entityId: id, personId: id, basis: grant.basis, consentId: grant.consentId ?? null });
    return { row, grant };
  }

  /** The persons the actor may see, by display name; `q` matches folded names. */
  async list(query: { q?: string | undefined; cursor?: string | undefined; limit: number }): Promise<Page<PersonListRow>> {
    const { organisationId } = this.ctx.user;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    let select = this.ctx.db
      .selectFrom("person")
      .select(["person.id", "person.display_name", "person.display_name_search"])
      .select(lastContactAt("person.organisation_id", "person.id").as("last_encounter_at"))
      .where("person.organisation_id", "=", organisationId)
      .where("person.id", "in", this.ctx.access.visiblePersonIds());
    if (query.q) {
      const words = foldForSearch(query.q).split(" ").filter(Boolean).slice(0, 5);
      for (const word of words) {
        select = select.where((eb) => eb.or([containsText(sql.ref("person.display_name_search"), word), containsText(sql.ref("person.legal_name_search"), word)]));
      }
    }
    if (after) {
      select = select.where((eb) =>
        eb.or([eb("person.display_name_search", ">", after.key), eb.and([eb("person.display_name_search", "=", after.key), eb("person.id", ">", after.id)])]),
      );
    }
    const rows = await select.orderBy("person.display_name_search").orderBy("person.id").limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    const grants = await this.ctx.access.grants(page.map((r) => r.id));
    const items = page.map((r) => ({ id: r.id, displayName: r.display_name, lastEncounterAt: r.last_encounter_at ?? null, basis: grants.get(r.id)?.basis ?? "involvement" }));
    this.ctx.auditRead({ action: "person.list", entityType: "person", personIds: items.map((i) => i.id) });
    const last = page.at(-1);
    return { items, ...(rows.length > query.limit && last ? { nextCursor: encodeCursor({ key: last.display_name_search, id: last.id }) } : {}) };
  }

  /** Creates a person; the creating worker becomes involved, in the same transaction. */
  async create(input: PersonCreate): Promise<PersonRecord> {
    const { organisationId, userId } = this.ctx.user;
    const now = this.ctx.now();
    const row: PersonTable = {
      organisation_id: organisationId,
      id: newId(this.ctx.clock),
      ...EMPTY_PERSON_FIELDS,
      ...this.fields(input),
      display_name: input.displayName,
      display_name_search: foldForSearch(input.displayName),
      created_by: userId,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await this.ctx.transaction(async (trx) => {
      await this.assertInszFree(trx, row.insz, row.id);
      await trx.insertInto("person").values(row).execute();
      await trx.insertInto("involvement").values({ organisation_id: organisationId, person_id: row.id, user_id: userId, created_by: userId, created_at: now }).execute();
      await this.ctx.auditWrite(trx, { action: "person.create", entityType: "person", entityId: row.id, personId: row.id, basis: "involvement" });
    });
    this.ctx.access.forget(row.id);
    return { row, grant: await this.ctx.access.require(row.id, "identity") };
  }

  /** Applies a patch when `version` is current; a stale version changes nothing (409). */
  async update(id: string, patch: PersonPatch): Promise<PersonRecord> {
    const grant = await this.ctx.access.require(id, "identity");
    const { organisationId } = this.ctx.user;
    const changes: Partial<PersonTable> = { ...this.fields(patch), updated_at: this.ctx.now(), version: patch.version + 1 };
    if (patch.displayName !== undefined) {
      changes.display_name = patch.displayName;
      changes.display_name_search = foldForSearch(patch.displayName);
    }
    const row = await this.ctx.transaction(async (trx) => {
      if (changes.insz) await this.assertInszFree(trx, changes.insz, id);
      const updated = await trx
        .updateTable("person")
        .set(changes)
        .where("organisation_id", "=", organisationId)
        .where("id", "=", id)
        .where("version", "=", patch.version)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw new AppError("stale_version", "This person was changed by someone else; reload and try again");
      await this.ctx.auditWrite(trx, { action: "person.update", entityType: "person", entityId: id, personId: id, basis: grant.basis, consentId: grant.consentId ?? null });
      return updated;
    });
    return { row, grant };
  }

  /** Only the fields present in the input, mapped to columns (undefined = leave as is). */
  private fields(input: Partial<PersonCreate>): Partial<PersonTable> {
    const out: Partial<PersonTable> = {};
    if (input.legalName !== undefined) {
      out.legal_name = nullable(input.legalName) || null;
      out.legal_name_search = out.legal_name ? foldForSearch(out.legal_name) : null;
    }
    if (input.birthDate !== undefined) out.birth_date = nullable(input.birthDate);
    if (input.insz !== undefined) out.insz = nullable(input.insz) || null;
    if (input.phone !== undefined) out.phone = nullable(input.phone) || null;
    if (input.email !== undefined) out.email = nullable(input.email);
    if (input.languages !== undefined) out.languages = toJson(input.languages);
    if (input.contactPreference !== undefined) out.contact_preference = nullable(input.contactPreference);
    return out;
  }

  /** A national number belongs to one person per organisation: a second one is a 409. */
  private async assertInszFree(trx: Transaction<Database>, insz: string | null | undefined, ownId: string): Promise<void> {
    if (!insz) return;
    const other = await trx.selectFrom("person").select("id").where("organisation_id", "=", this.ctx.user.organisationId).where("insz", "=", insz).where("id", "!=", ownId).executeTakeFirst();
    if (other) {
      throw new AppError("conflict", "Another person in this organisation has this national number", [{ path: "body.insz", code: "duplicate", message: "Already in use" }]);
    }
  }
}

export const PAGE_LIMIT = LIMITS.pageSize;
