import { z } from "zod";
import { LIMITS } from "./limits.ts";
import { isoDateTime, uuid, version } from "./schemas.ts";

/**
 * Appointments (afspraken): where and when, which agenda items, who comes. They default to the
 * person's environment: no place means "at the person's home". Moving or cancelling says why.
 */
export const APPOINTMENT_STATUSES = ["planned", "cancelled"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const appointmentCreate = z.strictObject({
  id: uuid.optional(),
  startsAt: isoDateTime,
  durationMinutes: z.number().int().min(5).max(LIMITS.encounterMinutes).default(60),
  place: z.string().trim().max(LIMITS.place).optional(),
  agendaItemIds: z.array(uuid).max(50).optional(),
  workerIds: z.array(uuid).max(LIMITS.workersPerEncounter).optional(),
});
export type AppointmentCreate = z.infer<typeof appointmentCreate>;

export const appointmentPatch = z.strictObject({
  startsAt: isoDateTime.optional(),
  durationMinutes: z.number().int().min(5).max(LIMITS.encounterMinutes).optional(),
  place: z.string().trim().max(LIMITS.place).nullable().optional(),
  agendaItemIds: z.array(uuid).max(50).optional(),
  workerIds: z.array(uuid).max(LIMITS.workersPerEncounter).optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  /** Why it moved or was cancelled; required for both. */
  reason: z.string().trim().min(1).max(LIMITS.reason).optional(),
  version,
});
export type AppointmentPatch = z.infer<typeof appointmentPatch>;
