import { networkTieCreate } from "@nabij/domain";
import { describe, expect, it } from "vitest";
import type { NetworkTie } from "../../../api/types.ts";
import { NEW_TIE, tiePatch, tieValues, toTieCreate } from "./tieDraft.ts";

const tie: NetworkTie = {
  id: "0193a1b2-0000-7000-8000-000000000001",
  personId: "0193a1b2-0000-7000-8000-000000000002",
  name: "Fatima",
  kind: "neighbour",
  relation: "buurvrouw",
  closeness: "close",
  support: ["practical"],
  stress: false,
  note: null,
  serviceId: null,
  serviceName: null,
  contactId: null,
  version: 3,
  createdBy: "x",
  createdAt: "2026-11-29T10:00:00.000Z",
  updatedAt: "2026-11-29T10:00:00.000Z",
};

describe("a tie in the person's network", () => {
  it("sends a new tie with what was filled in, trimmed", () => {
    const input = toTieCreate({ ...NEW_TIE, name: " Jan ", support: ["company", "emotional"], relation: " " });
    expect(input).toEqual({ name: "Jan", kind: "family", closeness: "medium", support: ["emotional", "company"], stress: false });
    expect(networkTieCreate.safeParse(input).success).toBe(true);
  });

  it("sends only what changed, and clears with an empty text", () => {
    expect(tiePatch(tie, tieValues(tie))).toEqual({});
    expect(tiePatch(tie, { ...tieValues(tie), relation: "", stress: true, support: ["practical", "company"] })).toEqual({ relation: "", stress: true, support: ["practical", "company"] });
  });

  it("links a professional to a service on the social map, and unlinks it when the kind changes", () => {
    const serviceId = "0193a1b2-0000-7000-8000-0000000000aa";
    const service = { id: serviceId, name: "Schuldbemiddeling" };
    const input = toTieCreate({ ...NEW_TIE, name: "Sara", kind: "professional", service });
    expect(input.serviceId).toBe(serviceId);
    expect(networkTieCreate.safeParse(input).success).toBe(true);
    expect(toTieCreate({ ...NEW_TIE, name: "Jan", kind: "friend", service }).serviceId).toBeUndefined();
    const linked = { ...tie, kind: "professional" as const, serviceId };
    expect(tieValues(linked, "Schuldbemiddeling").service).toEqual(service);
    expect(tiePatch(linked, tieValues(linked))).toEqual({});
    expect(tiePatch(linked, { ...tieValues(linked), service: null })).toEqual({ serviceId: null });
    expect(tiePatch(linked, { ...tieValues(linked), kind: "friend" })).toEqual({ kind: "friend", serviceId: null });
    expect(tiePatch(tie, { ...tieValues(tie), kind: "professional", service })).toEqual({ kind: "professional", serviceId });
  });
});
