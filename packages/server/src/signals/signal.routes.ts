import { z } from "zod";
import { LIMITS, SIGNAL_LIST_SCOPES, signalCreate, signalReportQuery, uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { signalReportCsv } from "./signal-report-csv.ts";
import { SignalReportRepository } from "./signal-report.repository.ts";
import { SignalRepository } from "./signal.repository.ts";

export const signalRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/signals/check",
    permission: "user",
    summary: "What in a signal's text could identify someone (nothing is kept)",
    tags: ["signals"],
    body: z.strictObject({ text: z.string().max(4000) }),
    handler: async ({ ctx, body }) => ({ findings: await new SignalRepository(ctx).check(body.text) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/signals",
    permission: "user",
    summary: "Raise a structural signal; it holds no identity (a named person only yields a pseudonym), and personal data in the text must be removed or confirmed (422 with the findings)",
    tags: ["signals"],
    body: signalCreate,
    status: 201,
    handler: ({ ctx, body }) => new SignalRepository(ctx).create(body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/signals",
    permission: "user",
    summary: "My signals, or the organisation's (coordinators and administrators), newest first",
    tags: ["signals"],
    query: z.strictObject({
      scope: z.enum(SIGNAL_LIST_SCOPES).default("mine"),
      cursor: z.string().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
    }),
    handler: ({ ctx, query }) => new SignalRepository(ctx).list(query),
  }),
  defineRoute({
    method: "GET",
    url: "/api/signals/:id",
    permission: "user",
    summary: "One signal",
    tags: ["signals"],
    params: z.strictObject({ id: uuid }),
    handler: ({ ctx, params }) => new SignalRepository(ctx).get(params.id),
  }),
  defineRoute({
    method: "GET",
    url: "/api/reports/signals",
    permission: "user",
    summary: "People and signals per theme, mechanism type, institution, municipality or life domain (up to three) for a fixed period, k-anonymous: suppressed cells carry no number",
    tags: ["signals"],
    query: signalReportQuery,
    handler: ({ ctx, query }) => new SignalReportRepository(ctx).report(query),
  }),
  defineRoute({
    method: "GET",
    url: "/api/reports/signals.csv",
    permission: "user",
    summary: "The same protected report as CSV (formula-safe; a suppressed entry says it is not shown)",
    tags: ["signals"],
    query: signalReportQuery.extend({ language: z.enum(["nl", "fr", "en"]).default("nl") }),
    handler: async ({ ctx, query, reply }) => {
      const { language, ...report } = query;
      const csv = signalReportCsv(await new SignalReportRepository(ctx).report(report), language);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="nabij-signalen-${report.groupBy.join("-")}${report.period ? `-${report.period}` : ""}.csv"`)
        .header("cache-control", "private, no-store")
        .send(csv);
    },
  }),
];
