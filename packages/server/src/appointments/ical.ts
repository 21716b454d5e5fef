import ical, { ICalEventStatus } from "ical-generator";
import { DAY, MINUTE } from "@nabij/domain";
import { PersonAccess } from "../access/person-access.ts";
import type { Services } from "../access/context.ts";
import type { AppointmentTable, CalendarFeedTable } from "../db/schema.ts";
import { calendarTexts, initials } from "./calendar-texts.ts";

interface FeedAppointment extends AppointmentTable {
  person_name: string;
}

/** The appointments a feed shows: the worker's (of persons they may still see) or the person's. */
async function appointmentsOf(services: Services, feed: CalendarFeedTable): Promise<FeedAppointment[]> {
  const base = services.db
    .selectFrom("appointment")
    .innerJoin("person", (j) => j.onRef("person.organisation_id", "=", "appointment.organisation_id").onRef("person.id", "=", "appointment.person_id"))
    .selectAll("appointment")
    .select("person.display_name as person_name")
    .where("appointment.organisation_id", "=", feed.organisation_id)
    // From 90 days ago on: calendars keep what they fetched before, and new appointments always fit.
    .where("appointment.starts_at", ">=", new Date(services.clock.now().getTime() - 90 * DAY).toISOString())
    .orderBy("appointment.starts_at")
    .limit(2000);
  if (feed.owner_kind === "person") return base.where("appointment.person_id", "=", feed.person_id ?? "").execute();

  const owner = await services.db.selectFrom("user_account").select(["id", "role", "status"]).where("organisation_id", "=", feed.organisation_id).where("id", "=", feed.user_id ?? "").executeTakeFirst();
  if (!owner || owner.status !== "active") return [];
  const teams = await services.db.selectFrom("team_membership").select("team_id").where("organisation_id", "=", feed.organisation_id).where("user_id", "=", owner.id).execute();
  const access = new PersonAccess(services.db, { kind: "user", organisationId: feed.organisation_id, userId: owner.id, role: owner.role, teamIds: teams.map((t) => t.team_id), sessionId: `feed:${feed.id}` }, services.clock);
  return base
    .innerJoin("appointment_worker", (j) => j.onRef("appointment_worker.organisation_id", "=", "appointment.organisation_id").onRef("appointment_worker.appointment_id", "=", "appointment.id"))
    .where("appointment_worker.user_id", "=", owner.id)
    .where("appointment.person_id", "in", access.visiblePersonIds())
    .execute();
}

/**
 * Writes the feed as iCalendar (RFC 5545): UID = the appointment's id, SEQUENCE raised on every
 * change, cancelled ones as STATUS:CANCELLED. A worker's feed names persons by their initials
 * unless the organisation allows full names.
 */
export async function renderFeed(services: Services, feed: CalendarFeedTable): Promise<{ ics: string; personIds: string[] }> {
  const organisation = await services.db.selectFrom("organisation").select(["calendar_full_names", "languages"]).where("id", "=", feed.organisation_id).executeTakeFirstOrThrow();
  const owner = feed.user_id ? await services.db.selectFrom("user_account").select("language").where("organisation_id", "=", feed.organisation_id).where("id", "=", feed.user_id).executeTakeFirst() : undefined;
  const texts = calendarTexts(owner?.language ?? (JSON.parse(organisation.languages) as string[])[0] ?? "nl-BE");
  const appointments = await appointmentsOf(services, feed);
  const calendar = ical({ name: feed.owner_kind === "worker" ? texts.workerFeed : texts.personFeed, prodId: { company: "Nabij", product: "Nabij", language: "NL" } });
  const forPerson = feed.owner_kind === "person";
  const workers = appointments.length === 0 ? [] : await services.db
    .selectFrom("appointment_worker")
    .innerJoin("user_account", (j) => j.onRef("user_account.organisation_id", "=", "appointment_worker.organisation_id").onRef("user_account.id", "=", "appointment_worker.user_id"))
    .select(["appointment_worker.appointment_id", "user_account.display_name"])
    .where("appointment_worker.organisation_id", "=", feed.organisation_id)
    .where("appointment_worker.appointment_id", "in", appointments.map((a) => a.id))
    .orderBy("user_account.display_name")
    .execute();
  for (const a of appointments) {
    const name = forPerson || organisation.calendar_full_names === 1 ? a.person_name : initials(a.person_name);
    const start = new Date(a.starts_at);
    calendar.createEvent({
      id: a.id,
      sequence: a.sequence,
      stamp: new Date(a.updated_at),
      start,
      end: new Date(start.getTime() + a.duration_minutes * MINUTE),
      // The person sees who comes; the worker sees whom they meet.
      summary: `${texts.with} ${forPerson ? workers.filter((w) => w.appointment_id === a.id).map((w) => w.display_name).join(", ") : name}`,
      location: a.place ?? (forPerson ? texts.yourHome : texts.atHome),
      status: a.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return { ics: calendar.toString(), personIds: [...new Set(appointments.map((a) => a.person_id))] };
}
