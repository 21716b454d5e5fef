import type { AppointmentPatch } from "@nabij/domain";
import { api } from "./client.ts";
import type { Appointment, CalendarFeed, CreatedFeed } from "./types.ts";

export interface AppointmentInput {
  id: string;
  startsAt: string;
  durationMinutes: number;
  place?: string;
  agendaItemIds: string[];
  workerIds: string[];
}

const personPath = (personId: string): string => `/api/persons/${encodeURIComponent(personId)}`;

export async function listAppointments(personId: string): Promise<Appointment[]> {
  return (await api.get<{ items: Appointment[] }>(`${personPath(personId)}/appointments`)).items;
}

/** The planner always comes; no place means at the person's home. */
export function planAppointment(personId: string, input: AppointmentInput): Promise<Appointment> {
  return api.post(`${personPath(personId)}/appointments`, input);
}

/** Moving and cancelling need a reason; send the version that was read. */
export function updateAppointment(appointmentId: string, patch: AppointmentPatch): Promise<Appointment> {
  return api.patch(`/api/appointments/${encodeURIComponent(appointmentId)}`, patch);
}

/** Whose feeds: mine (null) or a person's own. */
const feedsPath = (personId: string | null): string => (personId ? `${personPath(personId)}/calendar-feeds` : "/api/me/calendar-feeds");

export async function listFeeds(personId: string | null): Promise<CalendarFeed[]> {
  return (await api.get<{ items: CalendarFeed[] }>(feedsPath(personId))).items;
}

/** The answer holds the secret address, the only time it is shown. */
export function createFeed(personId: string | null): Promise<CreatedFeed> {
  return api.post(feedsPath(personId));
}

export function revokeFeed(feedId: string): Promise<void> {
  return api.delete(`/api/calendar-feeds/${encodeURIComponent(feedId)}`);
}
