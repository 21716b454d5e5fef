import { personPatch } from "@nabij/domain";
import { describe, expect, it } from "vitest";
import { EMPTY_DRAFT, mergeAfterConflict, toCreateInput, toPatch, type PersonDraft } from "./personDraft.ts";

const read: PersonDraft = {
  ...EMPTY_DRAFT,
  displayName: "Mo",
  legalName: "Mohamed El Amrani",
  insz: "85073003328",
  phone: "0470 12 34 56",
  contactPreference: "phone",
};

describe("person draft", () => {
  it("sends only what was filled in for a new person", () => {
    expect(toCreateInput({ ...EMPTY_DRAFT, displayName: "  Mo ", phone: " " })).toEqual({ displayName: "Mo" });
  });

  it("sends nothing when nothing changed, also when only spaces or INSZ punctuation differ", () => {
    expect(toPatch(read, { ...read, displayName: "Mo  ", insz: "85.07.30-033.28" }, 3)).toBeNull();
  });

  it("sends the changed fields and the version read, null for a cleared field", () => {
    const patch = toPatch(read, { ...read, displayName: "Momo", phone: "", contactPreference: "", email: "mo@example.org" }, 3);
    expect(patch).toEqual({ version: 3, displayName: "Momo", phone: null, contactPreference: null, email: "mo@example.org" });
    expect(personPatch.safeParse(patch).success).toBe(true);
  });

  it("keeps the user's changes and takes over everyone else's after a conflict", () => {
    const mine = { ...read, phone: "0499 99 99 99", email: "mo@example.org" };
    const fresh = { ...read, legalName: "M. El Amrani", phone: "0488 88 88 88", email: "mo@example.org" };
    const merged = mergeAfterConflict(read, mine, fresh);
    expect(merged.draft).toEqual({ ...read, legalName: "M. El Amrani", phone: "0499 99 99 99", email: "mo@example.org" });
    expect(merged.takenOver).toEqual(["legalName"]);
    expect(merged.conflicts).toEqual(["phone"]); // both changed the e-mail to the same value: no conflict
    // Saving again against the fresh version sends only the user's own change.
    expect(toPatch(fresh, merged.draft, 4)).toEqual({ version: 4, phone: "0499 99 99 99" });
  });
});
