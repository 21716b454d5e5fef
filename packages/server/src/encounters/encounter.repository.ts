import { AppError, DAY, type EncounterCreate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import type { Grant } from "../access/person-access.ts";
import { createOnce } from "../db/create-once.ts";
import type { EncounterTable } from "../db/schema.ts";
import { decodeCursor, encodeCursor, type Page } from "../http/cursor.ts";
import { newId } from "../ids.ts";
import { fromJson, toJson } from "../db/values.ts";
import { checkDomainKeys } from "../life-domains/life-domain.repository.ts";
import { existingUserIds } from "../users/user.repository.ts";

export interface EncounterView {
  id: string;
  startedAt: string;
  durationMinutes: number | null;
  placeType: string;
  note: string | null;
  /** The note is withheld: it may speak of someone else in the encounter whom the reader may not see. */
  noteHidden: boolean;
  /** The note is shared with the person (their portal shows it). */
  noteShared: boolean;
  /** Life domain keys the encounter touched. */
  domains: string[];
  anonymous: { nickname: string | null; description: string | null; headCount: number | null } | null;
  persons: Array<{ id: string; displayName: string }>;
  workers: Array<{ id: string; displayName: string }>;
  createdBy: string;
  createdAt: string;
}

const fieldError = (path: string, code: string, message: string): AppError => new AppError("validation_failed", "The input is not valid", [{ path, code, message }]);

/** The only SQL for encounters. Persons are reached through the actor's access only. */
export class EncounterRepository {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Logs an encounter. The logged-in worker is always present. Every person named must be one
   * the actor may see: an unknown or foreign id is a field error, and nothing is written.
   */
  async create(input: EncounterCreate): Promise<{ encounter: EncounterView; created: boolean }> {
    const { organisationId, userId } = this.ctx.user;
    const personIds = [...new Set(input.personIds ?? [])];
    const workerIds = [...new Set([userId, ...(input.workerIds ?? [])])];
    const grants = await this.ctx.access.grants(personIds);
    // Logging an encounter writes to each person's file: a consent (read only) is not enough.
    const unseen = personIds.findIndex((id) => {
      const grant = grants.get(id);
      return !grant?.writable || !grant.parts.includes("encounters");
    });
    if (unseen >= 0) throw fieldError(`body.personIds.${unseen}`, "unknown_person", "No person with this id that you may see");
    await checkDomainKeys(this.ctx.db, organisationId, input.domains ?? [], "body.domains");
    const known = await existingUserIds(this.ctx.db, organisationId, workerIds);
    const unknownWorker = workerIds.findIndex((id) => !known.has(id));
    if (unknownWorker >= 0) throw fieldError(`body.workerIds.${Math.max(0, (input.workerIds ?? []).indexOf(workerIds[unknownWorker] ?? ""))}`, "unknown_user", "No active account with this id in your organisation");

    const id = input.id ?? newId(this.ctx.clock);
    // Offline clients retry with the same id: a replay of our own encounter returns it unchanged.
    const { value, created } = await createOnce({
      find: () => this.ctx.db.selectFrom("encounter").select(["id", "created_by"]).where("organisation_id", "=", organisationId).where("id", "=", id).executeTakeFirst(),
      mine: (row) => row.created_by === userId,
      present: () => this.view(id),
      insert: async () => {
        await this.insert(this.row(id, input), workerIds, personIds, grants);
        return this.view(id);
      },
    });
    return { encounter: value, created };
  }

  private row(id: string, input: EncounterCreate): EncounterTable {
    const now = this.ctx.now();
    return {
      organisation_id: this.ctx.user.organisationId,
      id,
      started_at: new Date(input.startedAt).toISOString(),
      duration_minutes: input.durationMinutes ?? null,
      place_type: input.placeType,
      note: input.note || null,
      anonymous_nickname: input.anonymous?.nickname || null,
      anonymous_description: input.anonymous?.description || null,
      anonymous_head_count: input.anonymous?.headCount ?? null,
      note_shared: input.noteShared && input.note ? 1 : 0,
      domains: toJson(input.domains ?? []),
      created_by: this.ctx.user.userId,
      created_at: now,
      updated_at: now,
      version: 1,
    };
  }

  private async insert(row: EncounterTable, workerIds: string[], personIds: string[], grants: Map<string, Grant>): Promise<void> {
    const { organisationId } = this.ctx.user;
    const id = row.id;
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("encounter").values(row).execute();
      await trx.insertInto("encounter_worker").values(workerIds.map((w) => ({ organisation_id: organisationId, encounter_id: id, user_id: w }))).execute();
      if (personIds.length > 0) {
        await trx.insertInto("encounter_person").values(personIds.map((p) => ({ organisation_id: organisationId, encounter_id: id, person_id: p }))).execute();
      }
      for (const personId of personIds) {
        const grant = grants.get(personId);
        await this.ctx.auditWrite(trx, { action: "encounter.create", entityType: "encounter", entityId: id, personId, basis: grant?.basis ?? null, consentId: grant?.consentId ?? null });
      }
      if (personIds.length === 0) await this.ctx.auditWrite(trx, { action: "encounter.create", entityType: "encounter", entityId: id });
    });
  }

  /**
   * The encounters with one person, newest first, keyset-paged. A consent for "encounters" lets
   * a worker of another organisation read them, without notes (notes are never shared by consent).
   */
  async listForPerson(personId: string, query: { cursor?: string | undefined; limit: number }): Promise<Page<EncounterView>> {
    const grant = await this.ctx.access.requireRead(personId, "encounters");
    const { organisationId } = grant;
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    let select = this.ctx.db
      .selectFrom("encounter_person")
      .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_person.organisation_id").onRef("encounter.id", "=", "encounter_person.encounter_id"))
      .select(["encounter.id", "encounter.started_at"])
      .where("encounter_person.organisation_id", "=", organisationId)
      .where("encounter_person.person_id", "=", personId);
    if (after) {
      select = select.where((eb) => eb.or([eb("encounter.started_at", "<", after.key), eb.and([eb("encounter.started_at", "=", after.key), eb("encounter.id", "<", after.id)])]));
    }
    const rows = await select.orderBy("encounter.started_at", "desc").orderBy("encounter.id", "desc").limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    const views = await this.views(page.map((r) => r.id), organisationId);
    // A consent shares the encounters, not what workers wrote down about who else was there.
    const items = grant.basis === "consent" ? views.map((v) => ({ ...v, anonymous: null })) : views;
    this.ctx.auditRead({ action: "encounter.list", entityType: "encounter", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId });
    const last = page.at(-1);
    return { items, ...(rows.length > query.limit && last ? { nextCursor: encodeCursor({ key: last.started_at, id: last.id }) } : {}) };
  }

  /**
   * What the person's portal shows of encounters: the notes workers shared with them (newest
   * first, with the workers' names) and, when the organisation chooses so, how many notes stay
   * private — a count, never their text.
   */
  async sharedWithPerson(personId: string): Promise<{ notes: Array<{ id: string; at: string; note: string; workerName: string | null }>; privateNotes: number | null }> {
    const grant = await this.ctx.access.require(personId, "notes");
    const { organisationId } = grant;
    const base = this.ctx.db
      .selectFrom("encounter_person")
      .innerJoin("encounter", (j) => j.onRef("encounter.organisation_id", "=", "encounter_person.organisation_id").onRef("encounter.id", "=", "encounter_person.encounter_id"))
      .where("encounter_person.organisation_id", "=", organisationId)
      .where("encounter_person.person_id", "=", personId)
      .where("encounter.note", "is not", null);
    const shared = await base
      .leftJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "encounter.organisation_id").onRef("user_account.id", "=", "encounter.created_by"))
      .select(["encounter.id", "encounter.started_at", "encounter.note", "user_account.display_name"])
      .where("encounter.note_shared", "=", 1)
      .orderBy("encounter.started_at", "desc")
      .limit(200)
      .execute();
    const organisation = await this.ctx.db.selectFrom("organisation").select("portal_shows_private_notes").where("id", "=", organisationId).executeTakeFirstOrThrow();
    let privateNotes: number | null = null;
    if (organisation.portal_shows_private_notes === 1) {
      const count = await base.where("encounter.note_shared", "=", 0).select((eb) => eb.fn.countAll().as("count")).executeTakeFirst();
      privateNotes = Number(count?.count ?? 0);
    }
    this.ctx.auditRead({ action: "encounter.shared_notes", entityType: "encounter", personId, basis: grant.basis });
    return { notes: shared.map((r) => ({ id: r.id, at: r.started_at, note: r.note ?? "", workerName: r.display_name })), privateNotes };
  }

  /**
   * The anonymous encounters the signed-in worker was at, newest first (the last `days` days),
   * to link one to a person later. Persons already linked show only when the worker may see them.
   */
  async listMyAnonymous(days: number): Promise<EncounterView[]> {
    const { organisationId, userId } = this.ctx.user;
    const since = new Date(this.ctx.clock.now().getTime() - days * DAY).toISOString();
    const rows = await this.ctx.db
      .selectFrom("encounter")
      .innerJoin("encounter_worker", (j) => j.onRef("encounter_worker.organisation_id", "=", "encounter.organisation_id").onRef("encounter_worker.encounter_id", "=", "encounter.id"))
      .select("encounter.id")
      .where("encounter.organisation_id", "=", organisationId)
      .where("encounter_worker.user_id", "=", userId)
      .where("encounter.started_at", ">=", since)
      .where((eb) => eb.or([eb("encounter.anonymous_nickname", "is not", null), eb("encounter.anonymous_description", "is not", null), eb("encounter.anonymous_head_count", "is not", null)]))
      .orderBy("encounter.started_at", "desc")
      .limit(200)
      .execute();
    const views = await this.views(rows.map((r) => r.id));
    const personIds = [...new Set(views.flatMap((v) => v.persons.map((p) => p.id)))];
    this.ctx.auditRead({ action: "encounter.list_anonymous", entityType: "encounter", personIds });
    return views;
  }

  private async view(id: string): Promise<EncounterView> {
    const [view] = await this.views([id]);
    if (!view) throw new AppError("not_found", "Encounter not found");
    return view;
  }

  /**
   * Encounters with their persons and workers. Persons the actor may not see are left out of
   * `persons`, and the note of such an encounter is withheld (it may name them), so a shared
   * encounter never reveals who else was there or what was said about them.
   */
  private async views(ids: string[], organisationId: string = this.ctx.user.organisationId): Promise<EncounterView[]> {
    if (ids.length === 0) return [];
    const db = this.ctx.db;
    const rows = await db.selectFrom("encounter").selectAll().where("organisation_id", "=", organisationId).where("id", "in", ids).execute();
    const persons = await db
      .selectFrom("encounter_person")
      .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "encounter_person.organisation_id").onRef("person.id", "=", "encounter_person.person_id"))
      .select(["encounter_person.encounter_id", "person.id", "person.display_name"])
      .where("encounter_person.organisation_id", "=", organisationId)
      .where("encounter_person.encounter_id", "in", ids)
      .where("person.id", "in", this.ctx.access.visiblePersonIds())
      .execute();
    const everyone = await db.selectFrom("encounter_person").select(["encounter_id", "person_id"]).where("organisation_id", "=", organisationId).where("encounter_id", "in", ids).execute();
    const grants = await this.ctx.access.grants(everyone.map((p) => p.person_id));
    const withheld = new Set(everyone.filter((p) => !grants.get(p.person_id)?.parts.includes("notes")).map((p) => p.encounter_id));
    const workers = await db
      .selectFrom("encounter_worker")
      .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "encounter_worker.organisation_id").onRef("user_account.id", "=", "encounter_worker.user_id"))
      .select(["encounter_worker.encounter_id", "user_account.id", "user_account.display_name"])
      .where("encounter_worker.organisation_id", "=", organisationId)
      .where("encounter_worker.encounter_id", "in", ids)
      .orderBy("user_account.display_name")
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const anonymous = r.anonymous_nickname !== null || r.anonymous_description !== null || r.anonymous_head_count !== null;
      return [
        {
          id: r.id,
          startedAt: r.started_at,
          durationMinutes: r.duration_minutes,
          placeType: r.place_type,
          note: withheld.has(id) ? null : r.note,
          noteHidden: withheld.has(id) && r.note !== null,
          noteShared: r.note_shared === 1,
          domains: fromJson<string[]>(r.domains, []),
          anonymous: anonymous ? { nickname: r.anonymous_nickname, description: r.anonymous_description, headCount: r.anonymous_head_count } : null,
          persons: persons.filter((p) => p.encounter_id === id).map((p) => ({ id: p.id, displayName: p.display_name })),
          workers: workers.filter((w) => w.encounter_id === id).map((w) => ({ id: w.id, displayName: w.display_name })),
          createdBy: r.created_by,
          createdAt: r.created_at,
        },
      ];
    });
  }
}
