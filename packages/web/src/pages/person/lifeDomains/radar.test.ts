import { describe, expect, it } from "vitest";
import { labelPlace, pointOn, polygonPoints, RADAR } from "./radar.ts";

describe("the life-domains radar", () => {
  it("starts straight up and goes round clockwise", () => {
    expect(pointOn(RADAR, 0, 4, 5)).toEqual({ x: 220, y: 40 });
    expect(pointOn(RADAR, 1, 4, 5)).toEqual({ x: 330, y: 150 });
    expect(pointOn(RADAR, 2, 4, 0)).toEqual(RADAR.center);
  });

  it("skips a domain without a rating instead of drawing it as zero", () => {
    expect(polygonPoints(RADAR, [5, null, 5, null])).toBe("220,40 220,260");
    expect(polygonPoints(RADAR, [null, null])).toBe("");
  });

  it("puts the names outside the circle, turned away from the centre", () => {
    expect(labelPlace(RADAR, 0, 4)).toMatchObject({ anchor: "middle", dy: "-0.2em" });
    expect(labelPlace(RADAR, 1, 4)).toMatchObject({ anchor: "start", dy: "0.35em" });
    expect(labelPlace(RADAR, 2, 4)).toMatchObject({ anchor: "middle", dy: "0.9em" });
    expect(labelPlace(RADAR, 3, 4)).toMatchObject({ anchor: "end" });
  });
});
