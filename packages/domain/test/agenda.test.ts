import { describe, expect, it } from "vitest";
import { AGENDA_STATUSES, mayMoveTo, personMayMoveTo } from "../src/agenda.ts";

describe("agenda status rules", () => {
  it("let a worker reach done only from in progress", () => {
    expect(mayMoveTo("in_progress", "done")).toBe(true);
    expect(mayMoveTo("open", "done")).toBe(false);
    expect(mayMoveTo("agreed", "done")).toBe(false);
  });

  it("let the person mark any item done that is not dropped, and otherwise follow the same rules", () => {
    for (const from of AGENDA_STATUSES) {
      expect(personMayMoveTo(from, "done"), from).toBe(from !== "dropped");
      for (const to of AGENDA_STATUSES.filter((s) => s !== "done")) expect(personMayMoveTo(from, to), `${from} → ${to}`).toBe(mayMoveTo(from, to));
    }
  });
});
