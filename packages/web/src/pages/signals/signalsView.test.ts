import { describe, expect, it } from "vitest";
import type { Role } from "@nabij/domain";
import { readSignalScope, readsDossiers, writeSignalScope, writesDossiers } from "./signalsView.ts";

describe("whose signals the list shows", () => {
  it("gives a worker their own only, whatever the URL says", () => {
    expect(readSignalScope(new URLSearchParams("scope=organisation"), "worker")).toBe("mine");
  });

  it("lets a coordinator switch to the organisation's, and starts an administrator there", () => {
    expect(readSignalScope(new URLSearchParams(), "coordinator")).toBe("mine");
    expect(readSignalScope(new URLSearchParams("scope=organisation"), "coordinator")).toBe("organisation");
    expect(readSignalScope(new URLSearchParams(), "admin")).toBe("organisation");
    expect(writeSignalScope("organisation", "coordinator").toString()).toBe("scope=organisation");
    expect(writeSignalScope("organisation", "admin").toString()).toBe("");
  });

  it("shows dossiers to coordinators and administrators, and lets only coordinators change them", () => {
    const roles: Role[] = ["worker", "coordinator", "admin"];
    expect(roles.map(readsDossiers)).toEqual([false, true, true]);
    expect(roles.map(writesDossiers)).toEqual([false, true, false]);
  });
});
