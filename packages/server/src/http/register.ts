import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { RequestContext } from "../access/context.ts";
import type { AnyRoute } from "./route.ts";
import { checkCsrf, checkPermission } from "./guard.ts";
import { validateInput } from "./route.ts";

declare module "fastify" {
  interface FastifyRequest {
    ctx: RequestContext;
    /** The CSRF token of the request's session, when there is one. */
    sessionCsrf: string | undefined;
  }
  interface FastifyContextConfig {
    permission?: string;
  }
}

/**
 * Registers routes in the one order every route follows:
 * (rate limit) → session → permission → CSRF → validation → handler.
 */
export function registerRoutes(app: FastifyInstance, routes: AnyRoute[], limits: { login: number }): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      config: {
        permission: route.permission,
        ...(route.rateLimit ? { rateLimit: { max: limits[route.rateLimit], timeWindow: "1 minute" } } : {}),
      },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const ctx = request.ctx;
        checkPermission(ctx, route.permission);
        checkCsrf(request, ctx, request.sessionCsrf);
        const input = validateInput(route, request);
        const result = await route.handler({ ctx, ...input, request, reply } as Parameters<AnyRoute["handler"]>[0]);
        if (reply.sent) return reply;
        const status = route.status ?? 200;
        return status === 204 ? reply.status(204).send() : reply.status(status).send(result);
      },
    });
  }
}
