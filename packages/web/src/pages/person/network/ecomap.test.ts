import { describe, expect, it } from "vitest";
import { ECOMAP, labelLines, placeTie, RING, towards, zigzag } from "./ecomap.ts";

describe("the ecomap", () => {
  it("puts close ties nearer to the person than distant ones, spread round the person", () => {
    const close = placeTie(0, 2, "close");
    const distant = placeTie(1, 2, "distant");
    expect(close).toMatchObject({ x: ECOMAP.center.x, y: ECOMAP.center.y - RING.close });
    expect(distant).toMatchObject({ x: ECOMAP.center.x, y: ECOMAP.center.y + RING.distant });
    expect(close.label.dy).toBe(-0.2);
    expect(distant.label.dy).toBe(0.9);
  });

  it("turns the name away from the centre", () => {
    expect(placeTie(1, 4, "medium").label.anchor).toBe("start");
    expect(placeTie(3, 4, "medium").label.anchor).toBe("end");
  });

  it("says stress in words next to the name, clear of the symbol", () => {
    expect(labelLines(0.35, false)).toEqual({ name: 0.35, stress: null });
    expect(labelLines(0.9, true)).toEqual({ name: 0.9, stress: 2 });
    expect(labelLines(-0.2, true)).toEqual({ name: -1.3, stress: -0.2 });
  });

  it("draws a jagged line between two points for stress", () => {
    const path = zigzag({ x: 0, y: 0 }, { x: 40, y: 0 });
    expect(path.startsWith("M0,0")).toBe(true);
    expect(path.endsWith("L40,0")).toBe(true);
    expect(path).toContain("L8,4");
    expect(path).toContain("L16,-4");
  });

  it("starts a line at the edge of a symbol", () => {
    expect(towards({ x: 0, y: 0 }, { x: 0, y: 100 }, 30)).toEqual({ x: 0, y: 30 });
  });
});
