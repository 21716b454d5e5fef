import { describe, expect, it } from "vitest";
import { moveTo, sameOrder } from "./order.ts";

describe("agenda order", () => {
  it("moves an item up and down", () => {
    expect(moveTo(["a", "b", "c"], 1, 0)).toEqual(["b", "a", "c"]);
    expect(moveTo(["a", "b", "c"], 1, 2)).toEqual(["a", "c", "b"]);
    expect(moveTo(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveTo(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
  });

  it("keeps the list as it is for moves past the ends or from nowhere", () => {
    expect(moveTo(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveTo(["a", "b"], 1, 5)).toEqual(["a", "b"]);
    expect(moveTo(["a", "b"], 3, 0)).toEqual(["a", "b"]);
    expect(moveTo([], 0, 0)).toEqual([]);
  });

  it("does not change the list it was given", () => {
    const list = ["a", "b", "c"];
    moveTo(list, 0, 2);
    expect(list).toEqual(["a", "b", "c"]);
  });

  it("compares orders", () => {
    expect(sameOrder(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameOrder(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameOrder(["a"], ["a", "b"])).toBe(false);
  });
});
