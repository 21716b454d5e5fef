import { z } from "zod";
import { AppError, appointmentCreate, appointmentPatch, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { AppointmentRepository } from "./appointment.repository.ts";
import { CalendarFeedRepository } from "./calendar-feed.repository.ts";
import { serveFeed } from "./feed.service.ts";

const personParams = z.strictObject({ id: uuid });

export const appointmentRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/appointments",
    permission: "user",
    summary: "The person's appointments, in time order",
    tags: ["appointments"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new AppointmentRepository(ctx).listForPerson(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/appointments",
    permission: "user",
    summary: "Plan an appointment (no place: at the person's home); the same client id twice returns the first",
    tags: ["appointments"],
    params: personParams,
    body: appointmentCreate,
    status: 201,
    handler: async ({ ctx, params, body, reply }) => {
      const { appointment, created } = await new AppointmentRepository(ctx).create(params.id, body);
      return created ? appointment : reply.status(200).send(appointment);
    },
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/appointments/:appointmentId",
    permission: "user",
    summary: "Move, change or cancel an appointment (moving and cancelling need a reason); send the version you read",
    tags: ["appointments"],
    params: z.strictObject({ appointmentId: uuid }),
    body: appointmentPatch,
    handler: ({ ctx, params, body }) => new AppointmentRepository(ctx).update(params.appointmentId, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/me/calendar-feeds",
    permission: "user",
    summary: "My calendar feeds (without their secret addresses)",
    tags: ["appointments"],
    handler: async ({ ctx }) => ({ items: await new CalendarFeedRepository(ctx).listMine() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/me/calendar-feeds",
    permission: "user",
    summary: "A private feed of my appointments for my calendar app; the address is shown once",
    tags: ["appointments"],
    status: 201,
    handler: ({ ctx }) => new CalendarFeedRepository(ctx).createForMe(),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/calendar-feeds",
    permission: "user",
    summary: "The person's calendar feeds (without their secret addresses)",
    tags: ["appointments"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new CalendarFeedRepository(ctx).listForPerson(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/calendar-feeds",
    permission: "user",
    summary: "A private feed of the person's own appointments, for the person's phone; the address is shown once",
    tags: ["appointments"],
    params: personParams,
    status: 201,
    handler: ({ ctx, params }) => new CalendarFeedRepository(ctx).createForPerson(params.id),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/calendar-feeds/:feedId",
    permission: "user",
    summary: "Revoke a calendar feed: its address answers 404 from then on",
    tags: ["appointments"],
    params: z.strictObject({ feedId: uuid }),
    status: 204,
    handler: ({ ctx, params }) => new CalendarFeedRepository(ctx).revoke(params.feedId),
  }),
  defineRoute({
    method: "GET",
    url: "/ical/:file",
    permission: "public",
    summary: "A private iCalendar feed; the token in the address is the key (404 when unknown or revoked)",
    tags: ["appointments"],
    params: z.strictObject({ file: z.string().max(220) }),
    handler: async ({ ctx, params, reply }) => {
      const ics = await serveFeed(ctx, params.file);
      if (ics === undefined) throw new AppError("not_found", "Not found");
      return reply.header("content-type", "text/calendar; charset=utf-8").header("cache-control", "private, no-store").send(ics);
    },
  }),
];
