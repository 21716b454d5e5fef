import { z } from "zod";
import { dossierChange, dossierCreate, dossierSignals, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { DossierRepository } from "./dossier.repository.ts";

const idParams = z.strictObject({ id: uuid });

export const dossierRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/signal-dossiers",
    permission: "coordinator",
    summary: "Bundle signals into a dossier with a title and a trekker",
    tags: ["signals"],
    body: dossierCreate,
    status: 201,
    handler: ({ ctx, body }) => new DossierRepository(ctx).create(body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/signal-dossiers",
    permission: "user",
    summary: "The organisation's signal dossiers (coordinators and administrators)",
    tags: ["signals"],
    handler: async ({ ctx }) => ({ items: await new DossierRepository(ctx).list() }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/signal-dossiers/:id",
    permission: "user",
    summary: "A dossier with its signals and every dated change (coordinators and administrators)",
    tags: ["signals"],
    params: idParams,
    handler: ({ ctx, params }) => new DossierRepository(ctx).get(params.id),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/signal-dossiers/:id",
    permission: "coordinator",
    summary: "Change a dossier's phase, trekker, analysis, position, actions, decisions or feedback; a stale version is refused (409)",
    tags: ["signals"],
    params: idParams,
    body: dossierChange,
    handler: ({ ctx, params, body }) => new DossierRepository(ctx).change(params.id, body),
  }),
  defineRoute({
    method: "POST",
    url: "/api/signal-dossiers/:id/signals",
    permission: "coordinator",
    summary: "Add signals to a dossier (a signal in another dossier is refused)",
    tags: ["signals"],
    params: idParams,
    body: dossierSignals,
    handler: ({ ctx, params, body }) => new DossierRepository(ctx).addSignals(params.id, body.signalIds),
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/signal-dossiers/:id/signals/:signalId",
    permission: "coordinator",
    summary: "Take a signal out of a dossier",
    tags: ["signals"],
    params: z.strictObject({ id: uuid, signalId: uuid }),
    handler: ({ ctx, params }) => new DossierRepository(ctx).removeSignal(params.id, params.signalId),
  }),
  defineRoute({
    method: "GET",
    url: "/api/signal-dossiers/:id/suggestions",
    permission: "user",
    summary: "Signals not yet bundled that may belong here: shared themes, domains, institution and words, best first",
    tags: ["signals"],
    params: idParams,
    handler: async ({ ctx, params }) => ({ items: await new DossierRepository(ctx).suggestions(params.id) }),
  }),
];
