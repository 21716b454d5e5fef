import { z } from "zod";
import { consentCreate, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { ConsentRepository, DirectoryRepository } from "./consent.repository.ts";

const personParams = z.strictObject({ id: uuid });

/** Consents on the worker's side, the persons shared with a worker, and the directory of recipients. */
export const consentRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/consents",
    permission: "user",
    summary: "The person's consents: who else may see which parts, for what, until when",
    tags: ["consent"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new ConsentRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/consents",
    permission: "user",
    summary: "Record a consent the person gave in person or in writing",
    tags: ["consent"],
    params: personParams,
    body: consentCreate,
    status: 201,
    handler: ({ ctx, params, body }) => new ConsentRepository(ctx).create(params.id, body),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/consents/:consentId/withdraw",
    permission: "user",
    summary: "Record that the person withdrew a consent; it ends at once",
    tags: ["consent"],
    params: z.strictObject({ id: uuid, consentId: uuid }),
    handler: ({ ctx, params }) => new ConsentRepository(ctx).withdraw(params.id, params.consentId),
  }),
  defineRoute({
    method: "GET",
    url: "/api/consents/received",
    permission: "user",
    summary: "Persons who gave the signed-in worker (or their organisation) a consent that holds now",
    tags: ["consent"],
    handler: async ({ ctx }) => ({ items: await new ConsentRepository(ctx).received() }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/directory/organisations",
    permission: "user",
    summary: "The organisations of this installation, to choose who may see",
    tags: ["consent"],
    handler: async ({ ctx }) => ({ items: await new DirectoryRepository(ctx).organisations() }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/directory/organisations/:id/workers",
    permission: "user",
    summary: "The active workers of an organisation, to choose who may see",
    tags: ["consent"],
    params: personParams,
    handler: async ({ ctx, params }) => ({ items: await new DirectoryRepository(ctx).workers(params.id) }),
  }),
];
