import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { AppError, type FieldError } from "@nabij/domain";
import type { RequestContext } from "../access/context.ts";

/**
 * What a route demands before its handler runs. Person-level access is not decided here:
 * the request context and the repositories decide that, per person.
 * - public: anyone, logged in or not
 * - user: any logged-in account
 * - coordinator / admin: that role (an admin is not a coordinator)
 * - person: a person logged in to their own portal (routes under /api/portal/ only)
 */
export type Permission = "public" | "user" | "coordinator" | "admin" | "person";

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.output<S> : undefined;

export interface RouteSpec<B, Q, P> {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  permission: Permission;
  summary: string;
  tags?: string[];
  body?: B;
  query?: Q;
  params?: P;
  /** Status of a successful answer; 204 sends no body. */
  status?: number;
  /** The body is a batch whose items are checked one by one (NUL characters included). */
  bodyCheckedPerItem?: boolean;
  /** Rate-limited per client address: "login" uses the configured login limit per minute. */
  rateLimit?: "login";
  handler: (input: RouteInput<Out<B>, Out<Q>, Out<P>>) => Promise<unknown>;
}

export interface RouteInput<B, Q, P> {
  ctx: RequestContext;
  body: B;
  query: Q;
  params: P;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type AnyRoute = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

/** Keeps the types of one route together; a route is plain data until it is registered. */
export function defineRoute<B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
  spec: RouteSpec<B, Q, P>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

export function toFieldErrors(part: string, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const params = "params" in issue ? (issue.params as { reason?: string } | undefined) : undefined;
    return {
      path: [part, ...issue.path.map(String)].join("."),
      code: params?.reason ?? issue.code,
      message: issue.message,
    };
  });
}

function parsePart(part: string, schema: Schema | undefined, value: unknown): { value: unknown; errors: FieldError[] } {
  if (!schema) return { value: undefined, errors: [] };
  const result = schema.safeParse(value ?? (part === "body" ? undefined : {}));
  return result.success ? { value: result.data, errors: [] } : { value: undefined, errors: toFieldErrors(part, result.error) };
}

/** NUL characters cannot be stored in PostgreSQL text and never belong in our input. */
export function nulCharacters(part: string, value: unknown, path: string[] = []): FieldError[] {
  if (typeof value === "string") return value.includes("\u0000") ? [{ path: [part, ...path].join("."), code: "invalid_character", message: "Contains a NUL character" }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulCharacters(part, v, [...path, String(i)]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nulCharacters(part, v, [...path, k]));
  return [];
}

/** Validates body, query and params together, so one answer lists every field that is wrong. */
export function validateInput(route: AnyRoute, request: FastifyRequest): { body: unknown; query: unknown; params: unknown } {
  const nul = [...nulCharacters("params", request.params), ...nulCharacters("query", request.query), ...(route.bodyCheckedPerItem ? [] : nulCharacters("body", request.body))];
  if (nul.length > 0) throw new AppError("validation_failed", "The input is not valid", nul);
  const body = parsePart("body", route.body, request.body);
  const query = parsePart("query", route.query, request.query);
  const params = parsePart("params", route.params, request.params);
  const errors = [...params.errors, ...query.errors, ...body.errors];
  if (errors.length > 0) throw new AppError("validation_failed", "The input is not valid", errors);
  return { body: body.value, query: query.value, params: params.value };
}

export type RouteRegistrar = (app: FastifyInstance, routes: AnyRoute[]) => void;
