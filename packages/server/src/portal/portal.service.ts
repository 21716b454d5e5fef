import type { AgendaStatus, PortalConsentCreate } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";
import { AgendaRepository, type AgendaItemView } from "../agenda/agenda.repository.ts";
import { AppointmentRepository } from "../appointments/appointment.repository.ts";
import { CalendarFeedRepository } from "../appointments/calendar-feed.repository.ts";
import { ConsentRepository, type ConsentView } from "../consents/consent.repository.ts";
import { EncounterRepository } from "../encounters/encounter.repository.ts";

/**
 * The person's own Nabij. Every function works on the signed-in person only (ctx.person): no
 * person id ever comes from the request, and ids of items are checked to be the person's own.
 * The same repositories as for workers do the work, through the same access context (basis "self").
 */

export interface PortalAgendaItem {
  id: string;
  title: string;
  ownWords: string | null;
  raisedBy: string;
  status: string;
  position: number;
  version: number;
}

export interface PortalAppointment {
  id: string;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  status: string;
  workers: string[];
  moveRequest: { message: string; requestedAt: string } | null;
}

const portalItem = (item: AgendaItemView): PortalAgendaItem => ({ id: item.id, title: item.title, ownWords: item.ownWords, raisedBy: item.raisedBy, status: item.status, position: item.position, version: item.version });

/** Appointments from this many days ago on. */
const PAST_APPOINTMENT_DAYS = 30;

export async function myAgenda(ctx: RequestContext): Promise<PortalAgendaItem[]> {
  return (await new AgendaRepository(ctx).list(ctx.person.personId)).map(portalItem);
}

/** A wish in the person's own words: the words are the title and are kept as own words. */
export async function addWish(ctx: RequestContext, input: { id?: string | undefined; title: string }): Promise<{ item: PortalAgendaItem; created: boolean }> {
  const { item, created } = await new AgendaRepository(ctx).create(ctx.person.personId, { id: input.id, title: input.title, ownWords: input.title, raisedBy: "person" });
  return { item: portalItem(item), created };
}

export async function reorderMyAgenda(ctx: RequestContext, itemIds: string[]): Promise<PortalAgendaItem[]> {
  return (await new AgendaRepository(ctx).reorder(ctx.person.personId, itemIds)).map(portalItem);
}

/** The person marks an item done, parks it, takes it up again, or drops it (then "by the person"). */
export async function setMyItemStatus(ctx: RequestContext, itemId: string, input: { status: AgendaStatus; version: number }): Promise<PortalAgendaItem> {
  const dropped = input.status === "dropped" ? { droppedBy: "person" as const, dropReason: "The person dropped it in their portal" } : {};
  return portalItem(await new AgendaRepository(ctx).update(itemId, { status: input.status, version: input.version, ...dropped }, ctx.person.personId));
}

export async function myAppointments(ctx: RequestContext): Promise<PortalAppointment[]> {
  const list = await new AppointmentRepository(ctx).listForPerson(ctx.person.personId, PAST_APPOINTMENT_DAYS);
  return list.map((a) => ({ id: a.id, startsAt: a.startsAt, durationMinutes: a.durationMinutes, place: a.place, status: a.status, workers: a.workers.map((w) => w.displayName), moveRequest: a.moveRequest }));
}

export function requestMove(ctx: RequestContext, appointmentId: string, message: string): Promise<{ message: string; requestedAt: string }> {
  return new AppointmentRepository(ctx).requestMove(ctx.person.personId, appointmentId, message);
}

/** A new private feed for the person's phone; feeds the person made before stop. */
export async function newCalendarFeed(ctx: RequestContext): Promise<{ url: string }> {
  const feeds = new CalendarFeedRepository(ctx);
  await feeds.revokeOwn(ctx.person.personId);
  const { url } = await feeds.createForPerson(ctx.person.personId);
  return { url };
}

export function stopCalendarFeed(ctx: RequestContext): Promise<void> {
  return new CalendarFeedRepository(ctx).revokeOwn(ctx.person.personId);
}

/** Agreements (agenda items agreed or in progress) and the notes workers shared. */
export async function whatWeAgreed(ctx: RequestContext): Promise<{ agreements: Array<Pick<PortalAgendaItem, "id" | "title" | "ownWords" | "status">>; notes: Array<{ id: string; at: string; note: string; workerName: string | null }>; privateNotes: number | null }> {
  const items = await new AgendaRepository(ctx).list(ctx.person.personId);
  const agreements = items.filter((i) => i.status === "agreed" || i.status === "in_progress").map((i) => ({ id: i.id, title: i.title, ownWords: i.ownWords, status: i.status }));
  const { notes, privateNotes } = await new EncounterRepository(ctx).sharedWithPerson(ctx.person.personId);
  return { agreements, notes, privateNotes };
}

export function myConsents(ctx: RequestContext): Promise<ConsentView[]> {
  return new ConsentRepository(ctx).list(ctx.person.personId);
}

export function giveConsent(ctx: RequestContext, input: PortalConsentCreate): Promise<ConsentView> {
  return new ConsentRepository(ctx).create(ctx.person.personId, input);
}

export function withdrawConsent(ctx: RequestContext, consentId: string): Promise<ConsentView> {
  return new ConsentRepository(ctx).withdraw(ctx.person.personId, consentId);
}
