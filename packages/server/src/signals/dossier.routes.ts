import { z } from "zod";
import { AppError, dossierChange, dossierCreate, dossierSignals, testimonyCreate, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { DossierRepository } from "./dossier.repository.ts";
import { PublicationRepository } from "./publication.repository.ts";
import { publicReportHtml } from "./public-report.html.ts";
import { PUBLIC_REPORT_TEXTS, publicLanguage } from "./public-report.texts.ts";
import { TestimonyRepository } from "./testimony.repository.ts";

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
  defineRoute({
    method: "POST",
    url: "/api/signal-dossiers/:id/testimonies",
    permission: "user",
    summary: "Record a person's testimony in their own words, with their consent (anonymous unless they choose a name); audited on the person",
    tags: ["signals"],
    params: idParams,
    body: testimonyCreate,
    status: 201,
    handler: ({ ctx, params, body }) => new TestimonyRepository(ctx).create(params.id, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/signal-dossiers/:id/publication-preview",
    permission: "user",
    summary: "Exactly what publishing the dossier would show in public: its texts and protected figures (coordinators and administrators)",
    tags: ["signals"],
    params: idParams,
    handler: ({ ctx, params }) => new PublicationRepository(ctx).preview(params.id),
  }),
  defineRoute({
    method: "GET",
    url: "/api/signal-dossiers/:id/publications",
    permission: "coordinator",
    summary: "The dossier's public pages, withdrawn ones too",
    tags: ["signals"],
    params: idParams,
    handler: async ({ ctx, params }) => ({ items: await new PublicationRepository(ctx).list(params.id) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/signal-dossiers/:id/publications",
    permission: "coordinator",
    summary: "Publish the preview of this version as a public page (from the phase report on; a stale version: 409)",
    tags: ["signals"],
    params: idParams,
    body: z.strictObject({ version: z.number().int().positive() }),
    status: 201,
    handler: ({ ctx, params, body }) => new PublicationRepository(ctx).publish(params.id, body.version),
  }),
  defineRoute({
    method: "POST",
    url: "/api/signal-dossiers/:id/publications/:slug/withdraw",
    permission: "coordinator",
    summary: "Take a public page down at once",
    tags: ["signals"],
    params: z.strictObject({ id: uuid, slug: z.string().min(1).max(100) }),
    handler: ({ ctx, params }) => new PublicationRepository(ctx).withdraw(params.id, params.slug),
  }),
  defineRoute({
    method: "GET",
    url: "/api/public/reports/:slug",
    permission: "public",
    summary: "A published dossier (no login): its texts and protected figures",
    tags: ["public"],
    params: z.strictObject({ slug: z.string().min(1).max(100) }),
    handler: ({ ctx, params }) => new PublicationRepository(ctx).publicContent(params.slug),
  }),
  defineRoute({
    method: "GET",
    url: "/public/reports/:slug",
    permission: "public",
    summary: "The public page of a published dossier (HTML, no login, ?lang=nl|fr|en)",
    tags: ["public"],
    params: z.strictObject({ slug: z.string().min(1).max(100) }),
    query: z.object({ lang: z.string().max(10).optional() }),
    handler: async ({ ctx, params, query, request, reply }) => {
      const language = publicLanguage(query.lang, request.headers["accept-language"]);
      try {
        const content = await new PublicationRepository(ctx).publicContent(params.slug);
        return reply.header("content-type", "text/html; charset=utf-8").header("cache-control", "no-cache").send(publicReportHtml(content, language));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "not_found") throw error;
        const text = PUBLIC_REPORT_TEXTS[language].notFound;
        return reply.status(404).header("content-type", "text/html; charset=utf-8").send(`<!doctype html><html lang="${PUBLIC_REPORT_TEXTS[language].locale}"><head><meta charset="utf-8"><title>${text}</title></head><body><main><h1>${text}</h1></main></body></html>`);
      }
    },
  }),
];
