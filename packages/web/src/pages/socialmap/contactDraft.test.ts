import { describe, expect, it } from "vitest";
import type { MapContact } from "../../api/types.ts";
import { contactPatch, contactValues, NEW_CONTACT, toContactCreate } from "./contactDraft.ts";

const contact: MapContact = {
  id: "0193a1b2-0000-7000-8000-000000000001",
  serviceId: "0193a1b2-0000-7000-8000-000000000002",
  serviceName: "Schuldbemiddeling",
  name: "Sara",
  role: "onthaal",
  phone: null,
  email: null,
  notes: "Vraag naar Sara, zij kent de regels.",
  sharedWithTeam: true,
  createdBy: "x",
  version: 2,
  updatedAt: "2026-11-29T10:00:00.000Z",
};

describe("a contact person at a service", () => {
  it("sends a new contact with what was filled in, trimmed, shared with the team by default", () => {
    expect(toContactCreate("s1", { ...NEW_CONTACT, name: " Sara ", notes: " Vraag naar Sara ", phone: " " })).toEqual({ serviceId: "s1", name: "Sara", notes: "Vraag naar Sara", shareWithTeam: true });
  });

  it("sends only what changed, and clears with an empty text", () => {
    expect(contactPatch(contact, contactValues(contact))).toEqual({});
    expect(contactPatch(contact, { ...contactValues(contact), role: "", phone: "09 000 00 00", share: false })).toEqual({ role: "", phone: "09 000 00 00", shareWithTeam: false });
  });
});
