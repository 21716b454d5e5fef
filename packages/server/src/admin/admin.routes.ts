import { z } from "zod";
import { organisationPatch, teamInput, userInvite, userPatch, uuid, version } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { InvolvementRepository } from "../persons/involvement.repository.ts";
import { AdminRepository } from "./admin.repository.ts";

/**
 * Administration. An admin manages the organisation but sees person data only when involved;
 * to manage who works with whom, the involvement routes show a person's display name and id
 * (basis "administration"), and every such read and change is audited.
 */
export const adminRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/admin/organisation",
    permission: "admin",
    summary: "The organisation's settings",
    tags: ["admin"],
    handler: ({ ctx }) => new AdminRepository(ctx).organisation(),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/admin/organisation",
    permission: "admin",
    summary: "Change name, lapse limit (days) or languages",
    tags: ["admin"],
    body: organisationPatch,
    handler: ({ ctx, body }) => new AdminRepository(ctx).updateOrganisation(body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/admin/teams",
    permission: "admin",
    summary: "Teams with their members",
    tags: ["admin"],
    handler: async ({ ctx }) => ({ items: await new AdminRepository(ctx).teams() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/admin/teams",
    permission: "admin",
    summary: "Create a team",
    tags: ["admin"],
    body: teamInput,
    status: 201,
    handler: ({ ctx, body }) => new AdminRepository(ctx).createTeam(body.name),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/admin/teams/:id",
    permission: "admin",
    summary: "Rename a team",
    tags: ["admin"],
    params: z.strictObject({ id: uuid }),
    body: teamInput.extend({ version }),
    handler: async ({ ctx, params, body }) => {
      const admin = new AdminRepository(ctx);
      await admin.renameTeam(params.id, body.name, body.version);
      return (await admin.teams()).find((t) => t.id === params.id);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/admin/users",
    permission: "admin",
    summary: "Accounts of the organisation",
    tags: ["admin"],
    handler: async ({ ctx }) => ({ items: await new AdminRepository(ctx).users() }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/admin/users",
    permission: "admin",
    summary: "Invite an account; the answer holds the one-time invitation link",
    tags: ["admin"],
    body: userInvite,
    status: 201,
    handler: ({ ctx, body }) => new AdminRepository(ctx).invite(body),
  }),
  defineRoute({
    method: "PATCH",
    url: "/api/admin/users/:id",
    permission: "admin",
    summary: "Change an account: name, role, teams, language; disabling ends its sessions",
    tags: ["admin"],
    params: z.strictObject({ id: uuid }),
    body: userPatch,
    handler: ({ ctx, params, body }) => new AdminRepository(ctx).updateUser(params.id, body),
  }),
  defineRoute({
    method: "GET",
    url: "/api/admin/involvements",
    permission: "admin",
    summary: "Who is involved with whom (filter by worker or person)",
    tags: ["admin"],
    query: z.strictObject({ userId: uuid.optional(), personId: uuid.optional() }),
    handler: async ({ ctx, query }) => ({ items: await new InvolvementRepository(ctx).listForAdministration(query) }),
  }),
  defineRoute({
    method: "POST",
    url: "/api/admin/involvements",
    permission: "admin",
    summary: "Involve a worker with a person",
    tags: ["admin"],
    body: z.strictObject({ personId: uuid, userId: uuid }),
    status: 201,
    handler: async ({ ctx, body }) => {
      await new InvolvementRepository(ctx).add(body.personId, body.userId);
      return body;
    },
  }),
  defineRoute({
    method: "DELETE",
    url: "/api/admin/involvements/:personId/:userId",
    permission: "admin",
    summary: "End a worker's involvement with a person",
    tags: ["admin"],
    params: z.strictObject({ personId: uuid, userId: uuid }),
    status: 204,
    handler: ({ ctx, params }) => new InvolvementRepository(ctx).remove(params.personId, params.userId),
  }),
];
