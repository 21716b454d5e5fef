import { describe, expect, it } from "vitest";
import type { PersonalDataFinding } from "@nabij/domain";
import { confirmationsFor, confirmFinding, openFindings, removeFinding } from "./findings.ts";

const phone = (text: string, number: string): PersonalDataFinding => {
  const start = text.indexOf(number);
  return { kind: "phone", start, end: start + number.length, text: number };
};

describe("the personal data check of a signal", () => {
  it("finds a phone number while typing, and leaves it out once kept", () => {
    const text = "Bel 0470 12 34 56 voor een afspraak";
    const [found] = openFindings(text, [], []);
    expect(found).toMatchObject({ kind: "phone", text: "0470 12 34 56" });
    expect(openFindings(text, [], confirmFinding([], found!))).toEqual([]);
  });

  it("removes the finding's words and the double space they leave", () => {
    const text = "Bel 0470 12 34 56 voor een afspraak";
    expect(removeFinding(text, phone(text, "0470 12 34 56"))).toBe("Bel voor een afspraak");
    expect(removeFinding("Nummer: 0470 12 34 56.", phone("Nummer: 0470 12 34 56.", "0470 12 34 56"))).toBe("Nummer:.");
    expect(removeFinding("0470 12 34 56 belt niemand terug", phone("0470 12 34 56 belt niemand terug", "0470 12 34 56"))).toBe("belt niemand terug");
  });

  it("still finds the words after the text changed before them, and changes nothing once they are gone", () => {
    const finding = phone("Bel 0470 12 34 56", "0470 12 34 56");
    expect(removeFinding("Eerst: bel 0470 12 34 56 morgen", finding)).toBe("Eerst: bel morgen");
    expect(removeFinding("Niets meer", finding)).toBe("Niets meer");
  });

  it("shows what the server found (a known name) wherever it still stands, each place once", () => {
    const server: PersonalDataFinding[] = [{ kind: "name", start: 0, end: 5, text: "Aïcha" }, { kind: "name", start: 20, end: 25, text: "Aïcha" }];
    const text = "Aïcha wacht. En Aïcha belt.";
    expect(openFindings(text, server, []).map((f) => [f.kind, f.start])).toEqual([["name", 0], ["name", 16]]);
    expect(openFindings("Iemand wacht.", server, [])).toEqual([]);
    expect(openFindings(text, server, [{ kind: "name", text: "Aïcha" }])).toEqual([]);
  });

  it("keeps a confirmation once, and sends only those still in the text", () => {
    const finding = phone("Bel 09 266 00 00", "09 266 00 00");
    const kept = confirmFinding(confirmFinding([], finding), finding);
    expect(kept).toEqual([{ kind: "phone", text: "09 266 00 00" }]);
    expect(confirmationsFor("De dienst: 09 266 00 00", kept)).toEqual(kept);
    expect(confirmationsFor("De dienst belt niet terug", kept)).toEqual([]);
  });
});
