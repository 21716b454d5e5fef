import { z } from "zod";
import { uuid } from "@nabij/domain";
import { defineRoute, type AnyRoute } from "../http/route.ts";
import { personFhirBundle } from "./fhir.repository.ts";

export const fhirRoutes: AnyRoute[] = [
  defineRoute({
    method: "GET",
    url: "/api/persons/:id/fhir",
    permission: "user",
    summary: "The person's referrals (ServiceRequest, Task), goals (from agreements) and consents as a FHIR R4 Bundle (an involved worker or a coordinator; audited)",
    tags: ["referrals"],
    params: z.strictObject({ id: uuid }),
    handler: async ({ ctx, params, reply }) => reply.header("content-type", "application/fhir+json; charset=utf-8").header("cache-control", "private, no-store").send(await personFhirBundle(ctx, params.id)),
  }),
];
