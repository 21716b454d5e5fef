import { describe, expect, it } from "vitest";
import { activeFilterCount, EMPTY_QUERY, pageCount, readMapQuery, writeMapQuery } from "./mapQuery.ts";

describe("the map's search in the URL", () => {
  it("reads what is there and ignores what is not valid", () => {
    expect(readMapQuery(new URLSearchParams(""))).toEqual(EMPTY_QUERY);
    expect(readMapQuery(new URLSearchParams("q=%20schuld%20&free=true&openNow=1&page=3&place=Gent"))).toEqual({ ...EMPTY_QUERY, q: "schuld", free: true, openNow: true, page: 3, place: "Gent" });
    expect(readMapQuery(new URLSearchParams("page=-2&free=yes")).page).toBe(1);
    expect(readMapQuery(new URLSearchParams("page=abc")).page).toBe(1);
  });

  it("writes only what differs from an empty search, and reads it back the same", () => {
    expect(writeMapQuery(EMPTY_QUERY).toString()).toBe("");
    const query = { ...EMPTY_QUERY, q: "creche", domain: "family", language: "fr", openNow: true, page: 2 };
    expect(writeMapQuery(query).toString()).toBe("q=creche&domain=family&language=fr&openNow=true&page=2");
    expect(readMapQuery(writeMapQuery(query))).toEqual(query);
  });

  it("counts filters and pages", () => {
    expect(activeFilterCount({ ...EMPTY_QUERY, q: "x" })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_QUERY, place: "9000", free: true })).toBe(2);
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
