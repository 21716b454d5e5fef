import { describe, expect, it } from "vitest";
import { statusActions } from "./statusActions.ts";

describe("what the person can do with an item of their agenda", () => {
  it("marks any open item done, lets go of it, or puts it aside", () => {
    expect(statusActions("open").map((a) => a.label)).toEqual(["markDone", "pause", "drop"]);
    expect(statusActions("agreed").map((a) => a.to)).toEqual(["done", "parked", "dropped"]);
  });

  it("puts a finished, paused or dropped item back", () => {
    expect(statusActions("done")).toEqual([{ to: "in_progress", label: "reopen" }]);
    expect(statusActions("dropped")).toEqual([{ to: "open", label: "reopen" }]);
    expect(statusActions("parked").map((a) => a.label)).toEqual(["markDone", "reopen", "drop"]);
  });
});
