import { z } from "zod";
import { uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { PortalAccountRepository } from "./portal-account.repository.ts";

const personParams = z.strictObject({ id: uuid });

/** The worker's side of a person's portal: invite, see whether it is in use, end it. */
export const portalAccountRoutes: AnyRoute[] = [
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/portal-invitations",
    permission: "user",
    summary: "Invite the person to their own Nabij: a one-time code (7 days) to give in person or by text",
    tags: ["portal"],
    params: personParams,
    status: 201,
    handler: ({ ctx, params }) => new PortalAccountRepository(ctx).invite(params.id),
  }),
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/portal",
    permission: "user",
    summary: "Whether the person has a portal account or an open invitation",
    tags: ["portal"],
    params: personParams,
    handler: ({ ctx, params }) => new PortalAccountRepository(ctx).status(params.id),
  }),
  defineRoute({
    method: "POST",
    url: "/api/persons/:id/portal/end",
    permission: "user",
    summary: "End the person's portal access at once (account, sessions and unused code)",
    tags: ["portal"],
    params: personParams,
    status: 204,
    handler: ({ ctx, params }) => new PortalAccountRepository(ctx).end(params.id, "worker"),
  }),
];
