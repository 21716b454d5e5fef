import { describe, expect, it } from "vitest";
import type { HsdsService } from "../../api/types.ts";
import { belgianDay, mailHref, openingHours, readService, safeUrl, telHref, timeOfDay } from "./hsds.ts";

const TODAY = "2026-06-15";

describe("a service from the social map, for display", () => {
  it("reads a full nested service", () => {
    const service = readService(
      {
        id: "s1",
        name: " Schuldbemiddeling ",
        alternate_name: "",
        description: "Hulp bij schulden.",
        url: "https://demo.nabij.be/gent",
        email: "info@demo.nabij.be",
        status: "active",
        organization: { name: "Sociaal Huis Gent", website: "demo.nabij.be/shg" },
        phones: [{ number: "09 000 80 74", description: "Onthaal" }, { number: "" }],
        schedules: [
          { freq: "WEEKLY", byday: "MO,TU,WE,TH,FR", opens_at: "09:00", closes_at: "12:00" },
          { freq: "WEEKLY", byday: "MO,TU,TH", opens_at: "13:30:00", closes_at: "16:30" },
        ],
        service_at_locations: [{ location: { name: "Sociaal Huis", addresses: [{ address_1: "Schoolstraat 19", postal_code: "9000", city: "Gent", country: "BE" }] } }],
        languages: [{ name: "Frans", code: "fr" }, {}],
        cost_options: [{ option: "Gratis", amount: 0, currency: "EUR" }],
        attributes: [
          { link_type: "target_group", taxonomy_term: { code: "people-on-low-income", name: "Mensen met een laag inkomen" } },
          { link_type: "life_domain", taxonomy_term: { code: "income", name: "Inkomen en schulden" } },
          { link_type: "life_domain", taxonomy_term: { code: "income", name: "Inkomen en schulden" } },
          { link_type: "service_type", taxonomy_term: { name: "Budgethulp" } },
        ],
        minimum_age: 18,
        assured_date: "2025-05-18",
      },
      TODAY,
    );
    expect(service.name).toBe("Schuldbemiddeling");
    expect(service.alternateName).toBeNull();
    expect(service.organizationName).toBe("Sociaal Huis Gent");
    expect(service.organizationWebsite).toBe("https://demo.nabij.be/shg");
    expect(service.phones).toEqual([{ number: "09 000 80 74", href: "tel:090008074", extension: null, description: "Onthaal" }]);
    expect(service.hours?.week.MO).toEqual([{ opens: "09:00", closes: "12:00" }, { opens: "13:30", closes: "16:30" }]);
    expect(service.hours?.week.WE).toEqual([{ opens: "09:00", closes: "12:00" }]);
    expect(service.hours?.week.SA).toEqual([]);
    expect(service.locations).toEqual([{ name: "Sociaal Huis", description: null, addresses: [{ street: "Schoolstraat 19", place: "9000 Gent", country: null }], phones: [], hours: null }]);
    expect(service.languages).toEqual([{ code: "fr", name: "Frans" }]);
    expect(service.costs).toEqual([{ option: "Gratis", amount: 0, currency: "EUR", description: null }]);
    expect(service.targetGroups).toEqual(["Mensen met een laag inkomen"]);
    expect(service.domains).toEqual(["income"]);
    expect(service.categories).toEqual(["Budgethulp"]);
    expect(service.minimumAge).toBe(18);
    expect(service.maximumAge).toBeNull();
  });

  it("leaves out what is missing or of an unexpected kind", () => {
    const odd = { id: "s2", name: { nl: "x" }, phones: "none", schedules: [null, { freq: "WEEKLY" }], service_at_locations: [{ location: null }], attributes: [{ taxonomy_term: 7 }], url: "javascript:alert(1)" } as unknown as HsdsService;
    const service = readService(odd, TODAY);
    expect(service).toMatchObject({ name: null, phones: [], hours: null, locations: [], categories: [], url: null, costs: [], languages: [] });
    expect(readService({ id: "s3" }, TODAY).name).toBeNull();
  });

  it("keeps hours that cannot be put on a weekday as notes, and drops hours that ended", () => {
    const hours = openingHours(
      [
        { freq: "MONTHLY", byday: "1MO", opens_at: "10:00", closes_at: "12:00", description: "Elke eerste maandag" },
        { freq: "WEEKLY", byday: "SA", opens_at: "10:00", closes_at: "12:00", valid_to: "2026-01-01" },
        { freq: "WEEKLY", byday: "SU", opens_at: "10:00", closes_at: "12:00", valid_from: "2026-09-01" },
        { freq: "DAILY", opens_at: "08:00", closes_at: "24:00" },
        { description: "Op afspraak" },
      ],
      TODAY,
    );
    expect(hours?.week.SA).toEqual([{ opens: "08:00", closes: "24:00" }]);
    expect(hours?.week.SU).toEqual([{ opens: "08:00", closes: "24:00" }]);
    expect(hours?.notes.map((n) => n.description ?? `${n.days.join()} ${n.validFrom ?? ""}`)).toEqual(["Elke eerste maandag", "SU 2026-09-01", "Op afspraak"]);
    expect(openingHours(undefined, TODAY)).toBeNull();
  });

  it("makes links only of what is safe to follow", () => {
    expect(safeUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(safeUrl("www.example.org")).toBe("https://www.example.org/");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,x")).toBeNull();
    expect(mailHref("sara@example.org")).toBe("mailto:sara@example.org");
    expect(mailHref("not an address")).toBeNull();
    expect(telHref("+32 (0)9 000 80 74")).toBe("tel:+3290008074");
    expect(telHref("onbekend")).toBeNull();
    expect(timeOfDay("9:00")).toBe("09:00");
    expect(timeOfDay("25:00")).toBeNull();
  });

  it("knows the day in Belgium", () => {
    expect(belgianDay(new Date("2026-06-14T22:30:00Z"))).toEqual({ date: "2026-06-15", day: "MO" });
    expect(belgianDay(new Date("2026-01-04T23:30:00Z"))).toEqual({ date: "2026-01-05", day: "MO" });
  });
});
