import { describe, expect, it } from "vitest";
import { encounterCreate, personCreate } from "../src/schemas.ts";
import { LIFE_DOMAINS, PLACE_TYPES } from "../src/vocabulary.ts";

describe("shared input schemas", () => {
  it("a person needs only a display name", () => {
    expect(personCreate.parse({ displayName: "De Muzikant" })).toEqual({ displayName: "De Muzikant" });
    expect(personCreate.safeParse({}).success).toBe(false);
    expect(personCreate.safeParse({ displayName: "   " }).success).toBe(false);
  });

  it("normalises a typed INSZ and refuses a wrong one", () => {
    expect(personCreate.parse({ displayName: "X", insz: "85.07.30-033.28" }).insz).toBe("85073003328");
    expect(personCreate.safeParse({ displayName: "X", insz: "85073003329" }).success).toBe(false);
  });

  it("refuses unknown fields instead of dropping them", () => {
    expect(personCreate.safeParse({ displayName: "X", nationalNumber: "1" }).success).toBe(false);
  });

  it("an encounter needs only a time and a place type", () => {
    expect(encounterCreate.safeParse({ startedAt: "2026-11-29T10:00:00Z", placeType: "street" }).success).toBe(true);
    expect(encounterCreate.safeParse({ startedAt: "2026-11-29T10:00:00Z", placeType: "moon" }).success).toBe(false);
    expect(encounterCreate.safeParse({ placeType: "street" }).success).toBe(false);
  });

  it("keeps the vocabularies of PRODUCT.md", () => {
    expect(LIFE_DOMAINS).toHaveLength(14);
    expect(PLACE_TYPES).toEqual(["home", "street", "community", "office", "phone", "online", "other"]);
  });
});
