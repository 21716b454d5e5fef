import type { Transaction } from "kysely";
import { AppError, DAY, type AppointmentCreate, type AppointmentPatch } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { createOnce } from "../db/create-once.ts";
import type { AppointmentTable, Database } from "../db/schema.ts";
import { newId } from "../ids.ts";
import { existingUserIds } from "../users/user.repository.ts";

export interface AppointmentView {
  id: string;
  personId: string;
  startsAt: string;
  durationMinutes: number;
  /** null: at the person's home. */
  place: string | null;
  status: string;
  reason: string | null;
  agendaItemIds: string[];
  workers: Array<{ id: string; displayName: string }>;
  /** The person's latest open request to move it; closed when it is moved or cancelled. */
  moveRequest: { message: string; requestedAt: string } | null;
  sequence: number;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const staleAppointment = (): AppError => new AppError("stale_version", "This appointment was changed by someone else; reload and try again");
const fieldError = (path: string, code: string, message: string): AppError => new AppError("validation_failed", "The input is not valid", [{ path, code, message }]);

/** The only SQL for appointments. Every call goes through the actor's access to the person. */
export class AppointmentRepository {
  constructor(private readonly ctx: RequestContext) {}

  private get organisationId(): string {
    return this.ctx.organisationId;
  }

  /** The person's appointments of the last `days` days and ahead (also by consent for "appointments"). */
  async listForPerson(personId: string, days = 365): Promise<AppointmentView[]> {
    const grant = await this.ctx.access.requireRead(personId, "appointments");
    // Old appointments never crowd out new ones.
    const since = new Date(this.ctx.clock.now().getTime() - days * DAY).toISOString();
    const rows = await this.ctx.db.selectFrom("appointment").selectAll().where("organisation_id", "=", grant.organisationId).where("person_id", "=", personId).where("starts_at", ">=", since).orderBy("starts_at").orderBy("id").limit(1000).execute();
    this.ctx.auditRead({ action: "appointment.list", entityType: "appointment", personId, basis: grant.basis, consentId: grant.consentId ?? null, organisationId: grant.organisationId });
    const views = await this.views(rows, grant.organisationId);
    // A consent shares the appointments, not the reasons for moving them or the person's messages.
    return grant.basis === "consent" ? views.map((v) => ({ ...v, reason: null, moveRequest: null })) : views;
  }

  /** Plans an appointment; the planning worker always comes. A client id makes retries safe. */
  async create(personId: string, input: AppointmentCreate): Promise<{ appointment: AppointmentView; created: boolean }> {
    const grant = await this.ctx.access.require(personId, "appointments");
    const id = input.id ?? newId(this.ctx.clock);
    const workerIds = await this.checkWorkers([this.ctx.user.userId, ...(input.workerIds ?? [])]);
    const itemIds = await this.checkItems(personId, input.agendaItemIds ?? []);
    const { value, created } = await createOnce({
      find: () => this.ctx.db.selectFrom("appointment").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst(),
      mine: (row) => row.person_id === personId && row.created_by === this.ctx.user.userId,
      present: async (row) => (await this.views([row]))[0] as AppointmentView,
      insert: async () => {
        const now = this.ctx.now();
        const row: AppointmentTable = {
          organisation_id: this.organisationId,
          id,
          person_id: personId,
          starts_at: new Date(input.startsAt).toISOString(),
          duration_minutes: input.durationMinutes,
          place: input.place || null,
          status: "planned",
          reason: null,
          sequence: 0,
          created_by: this.ctx.user.userId,
          created_at: now,
          updated_at: now,
          version: 1,
        };
        await this.ctx.transaction(async (trx) => {
          await trx.insertInto("appointment").values(row).execute();
          await this.setLinks(trx, id, workerIds, itemIds);
          await this.ctx.auditWrite(trx, { action: "appointment.create", entityType: "appointment", entityId: id, personId, basis: grant.basis, consentId: grant.consentId ?? null });
        });
        return (await this.views([row]))[0] as AppointmentView;
      },
    });
    return { appointment: value, created };
  }

  /** Moves, changes or cancels; moving and cancelling need a reason; calendars see a new SEQUENCE. */
  async update(id: string, patch: AppointmentPatch): Promise<AppointmentView> {
    const current = await this.ctx.db.selectFrom("appointment").selectAll().where("organisation_id", "=", this.organisationId).where("id", "=", id).executeTakeFirst();
    if (!current) throw new AppError("not_found", "Appointment not found");
    const grant = await this.ctx.access.require(current.person_id, "appointments");
    if (current.version !== patch.version) throw staleAppointment();
    const startsAt = patch.startsAt ? new Date(patch.startsAt).toISOString() : current.starts_at;
    const moved = startsAt !== current.starts_at;
    const cancelled = patch.status === "cancelled" && current.status !== "cancelled";
    if ((moved || cancelled) && !patch.reason) throw fieldError("body.reason", "reason_required", "Say why the appointment is moved or cancelled");
    if (patch.workerIds && patch.workerIds.length === 0) throw fieldError("body.workerIds", "too_small", "At least one worker comes");
    const workerIds = patch.workerIds ? await this.checkWorkers(patch.workerIds) : undefined;
    const itemIds = patch.agendaItemIds ? await this.checkItems(current.person_id, patch.agendaItemIds) : undefined;
    const updated = await this.ctx.transaction(async (trx) => {
      const row = await trx
        .updateTable("appointment")
        .set({
          starts_at: startsAt,
          duration_minutes: patch.durationMinutes ?? current.duration_minutes,
          place: patch.place === undefined ? current.place : patch.place || null,
          status: patch.status ?? current.status,
          // The reason belongs to the last move or cancellation; planning again clears it.
          reason: patch.status === "planned" && current.status === "cancelled" ? (patch.reason ?? null) : (patch.reason ?? current.reason),
          sequence: current.sequence + 1,
          updated_at: this.ctx.now(),
          version: patch.version + 1,
        })
        .where("organisation_id", "=", this.organisationId)
        .where("id", "=", id)
        .where("version", "=", patch.version)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw staleAppointment();
      if (workerIds || itemIds) {
        await this.setLinks(trx, id, workerIds ?? (await this.workerIdsOf(trx, id)), itemIds ?? (await this.itemIdsOf(trx, id)));
      }
      if (moved || cancelled) {
        await trx.updateTable("appointment_move_request").set({ closed_at: this.ctx.now() }).where("organisation_id", "=", this.organisationId).where("appointment_id", "=", id).where("closed_at", "is", null).execute();
      }
      const action = cancelled ? "appointment.cancel" : moved ? "appointment.move" : "appointment.update";
      await this.ctx.auditWrite(trx, { action, entityType: "appointment", entityId: id, personId: current.person_id, basis: grant.basis, consentId: grant.consentId ?? null });
      return row;
    });
    return (await this.views([updated]))[0] as AppointmentView;
  }

  /** The person asks to move one of their own planned appointments; the workers see the message. */
  async requestMove(personId: string, appointmentId: string, message: string): Promise<{ message: string; requestedAt: string }> {
    const grant = await this.ctx.access.require(personId, "appointments");
    const current = await this.ctx.db.selectFrom("appointment").select(["id", "status"]).where("organisation_id", "=", this.organisationId).where("id", "=", appointmentId).where("person_id", "=", personId).executeTakeFirst();
    if (!current) throw new AppError("not_found", "Appointment not found");
    if (current.status !== "planned") throw new AppError("rule_violation", "Only a planned appointment can be moved", [{ path: "params.id", code: "not_planned", message: "This appointment is not planned" }]);
    const requestedAt = this.ctx.now();
    await this.ctx.transaction(async (trx) => {
      await trx.insertInto("appointment_move_request").values({ organisation_id: this.organisationId, id: newId(this.ctx.clock), appointment_id: appointmentId, message, requested_at: requestedAt, closed_at: null }).execute();
      await this.ctx.auditWrite(trx, { action: "appointment.request_move", entityType: "appointment", entityId: appointmentId, personId, basis: grant.basis });
    });
    return { message, requestedAt };
  }

  private async checkWorkers(ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const known = await existingUserIds(this.ctx.db, this.organisationId, unique);
    const unknown = unique.findIndex((w) => !known.has(w));
    if (unknown >= 0) throw fieldError("body.workerIds", "unknown_user", "No active account with this id in your organisation");
    return unique;
  }

  private async checkItems(personId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await this.ctx.db.selectFrom("agenda_item").select("id").where("organisation_id", "=", this.organisationId).where("person_id", "=", personId).where("id", "in", unique).execute();
    if (rows.length !== unique.length) throw fieldError("body.agendaItemIds", "unknown_agenda_item", "Not an item of this person's agenda");
    return unique;
  }

  private async setLinks(trx: Transaction<Database>, id: string, workerIds: string[], itemIds: string[]): Promise<void> {
    await trx.deleteFrom("appointment_worker").where("organisation_id", "=", this.organisationId).where("appointment_id", "=", id).execute();
    await trx.deleteFrom("appointment_agenda_item").where("organisation_id", "=", this.organisationId).where("appointment_id", "=", id).execute();
    if (workerIds.length > 0) await trx.insertInto("appointment_worker").values(workerIds.map((user_id) => ({ organisation_id: this.organisationId, appointment_id: id, user_id }))).execute();
    if (itemIds.length > 0) await trx.insertInto("appointment_agenda_item").values(itemIds.map((item_id) => ({ organisation_id: this.organisationId, appointment_id: id, item_id }))).execute();
  }

  private async workerIdsOf(trx: Transaction<Database>, id: string): Promise<string[]> {
    return (await trx.selectFrom("appointment_worker").select("user_id").where("organisation_id", "=", this.organisationId).where("appointment_id", "=", id).execute()).map((r) => r.user_id);
  }

  private async itemIdsOf(trx: Transaction<Database>, id: string): Promise<string[]> {
    return (await trx.selectFrom("appointment_agenda_item").select("item_id").where("organisation_id", "=", this.organisationId).where("appointment_id", "=", id).execute()).map((r) => r.item_id);
  }

  private async views(rows: AppointmentTable[], organisationId = this.organisationId): Promise<AppointmentView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const requests = await this.ctx.db
      .selectFrom("appointment_move_request")
      .select(["appointment_id", "message", "requested_at"])
      .where("organisation_id", "=", organisationId)
      .where("appointment_id", "in", ids)
      .where("closed_at", "is", null)
      .orderBy("requested_at")
      .execute();
    const latestRequest = new Map(requests.map((r) => [r.appointment_id, { message: r.message, requestedAt: r.requested_at }]));
    const workers = await this.ctx.db
      .selectFrom("appointment_worker")
      .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "appointment_worker.organisation_id").onRef("user_account.id", "=", "appointment_worker.user_id"))
      .select(["appointment_worker.appointment_id", "user_account.id", "user_account.display_name"])
      .where("appointment_worker.organisation_id", "=", organisationId)
      .where("appointment_worker.appointment_id", "in", ids)
      .orderBy("user_account.display_name")
      .execute();
    const items = await this.ctx.db.selectFrom("appointment_agenda_item").select(["appointment_id", "item_id"]).where("organisation_id", "=", organisationId).where("appointment_id", "in", ids).execute();
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      startsAt: r.starts_at,
      durationMinutes: r.duration_minutes,
      place: r.place,
      status: r.status,
      reason: r.reason,
      agendaItemIds: items.filter((i) => i.appointment_id === r.id).map((i) => i.item_id),
      workers: workers.filter((w) => w.appointment_id === r.id).map((w) => ({ id: w.id, displayName: w.display_name })),
      moveRequest: latestRequest.get(r.id) ?? null,
      sequence: r.sequence,
      version: r.version,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }
}
