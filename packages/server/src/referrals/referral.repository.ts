import type { Transaction } from "kysely";
import { AppError, isOpenReferral, nextStatuses, notFound, transitionProblem, BARRIER_STATUSES, REFERRAL_STATUSES, type InstitutionCategory, type ReferralCreate, type ReferralNote, type ReferralStatus, type ReferralTransition } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { forUpdate } from "../db/dialect.ts";
import type { Database, ReferralEventTable, ReferralTable } from "../db/schema.ts";
import { decodeCursor, encodeCursor, type Page } from "../http/cursor.ts";
import { newId } from "../ids.ts";
import { userNames } from "../users/user.repository.ts";

/**
 * Referrals (toeleiding), part "referrals" of the person's file: created towards a service of the
 * social map or a named organisation, moved through the HL7 Gravity states with a reason where
 * one is needed, every step kept as an event so the history replays to the status.
 */

export interface ReferralStep {
  seq: number;
  /** A status change, or a note without one (from = to, its text in reason). */
  kind: "status" | "note";
  from: ReferralStatus | null;
  to: ReferralStatus;
  reason: string | null;
  ownWords: string | null;
  barrier: boolean;
  barrierReason: string | null;
  at: string;
  by: { id: string; displayName: string };
}

export interface ReferralView {
  id: string;
  personId: string;
  person: { id: string; displayName: string } | null;
  service: { id: string; name: string | null } | null;
  organisationName: string | null;
  institutionCategory: InstitutionCategory;
  reason: string;
  shared: string | null;
  consentGiven: boolean;
  handoverNote: string | null;
  status: ReferralStatus;
  statusChangedAt: string;
  outcomeOwnWords: string | null;
  /** Where it may go next (the state machine). */
  next: ReferralStatus[];
  /** Open and without a status change for longer than the organisation's follow-up days. */
  overdue: boolean;
  createdBy: { id: string; displayName: string };
  createdAt: string;
  version: number;
  history?: ReferralStep[];
}

export interface ReferralListQuery {
  status?: ReferralStatus;
  overdue?: boolean;
  cursor?: string;
  limit: number;
}

const DAY_MS = 86_400_000;
const OPEN_STATUSES: ReferralStatus[] = REFERRAL_STATUSES.filter(isOpenReferral);

export class ReferralRepository {
  constructor(private readonly ctx: RequestContext) {}

  private async followUpDays(organisationId: string): Promise<number> {
    const row = await this.ctx.db.selectFrom("organisation").select("referral_followup_days").where("id", "=", organisationId).executeTakeFirst();
    return row?.referral_followup_days ?? 14;
  }

  /** The moment before which an open referral's last change makes it overdue. */
  private async overdueBefore(organisationId: string): Promise<string> {
    return new Date(this.ctx.clock.now().getTime() - (await this.followUpDays(organisationId)) * DAY_MS).toISOString();
  }

  async create(input: ReferralCreate): Promise<{ referral: ReferralView; created: boolean }> {
    const grant = await this.ctx.access.require(input.personId, "referrals");
    const { organisationId } = grant;
    if (input.serviceId) {
      const service = await this.ctx.db.selectFrom("socialmap_service").select("service_id").where("organisation_id", "=", organisationId).where("service_id", "=", input.serviceId).executeTakeFirst();
      if (!service) throw new AppError("validation_failed", "The input is not valid", [{ path: "body.serviceId", code: "unknown_service", message: "No service with this id on your organisation's social map" }]);
    }
    const id = input.id ?? newId(this.ctx.clock);
    const existing = await this.ctx.db.selectFrom("referral").selectAll().where("organisation_id", "=", organisationId).where("id", "=", id).executeTakeFirst();
    if (existing) {
      // The same client id again (an offline retry) gives the first referral back; someone else's id is a conflict.
      if (existing.person_id !== input.personId || existing.created_by !== this.ctx.authorId) throw new AppError("conflict", "This id is already used");
      return { referral: await this.get(id), created: false };
    }
    const now = this.ctx.now();
    const status: ReferralStatus = input.status ?? "requested";
    const row: ReferralTable = {
      organisation_id: organisationId,
      id,
      person_id: input.personId,
      service_id: input.serviceId ?? null,
      organisation_name: input.organisationName ?? null,
      institution_category: input.institutionCategory,
      reason: input.reason,
      shared: input.shared || null,
      consent_given: input.consentGiven ? 1 : 0,
      handover_note: input.handoverNote || null,
      status,
      status_changed_at: now,
      outcome_own_words: null,
      created_by: this.ctx.authorId,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("referral").values(row).execute();
      await trx.insertInto("referral_event").values({ organisation_id: organisationId, referral_id: id, seq: 1, person_id: input.personId, from_status: null, to_status: status, reason: null, own_words: null, barrier: 0, barrier_reason: null, at: now, by: this.ctx.authorId }).execute();
      await this.ctx.auditWrite(trx, { action: "referral.create", entityType: "referral", entityId: id, personId: input.personId, basis: grant.basis });
    });
    return { referral: await this.get(id), created: true };
  }

  /** One referral with its history. */
  async get(id: string): Promise<ReferralView> {
    const row = await this.ctx.db.selectFrom("referral").selectAll().where("organisation_id", "=", this.ctx.organisationId).where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Referral not found");
    const grant = await this.ctx.access.requireRead(row.person_id, "referrals");
    const events = await this.ctx.db.selectFrom("referral_event").selectAll().where("organisation_id", "=", row.organisation_id).where("referral_id", "=", id).orderBy("seq").execute();
    this.ctx.auditRead({ action: "referral.read", entityType: "referral", entityId: id, personId: row.person_id, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    const [view] = await this.views(row.organisation_id, [row], new Map([[id, events]]));
    if (!view) throw notFound("Referral not found");
    return view;
  }

  /** A person's referrals, newest first, each with its history. */
  async listForPerson(personId: string): Promise<ReferralView[]> {
    const grant = await this.ctx.access.requireRead(personId, "referrals");
    const rows = await this.ctx.db.selectFrom("referral").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).orderBy("created_at", "desc").orderBy("id", "desc").limit(500).execute();
    const events = rows.length
      ? await this.ctx.db.selectFrom("referral_event").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).orderBy("seq").execute()
      : [];
    const byReferral = new Map<string, ReferralEventTable[]>();
    for (const e of events) byReferral.set(e.referral_id, [...(byReferral.get(e.referral_id) ?? []), e]);
    this.ctx.auditRead({ action: "referral.list", entityType: "referral", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    return this.views(grant.organisationId, rows, byReferral);
  }

  /** The referrals of the persons the actor works with: by status, or those waiting too long for a change. */
  async list(query: ReferralListQuery): Promise<Page<ReferralView>> {
    const organisationId = this.ctx.user.organisationId;
    let q = this.ctx.db.selectFrom("referral").selectAll().where("organisation_id", "=", organisationId).where("person_id", "in", this.ctx.access.visiblePersonIds());
    if (query.status) q = q.where("status", "=", query.status);
    if (query.overdue) q = q.where("status", "in", OPEN_STATUSES).where("status_changed_at", "<", await this.overdueBefore(organisationId));
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      q = q.where((eb) => eb.or([eb("status_changed_at", ">", cursor.key), eb.and([eb("status_changed_at", "=", cursor.key), eb("id", ">", cursor.id)])]));
    }
    const rows = await q.orderBy("status_changed_at").orderBy("id").limit(query.limit + 1).execute();
    const page = rows.slice(0, query.limit);
    if (page.length > 0) this.ctx.auditRead({ action: "referral.list", entityType: "referral", personIds: [...new Set(page.map((r) => r.person_id))] });
    const items = await this.views(organisationId, page, new Map(), true);
    const last = page.at(-1);
    return rows.length > query.limit && last ? { items, nextCursor: encodeCursor({ key: last.status_changed_at, id: last.id }) } : { items };
  }

  /** Moves a referral to its next status, if the state machine allows it, with a reason where one is required. */
  async transition(id: string, input: ReferralTransition): Promise<ReferralView> {
    const found = await this.ctx.db.selectFrom("referral").select(["person_id"]).where("organisation_id", "=", this.ctx.organisationId).where("id", "=", id).executeTakeFirst();
    if (!found) throw notFound("Referral not found");
    const grant = await this.ctx.access.require(found.person_id, "referrals");
    await this.ctx.transaction(async (trx) => {
      const row = await forUpdate(this.ctx.services.dialect, trx.selectFrom("referral").selectAll().where("organisation_id", "=", grant.organisationId).where("id", "=", id)).executeTakeFirst();
      if (!row) throw notFound("Referral not found");
      if (row.version !== input.version) throw new AppError("stale_version", "Someone changed this referral in the meantime; load it again");
      const from = row.status as ReferralStatus;
      const problem = transitionProblem(from, input.to, input.reason);
      if (problem?.kind === "not_allowed") {
        const allowed = problem.allowed;
        throw new AppError("conflict", `A ${from} referral can go to: ${allowed.join(", ") || "nothing"}`, [{ path: "body.to", code: "transition_not_allowed", message: `From ${from}: ${allowed.join(", ") || "no further step"}` }], { from, allowed });
      }
      if (problem?.kind === "reason_required") throw new AppError("rule_violation", "This step needs a reason", [{ path: "body.reason", code: "reason_required", message: `Say why the referral is ${input.to.replace("_", " ")}` }]);
      await this.step(trx, row, input);
      await this.ctx.auditWrite(trx, { action: "referral.transition", entityType: "referral", entityId: id, personId: row.person_id, basis: grant.basis, reason: `${from}->${input.to}` });
    });
    return this.get(id);
  }

  /**
   * A note in the history without a change of status (a barrier seen on the way, a call made):
   * the status, its date, the version and so the follow-up clock stay as they are.
   */
  async addNote(id: string, input: ReferralNote): Promise<ReferralView> {
    const found = await this.ctx.db.selectFrom("referral").select(["person_id"]).where("organisation_id", "=", this.ctx.organisationId).where("id", "=", id).executeTakeFirst();
    if (!found) throw notFound("Referral not found");
    const grant = await this.ctx.access.require(found.person_id, "referrals");
    await this.ctx.transaction(async (trx) => {
      const row = await forUpdate(this.ctx.services.dialect, trx.selectFrom("referral").selectAll().where("organisation_id", "=", grant.organisationId).where("id", "=", id)).executeTakeFirst();
      if (!row) throw notFound("Referral not found");
      if (row.status === "entered_in_error") throw new AppError("conflict", "This referral was entered in error; it takes no notes");
      const barrier = input.barrier === true;
      await trx
        .insertInto("referral_event")
        .values({ organisation_id: row.organisation_id, referral_id: row.id, seq: (await this.lastSeq(trx, row)) + 1, person_id: row.person_id, from_status: row.status, to_status: row.status, reason: input.text, own_words: null, barrier: barrier ? 1 : 0, barrier_reason: barrier ? (input.barrierReason ?? null) : null, at: this.ctx.now(), by: this.ctx.authorId })
        .execute();
      await this.ctx.auditWrite(trx, { action: "referral.note", entityType: "referral", entityId: id, personId: row.person_id, basis: grant.basis });
    });
    return this.get(id);
  }

  private async lastSeq(trx: Transaction<Database>, row: ReferralTable): Promise<number> {
    const last = await trx.selectFrom("referral_event").select((eb) => eb.fn.max("seq").as("seq")).where("organisation_id", "=", row.organisation_id).where("referral_id", "=", row.id).executeTakeFirst();
    return Number(last?.seq ?? 0);
  }

  private async step(trx: Transaction<Database>, row: ReferralTable, input: ReferralTransition): Promise<void> {
    const now = this.ctx.now();
    const barrier = BARRIER_STATUSES.includes(input.to) || input.barrier === true;
    await trx
      .insertInto("referral_event")
      .values({ organisation_id: row.organisation_id, referral_id: row.id, seq: (await this.lastSeq(trx, row)) + 1, person_id: row.person_id, from_status: row.status, to_status: input.to, reason: input.reason || null, own_words: input.ownWords || null, barrier: barrier ? 1 : 0, barrier_reason: barrier ? (input.barrierReason ?? null) : null, at: now, by: this.ctx.authorId })
      .execute();
    await trx
      .updateTable("referral")
      .set({ status: input.to, status_changed_at: now, updated_at: now, version: row.version + 1, ...(input.to === "completed" && input.ownWords ? { outcome_own_words: input.ownWords } : {}) })
      .where("organisation_id", "=", row.organisation_id)
      .where("id", "=", row.id)
      .execute();
  }

  private async views(organisationId: string, rows: ReferralTable[], events: ReadonlyMap<string, ReferralEventTable[]>, withPerson = false): Promise<ReferralView[]> {
    if (rows.length === 0) return [];
    const serviceIds = [...new Set(rows.map((r) => r.service_id).filter((s): s is string => s !== null))];
    const services = serviceIds.length ? await this.ctx.db.selectFrom("socialmap_service").select(["service_id", "name"]).where("organisation_id", "=", organisationId).where("service_id", "in", serviceIds).execute() : [];
    const serviceName = new Map(services.map((s) => [s.service_id, s.name]));
    const persons = withPerson ? await this.ctx.db.selectFrom("person").select(["id", "display_name"]).where("organisation_id", "=", organisationId).where("id", "in", [...new Set(rows.map((r) => r.person_id))]).execute() : [];
    const personName = new Map(persons.map((p) => [p.id, p.display_name]));
    const authors = [...rows.map((r) => r.created_by), ...[...events.values()].flat().map((e) => e.by)];
    const names = await userNames(this.ctx.db, organisationId, authors);
    const who = (id: string) => ({ id, displayName: names.get(id) ?? (id.startsWith("person:") ? "—" : id) });
    const before = await this.overdueBefore(organisationId);
    return rows.map((r) => {
      const status = r.status as ReferralStatus;
      const history = events.get(r.id);
      return {
        id: r.id,
        personId: r.person_id,
        person: withPerson ? { id: r.person_id, displayName: personName.get(r.person_id) ?? "" } : null,
        service: r.service_id ? { id: r.service_id, name: serviceName.get(r.service_id) ?? null } : null,
        organisationName: r.organisation_name,
        institutionCategory: r.institution_category as InstitutionCategory,
        reason: r.reason,
        shared: r.shared,
        consentGiven: r.consent_given === 1,
        handoverNote: r.handover_note,
        status,
        statusChangedAt: r.status_changed_at,
        outcomeOwnWords: r.outcome_own_words,
        next: nextStatuses(status),
        overdue: isOpenReferral(status) && r.status_changed_at < before,
        createdBy: who(r.created_by),
        createdAt: r.created_at,
        version: r.version,
        ...(history
          ? { history: history.map((e) => ({ seq: e.seq, kind: e.from_status !== null && e.from_status === e.to_status ? "note" : "status", from: e.from_status as ReferralStatus | null, to: e.to_status as ReferralStatus, reason: e.reason, ownWords: e.own_words, barrier: e.barrier === 1, barrierReason: e.barrier_reason, at: e.at, by: who(e.by) })) }
          : {}),
      };
    });
  }
}
