import { belgianDay, DAY, isOpenReferral, LIFE_EVENT_LOOKAHEAD_DAYS, REFERRAL_STATUSES } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { lastContactAt } from "../encounters/last-contact.ts";

export interface TodayView {
  date: string;
  lapseDays: number;
  /** Persons I am involved with and have not met for more than the organisation's lapse limit. */
  lapsedContacts: Array<{ personId: string; displayName: string; lastContactAt: string | null; daysSince: number | null }>;
  /** Open, agreed and in-progress agenda items of the persons I am involved with, in their order. */
  openAgendaItems: Array<{ id: string; personId: string; personDisplayName: string; title: string; status: string }>;
  /** Open referrals of the persons I am involved with, without a status change for longer than the organisation's follow-up days. */
  referralsToFollowUp: Array<{ id: string; personId: string; personDisplayName: string; to: string; institutionCategory: string; status: string; statusChangedAt: string; daysSince: number }>;
  referralFollowUpDays: number;
  /** Expected life events of the persons I am involved with, from today to LIFE_EVENT_LOOKAHEAD_DAYS ahead. */
  upcomingLifeEvents: Array<{ id: string; personId: string; personDisplayName: string; kind: string; title: string | null; date: string }>;
  /** Evaluation moments the persons I am involved with asked for, not yet held. */
  evaluationsAsked: Array<{ id: string; personId: string; personDisplayName: string; requestedAt: string; note: string | null }>;
  /** My appointments of today (the Belgian calendar day), cancelled ones included and marked. */
  appointments: Array<{ id: string; personId: string; personDisplayName: string; startsAt: string; durationMinutes: number; place: string | null; status: string }>;
}

const OPEN_STATUSES = ["open", "agreed", "in_progress"];

/** The "today" view of the signed-in worker: my appointments, lapsed contacts and open agenda items. */
export async function todayFor(ctx: RequestContext): Promise<TodayView> {
  const { organisationId, userId } = ctx.user;
  const now = ctx.clock.now();
  const organisation = await ctx.db.selectFrom("organisation").select(["lapse_days", "referral_followup_days"]).where("id", "=", organisationId).executeTakeFirstOrThrow();
  const lapseDays = organisation.lapse_days;
  const mine = ctx.db.selectFrom("involvement").select("person_id").where("organisation_id", "=", organisationId).where("user_id", "=", userId);

  const persons = await ctx.db
    .selectFrom("person")
    .select(["person.id", "person.display_name", "person.created_at"])
    .select(lastContactAt("person.organisation_id", "person.id").as("last_contact_at"))
    .where("person.organisation_id", "=", organisationId)
    .where("person.id", "in", mine)
    .execute();
  const limit = now.getTime() - lapseDays * DAY;
  const lapsedContacts = persons
    .map((p) => ({ personId: p.id, displayName: p.display_name, lastContactAt: p.last_contact_at ?? null, since: p.last_contact_at ?? p.created_at }))
    .filter((p) => new Date(p.since).getTime() < limit)
    .map((p) => ({ personId: p.personId, displayName: p.displayName, lastContactAt: p.lastContactAt, daysSince: p.lastContactAt ? Math.floor((now.getTime() - new Date(p.lastContactAt).getTime()) / DAY) : null }))
    .sort((a, b) => (b.daysSince ?? Number.MAX_SAFE_INTEGER) - (a.daysSince ?? Number.MAX_SAFE_INTEGER) || a.displayName.localeCompare(b.displayName));

  const items = await ctx.db
    .selectFrom("agenda_item")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "agenda_item.organisation_id").onRef("person.id", "=", "agenda_item.person_id"))
    .select(["agenda_item.id", "agenda_item.person_id", "agenda_item.title", "agenda_item.status", "person.display_name"])
    .where("agenda_item.organisation_id", "=", organisationId)
    .where("agenda_item.person_id", "in", mine)
    .where("agenda_item.status", "in", OPEN_STATUSES)
    .orderBy("person.display_name_search")
    .orderBy("agenda_item.position")
    .limit(200)
    .execute();

  const day = belgianDay(now);
  const appointments = await ctx.db
    .selectFrom("appointment")
    .innerJoin("appointment_worker", (j) => j.onRef("appointment_worker.organisation_id", "=", "appointment.organisation_id").onRef("appointment_worker.appointment_id", "=", "appointment.id"))
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "appointment.organisation_id").onRef("person.id", "=", "appointment.person_id"))
    .select(["appointment.id", "appointment.person_id", "appointment.starts_at", "appointment.duration_minutes", "appointment.place", "appointment.status", "person.display_name"])
    .where("appointment.organisation_id", "=", organisationId)
    .where("appointment_worker.user_id", "=", userId)
    .where("appointment.starts_at", ">=", day.start.toISOString())
    .where("appointment.starts_at", "<", day.end.toISOString())
    .where("appointment.person_id", "in", ctx.access.visiblePersonIds())
    .orderBy("appointment.starts_at")
    .execute();

  const followUpDays = organisation.referral_followup_days;
  const referrals = await ctx.db
    .selectFrom("referral")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "referral.organisation_id").onRef("person.id", "=", "referral.person_id"))
    .leftJoin("socialmap_service", (j) => j.onRef("socialmap_service.organisation_id", "=", "referral.organisation_id").onRef("socialmap_service.service_id", "=", "referral.service_id"))
    .select(["referral.id", "referral.person_id", "referral.organisation_name", "referral.institution_category", "referral.status", "referral.status_changed_at", "person.display_name", "socialmap_service.name as service_name"])
    .where("referral.organisation_id", "=", organisationId)
    .where("referral.person_id", "in", mine)
    .where("referral.status", "in", REFERRAL_STATUSES.filter(isOpenReferral))
    .where("referral.status_changed_at", "<", new Date(now.getTime() - followUpDays * DAY).toISOString())
    .orderBy("referral.status_changed_at")
    .limit(200)
    .execute();

  const horizon = new Date(now.getTime() + LIFE_EVENT_LOOKAHEAD_DAYS * DAY).toISOString().slice(0, 10);
  const events = await ctx.db
    .selectFrom("life_event")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "life_event.organisation_id").onRef("person.id", "=", "life_event.person_id"))
    .select(["life_event.id", "life_event.person_id", "life_event.kind", "life_event.title", "life_event.event_date", "person.display_name"])
    .where("life_event.organisation_id", "=", organisationId)
    .where("life_event.person_id", "in", mine)
    .where("life_event.expected", "=", 1)
    .where("life_event.event_date", ">=", day.date)
    .where("life_event.event_date", "<=", horizon)
    .orderBy("life_event.event_date")
    .limit(200)
    .execute();

  const evaluations = await ctx.db
    .selectFrom("evaluation_request")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "evaluation_request.organisation_id").onRef("person.id", "=", "evaluation_request.person_id"))
    .select(["evaluation_request.id", "evaluation_request.person_id", "evaluation_request.requested_at", "evaluation_request.note", "person.display_name"])
    .where("evaluation_request.organisation_id", "=", organisationId)
    .where("evaluation_request.person_id", "in", mine)
    .where("evaluation_request.done_at", "is", null)
    .where("evaluation_request.requested_by", "like", "person:%")
    .orderBy("evaluation_request.requested_at")
    .limit(200)
    .execute();

  const seen = [...lapsedContacts.map((p) => p.personId), ...items.map((i) => i.person_id), ...appointments.map((a) => a.person_id), ...referrals.map((r) => r.person_id), ...events.map((e) => e.person_id), ...evaluations.map((e) => e.person_id)];
  ctx.auditRead({ action: "today.read", entityType: "person", personIds: [...new Set(seen)], basis: "involvement" });
  return {
    date: day.date,
    lapseDays,
    lapsedContacts,
    openAgendaItems: items.map((i) => ({ id: i.id, personId: i.person_id, personDisplayName: i.display_name, title: i.title, status: i.status })),
    appointments: appointments.map((a) => ({ id: a.id, personId: a.person_id, personDisplayName: a.display_name, startsAt: a.starts_at, durationMinutes: a.duration_minutes, place: a.place, status: a.status })),
    referralFollowUpDays: followUpDays,
    evaluationsAsked: evaluations.map((e) => ({ id: e.id, personId: e.person_id, personDisplayName: e.display_name, requestedAt: e.requested_at, note: e.note })),
    upcomingLifeEvents: events.map((e) => ({ id: e.id, personId: e.person_id, personDisplayName: e.display_name, kind: e.kind, title: e.title, date: e.event_date })),
    referralsToFollowUp: referrals.map((r) => ({
      id: r.id,
      personId: r.person_id,
      personDisplayName: r.display_name,
      to: r.service_name ?? r.organisation_name ?? "",
      institutionCategory: r.institution_category,
      status: r.status,
      statusChangedAt: r.status_changed_at,
      daysSince: Math.floor((now.getTime() - new Date(r.status_changed_at).getTime()) / DAY),
    })),
  };
}
