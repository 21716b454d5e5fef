import { AppError, notFound, type InitiativeActivityCreate, type InitiativeChange, type InitiativeCreate, type InitiativeKind } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { isUniqueViolation } from "../db/create-once.ts";
import { forUpdate } from "../db/dialect.ts";
import type { InitiativeLinkTable, InitiativeTable } from "../db/schema.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";

/**
 * Collective initiatives of the organisation (every worker sees and records them). Participants
 * who are persons in Nabij are personal data: they are named only to readers who may see the
 * person, others see a count; adding one needs the person's consent and is audited on the person.
 */

export interface InitiativeSummary {
  id: string;
  title: string;
  kind: InitiativeKind;
  municipality: string;
  neighbourhood: string | null;
  startedOn: string | null;
  endedOn: string | null;
  /** Named participants plus the head count. */
  participantCount: number;
  activityCount: number;
  updatedAt: string;
  version: number;
}

export interface InitiativeView extends InitiativeSummary {
  aim: string;
  headCount: number;
  activities: Array<{ id: string; date: string; place: string; whatHappened: string; headCount: number | null; createdBy: { id: string; displayName: string } }>;
  /** The participants this reader may see; the others only counted. */
  participants: Array<{ personId: string; displayName: string; consentAt: string }>;
  otherParticipants: number;
  partners: Array<{ serviceId: string; name: string | null } | { organisationName: string }>;
  dossiers: Array<{ id: string; title: string; phase: string }>;
  signalIds: string[];
  createdBy: { id: string; displayName: string };
}

export class InitiativeRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.user.organisationId;
  }

  async create(input: InitiativeCreate): Promise<InitiativeView> {
    const organisationId = this.organisationId;
    const links = await this.checkLinks(input);
    const now = this.ctx.now();
    const row: InitiativeTable = { organisation_id: organisationId, id: newId(this.ctx.clock), title: input.title, kind: input.kind, aim: input.aim, municipality: input.municipality, neighbourhood: input.neighbourhood || null, started_on: input.startedOn ?? null, ended_on: null, head_count: input.headCount ?? 0, created_by: this.ctx.user.userId, created_at: now, updated_at: now, version: 1 };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("initiative").values(row).execute();
      if (links.length > 0) await trx.insertInto("initiative_link").values(links.map((l) => ({ ...l, initiative_id: row.id }))).execute();
    });
    return this.get(row.id);
  }

  async change(id: string, input: InitiativeChange): Promise<InitiativeView> {
    await this.ctx.transaction(async (trx) => {
      const row = await forUpdate(this.ctx.services.dialect, trx.selectFrom("initiative").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id)).executeTakeFirst();
      if (!row) throw notFound("Initiative not found");
      if (row.version !== input.version) throw new AppError("stale_version", "Someone changed this initiative in the meantime; load it again");
      await trx
        .updateTable("initiative")
        .set({
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.aim !== undefined ? { aim: input.aim } : {}),
          ...(input.neighbourhood !== undefined ? { neighbourhood: input.neighbourhood || null } : {}),
          ...(input.endedOn !== undefined ? { ended_on: input.endedOn } : {}),
          ...(input.headCount !== undefined ? { head_count: input.headCount } : {}),
          updated_at: this.ctx.now(),
          version: row.version + 1,
        })
        .where("organisation_id", "=", this.organisationId)
        .where("id", "=", id)
        .execute();
    });
    return this.get(id);
  }

  async addActivity(id: string, input: InitiativeActivityCreate): Promise<InitiativeView> {
    await this.requireExists(id);
    const now = this.ctx.now();
    await this.ctx.db
      .insertInto("initiative_activity")
      .values({ organisation_id: this.organisationId, initiative_id: id, id: newId(this.ctx.clock), activity_date: input.date, place: input.place, what_happened: input.whatHappened, head_count: input.headCount ?? null, created_by: this.ctx.user.userId, created_at: now })
      .execute();
    await this.touch(id);
    return this.get(id);
  }

  /** A person the worker works with takes part, with their consent (recorded, and audited on the person). */
  async addParticipant(id: string, personId: string): Promise<InitiativeView> {
    await this.requireExists(id);
    const grant = await this.ctx.access.require(personId, "identity");
    try {
      await this.ctx.transaction(async (trx) => {
        await trx.insertInto("initiative_participant").values({ organisation_id: this.organisationId, initiative_id: id, person_id: personId, consent_at: this.ctx.now(), added_by: this.ctx.user.userId }).execute();
        await this.ctx.auditWrite(trx, { action: "initiative.participant_add", entityType: "initiative", entityId: id, personId, basis: grant.basis });
      });
    } catch (error) {
      // Twice, or twice at once: the key says so.
      if (isUniqueViolation(error)) throw new AppError("conflict", "This person already takes part");
      throw error;
    }
    await this.touch(id);
    return this.get(id);
  }

  /** The person no longer takes part (or withdrew their consent): the record goes. */
  async removeParticipant(id: string, personId: string): Promise<InitiativeView> {
    const grant = await this.ctx.access.require(personId, "identity");
    await this.ctx.transaction(async (trx) => {
      const removed = await trx.deleteFrom("initiative_participant").where("organisation_id", "=", this.organisationId).where("initiative_id", "=", id).where("person_id", "=", personId).executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) throw notFound("This person does not take part");
      await this.ctx.auditWrite(trx, { action: "initiative.participant_remove", entityType: "initiative", entityId: id, personId, basis: grant.basis });
    });
    await this.touch(id);
    return this.get(id);
  }

  async list(): Promise<InitiativeSummary[]> {
    const rows = await this.ctx.db.selectFrom("initiative").selectAll().where("organisation_id", "=", this.organisationId).orderBy("updated_at", "desc").limit(500).execute();
    return this.summaries(rows);
  }

  async get(id: string): Promise<InitiativeView> {
    const organisationId = this.organisationId;
    const row = await this.ctx.db.selectFrom("initiative").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Initiative not found");
    const [summary] = await this.summaries([row]);
    const activities = await this.ctx.db.selectFrom("initiative_activity").selectAll().where("organisation_id", "=", organisationId).where("initiative_id", "=", id).orderBy("activity_date", "desc").execute();
    const participants = await this.ctx.db.selectFrom("initiative_participant").selectAll().where("organisation_id", "=", organisationId).where("initiative_id", "=", id).execute();
    const grants = await this.ctx.access.grants(participants.map((p) => p.person_id));
    const visible = participants.filter((p) => grants.get(p.person_id)?.basis === "involvement" || grants.get(p.person_id)?.basis === "team");
    const persons = visible.length ? await this.ctx.db.selectFrom("person").select(["id", "display_name"]).where("organisation_id", "=", organisationId).where("id", "in", visible.map((p) => p.person_id)).execute() : [];
    const personName = new Map(persons.map((p) => [p.id, p.display_name]));
    if (visible.length > 0) this.ctx.auditRead({ action: "initiative.read", entityType: "initiative", entityId: id, personIds: visible.map((p) => p.person_id) });
    const links = await this.ctx.db.selectFrom("initiative_link").selectAll().where("organisation_id", "=", organisationId).where("initiative_id", "=", id).execute();
    const target = (kind: string) => links.filter((l) => l.kind === kind).map((l) => l.target);
    const services = target("service").length ? await this.ctx.db.selectFrom("socialmap_service").select(["service_id", "name"]).where("organisation_id", "=", organisationId).where("service_id", "in", target("service")).execute() : [];
    const dossiers = target("dossier").length ? await this.ctx.db.selectFrom("signal_dossier").select(["id", "title", "phase"]).where("organisation_id", "=", organisationId).where("id", "in", target("dossier")).execute() : [];
    const names = await userNames(this.ctx.db, organisationId, [row.created_by, ...activities.map((a) => a.created_by)]);
    const who = (userId: string) => ({ id: userId, displayName: names.get(userId) ?? "—" });
    return {
      ...(summary as InitiativeSummary),
      aim: row.aim,
      headCount: row.head_count,
      activities: activities.map((a) => ({ id: a.id, date: a.activity_date, place: a.place, whatHappened: a.what_happened, headCount: a.head_count, createdBy: who(a.created_by) })),
      participants: visible.map((p) => ({ personId: p.person_id, displayName: personName.get(p.person_id) ?? "", consentAt: p.consent_at })),
      otherParticipants: participants.length - visible.length,
      partners: [...target("service").map((serviceId) => ({ serviceId, name: services.find((s) => s.service_id === serviceId)?.name ?? null })), ...target("organisation").map((organisationName) => ({ organisationName }))],
      dossiers: dossiers.map((d) => ({ id: d.id, title: d.title, phase: d.phase })),
      signalIds: target("signal"),
      createdBy: who(row.created_by),
    };
  }

  /** Partners, dossiers and signals must exist in the organisation; every problem is named, nothing is written. */
  private async checkLinks(input: InitiativeCreate): Promise<Array<Omit<InitiativeLinkTable, "initiative_id">>> {
    const organisationId = this.organisationId;
    const serviceIds = (input.partners ?? []).flatMap((p) => ("serviceId" in p ? [p.serviceId] : []));
    const known = async (table: "socialmap_service" | "signal_dossier" | "signal", column: "service_id" | "id", ids: string[]): Promise<Set<string>> =>
      ids.length === 0 ? new Set() : new Set((await this.ctx.db.selectFrom(table).select(`${column} as id`).where("organisation_id", "=", organisationId).where(column, "in", ids).execute()).map((r) => String(r.id)));
    const services = await known("socialmap_service", "service_id", serviceIds);
    const dossiers = await known("signal_dossier", "id", input.dossierIds ?? []);
    const signals = await known("signal", "id", input.signalIds ?? []);
    const problems = [
      ...(input.partners ?? []).flatMap((p, i) => ("serviceId" in p && !services.has(p.serviceId) ? [{ path: `body.partners.${i}.serviceId`, code: "unknown_service", message: "No service with this id on your organisation's social map" }] : [])),
      ...(input.dossierIds ?? []).flatMap((d, i) => (dossiers.has(d) ? [] : [{ path: `body.dossierIds.${i}`, code: "unknown_dossier", message: "No dossier with this id" }])),
      ...(input.signalIds ?? []).flatMap((s, i) => (signals.has(s) ? [] : [{ path: `body.signalIds.${i}`, code: "unknown_signal", message: "No signal with this id" }])),
    ];
    if (problems.length > 0) throw new AppError("validation_failed", "The input is not valid", problems);
    const link = (kind: string, target: string) => ({ organisation_id: organisationId, kind, target });
    const unique = [
      ...new Map(
        [...(input.partners ?? []).map((p) => ("serviceId" in p ? link("service", p.serviceId) : link("organisation", p.organisationName))), ...(input.dossierIds ?? []).map((d) => link("dossier", d)), ...(input.signalIds ?? []).map((s) => link("signal", s))].map((l) => [`${l.kind}:${l.target}`, l]),
      ).values(),
    ];
    return unique;
  }

  private async requireExists(id: string): Promise<void> {
    const row = await this.ctx.db.selectFrom("initiative").select("id").where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Initiative not found");
  }

  private async touch(id: string): Promise<void> {
    await this.ctx.db.updateTable("initiative").set((eb) => ({ updated_at: this.ctx.now(), version: eb("version", "+", 1) })).where("organisation_id", "=", this.organisationId).where("id", "=", id).execute();
  }

  private async summaries(rows: InitiativeTable[]): Promise<InitiativeSummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const count = async (table: "initiative_participant" | "initiative_activity") => {
      const found = await this.ctx.db.selectFrom(table).select((eb) => ["initiative_id", eb.fn.countAll<number>().as("n")]).where("organisation_id", "=", this.organisationId).where("initiative_id", "in", ids).groupBy("initiative_id").execute();
      return new Map(found.map((f) => [f.initiative_id, Number(f.n)]));
    };
    const participants = await count("initiative_participant");
    const activities = await count("initiative_activity");
    return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind as InitiativeKind, municipality: r.municipality, neighbourhood: r.neighbourhood, startedOn: r.started_on, endedOn: r.ended_on, participantCount: (participants.get(r.id) ?? 0) + r.head_count, activityCount: activities.get(r.id) ?? 0, updatedAt: r.updated_at, version: r.version }));
  }
}
