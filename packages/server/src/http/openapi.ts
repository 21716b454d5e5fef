import { z } from "zod";
import type { AnyRoute } from "./route.ts";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

function parameters(route: AnyRoute): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [location, schema] of [["path", route.params], ["query", route.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema);
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      out.push({ name, in: location, required: location === "path" || required.has(name), schema: property });
    }
  }
  return out;
}

const errorEnvelope = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        requestId: { type: "string" },
        fields: { type: "array", items: { type: "object", properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" } } } },
        details: { type: "object", description: "Facts a client can act on, such as the states a referral may move to next (allowed)" },
      },
    },
  },
};

/** The OpenAPI 3.1 document, made from the same schemas that validate every request. */
export function openApiDocument(routes: AnyRoute[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z]+)/g, "{$1}");
    const status = String(route.status ?? 200);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: route.tags ?? [],
      "x-nabij-permission": route.permission,
      parameters: parameters(route),
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body) } } } } : {}),
      ...(route.permission === "public" ? { security: [] } : {}),
      responses: {
        [status]: { description: status === "204" ? "No content" : "Success" },
        default: { description: "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Nabij API", version, license: { name: "EUPL-1.2", identifier: "EUPL-1.2" } },
    paths,
    components: {
      schemas: { Error: errorEnvelope },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "nabij_session" } },
    },
    security: [{ session: [] }],
  };
}
