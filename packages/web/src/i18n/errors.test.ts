import { describe, expect, it } from "vitest";
import nl from "../locales/nl-BE/app.json";
import { fieldCode } from "./errors.ts";

describe("field error codes", () => {
  it("words the rights check's own refusals, not a generic 'invalid'", () => {
    const path = "body.situation.household.benefits";
    const message = "Must include the person's own benefits (the list is of everyone at the address, the person included)";
    expect(fieldCode({ path, code: "own_benefit_missing", message })).toBe("own_benefit_missing");
    expect(fieldCode({ path: "body.situation.benefits.leefloonSince", code: "leefloon_since_without_leefloon", message: "…" })).toBe("leefloon_since_without_leefloon");
    expect(nl.fieldErrors.own_benefit_missing).not.toBe("");
  });

  it("falls back to 'invalid' for a code it has no words for", () => {
    expect(fieldCode({ path: "body.x", code: "something_new", message: "Nope" })).toBe("invalid");
  });
});
