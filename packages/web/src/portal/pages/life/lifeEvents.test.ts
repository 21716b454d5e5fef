import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIFE_EVENT_KINDS, PORTAL_LANGUAGES, type LifeEventKind } from "@nabij/domain";
import type { LifeEvent } from "../../api.ts";
import { localDay, splitLifeEvents } from "./lifeEvents.ts";

function event(id: string, kind: LifeEventKind, date: string, expected: boolean): LifeEvent {
  return {
    id,
    personId: "p1",
    kind,
    date,
    expected,
    title: null,
    domains: [],
    whatChanges: null,
    ownWords: null,
    ownWordsBy: null,
    createdBy: { id: "w1", displayName: "Sam Demeester" },
    createdAt: `${date}T08:00:00.000Z`,
    revisitAgenda: !expected,
  };
}

describe("the person's life events, coming and happened", () => {
  const items = [
    event("hearing", "hearing", "2026-12-10", true),
    event("move", "planned_move", "2026-12-01", true),
    event("today", "start_of_work_or_school", "2026-11-29", true),
    event("late", "benefit_end", "2026-11-20", true),
    event("eviction", "eviction", "2026-11-25", false),
    event("birth", "birth", "2026-10-02", false),
  ];

  it("puts expected events from today on first, soonest on top", () => {
    expect(splitLifeEvents(items, "2026-11-29").coming.map((e) => e.id)).toEqual(["today", "move", "hearing"]);
  });

  it("puts what happened after, latest on top, also an expected event whose day has passed", () => {
    expect(splitLifeEvents(items, "2026-11-29").happened.map((e) => e.id)).toEqual(["eviction", "late", "birth"]);
  });

  it("reads today in the person's own time zone", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("the names of life events in the portal", () => {
  it("has a plain name for every kind in every portal language", () => {
    for (const language of PORTAL_LANGUAGES) {
      const texts = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "..", "locales", language, "portal.json"), "utf8")) as { lifeEventKind?: Record<string, string> };
      const missing = LIFE_EVENT_KINDS.filter((kind) => !texts.lifeEventKind?.[kind]?.trim());
      expect(missing, language).toEqual([]);
    }
  });
});
