import { describe, expect, it } from "vitest";
import { findPersonalData, makeInsz, unconfirmedFindings, type PersonalDataKind } from "../src/index.ts";

// Every number, address and name here is made up.
const kinds = (text: string, knownNames: string[] = []): Array<[PersonalDataKind, string]> => findPersonalData(text, { knownNames }).map((f) => [f.kind, f.text]);

describe("finding personal data in a signal's text", () => {
  it("finds national numbers with valid check digits in the usual groupings, not other eleven-digit numbers", () => {
    expect(kinds("Rijksregisternummer 85.07.30-033.28 staat op de brief")).toEqual([["insz", "85.07.30-033.28"]]);
    expect(kinds("Geboren in 2012: 12010112338")).toEqual([["insz", "12010112338"]]);
    expect(kinds(`Bis: ${makeInsz({ year: 1990, month: 4, day: 2 }, 17, 40)}`)[0]?.[0]).toBe("insz");
    expect(kinds("Dossiernummer 85.07.30-033.29")).toEqual([]);
  });

  it("finds phone numbers, e-mail addresses and valid IBANs", () => {
    expect(kinds("Bel 0470 12 34 56 of +32 9 123 45 67")).toEqual([
      ["phone", "0470 12 34 56"],
      ["phone", "+32 9 123 45 67"],
    ]);
    expect(kinds("Mail naar iemand.fictief@voorbeeld.be")).toEqual([["email", "iemand.fictief@voorbeeld.be"]]);
    expect(kinds("Rekening BE68 5390 0754 7034, niet BE68 5390 0754 7035")).toEqual([["iban", "BE68 5390 0754 7034"]]);
  });

  it("finds postal addresses in Dutch and French, and a postcode with a place", () => {
    expect(kinds("Ze woont in de Kerkstraat 12 bus 3")).toEqual([["address", "Kerkstraat 12 bus 3"]]);
    expect(kinds("Il habite rue de la Station 16")).toEqual([["address", "rue de la Station 16"]]);
    expect(kinds("Verhuisd naar 9000 Gent")).toEqual([["address", "9000 Gent"]]);
    expect(kinds("Wachtlijst van 18 maanden bij de sociale huisvesting, 300 gezinnen")).toEqual([]);
  });

  it("finds names of persons the writer knows when written as names, without particles or lower-case words", () => {
    const known = ["Amina El Fictief", "Jan de Bos"];
    expect(kinds("Amina kreeg geen afspraak", known)).toEqual([["name", "Amina"]]);
    expect(kinds("Mevrouw Fictief en meneer Bos", known)).toEqual([
      ["name", "Fictief"],
      ["name", "Bos"],
    ]);
    expect(kinds("Ze liep door het bos, de el van de kast", known)).toEqual([]);
    expect(kinds("Amina kreeg geen afspraak")).toEqual([]);
  });

  it("gives the place of each finding, so it can be shown in the text", () => {
    const text = "Bel 0470 12 34 56 nu";
    const [finding] = findPersonalData(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe("0470 12 34 56");
  });

  it("leaves only the findings the worker did not confirm", () => {
    const findings = findPersonalData("Het OCMW-loket (09 266 00 00) sluit om 12 uur; bel 0470 12 34 56");
    expect(findings.map((f) => f.kind)).toEqual(["phone", "phone"]);
    expect(unconfirmedFindings(findings, [{ kind: "phone", text: "09 266 00 00" }]).map((f) => f.text)).toEqual(["0470 12 34 56"]);
    expect(unconfirmedFindings(findings, [{ kind: "email", text: "09 266 00 00" }])).toHaveLength(2);
  });
});
