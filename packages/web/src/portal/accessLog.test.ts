import { createInstance, type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { accessReasons, accessSentence } from "./accessLog.ts";
import type { AccessEntry } from "./api.ts";
import { portalResources } from "./i18n.ts";

const i18n = createInstance();
await i18n.init({ resources: portalResources, lng: "en", ns: ["portal"], defaultNS: "portal", initAsync: false, interpolation: { escapeValue: false } });
const t = (language: string): TFunction<"portal"> => i18n.getFixedT(language, "portal");
const format = { day: () => "29 November 2025", time: () => "10:15" };

const worker: AccessEntry = {
  at: "2025-11-29T10:15:00+01:00",
  who: { kind: "worker", name: "Sam Demeester", organisationName: "CAW Demo", role: "worker" },
  access: "looked",
  what: "agenda",
  basis: "involvement",
  reason: null,
  consentPurpose: null,
};

describe("an access-log entry in words", () => {
  it("names the worker and their organisation, what they did and when", () => {
    expect(accessSentence(worker, t("en"), format)).toBe("Sam Demeester (CAW Demo) looked at your agenda on 29 November 2025 at 10:15.");
    expect(accessSentence({ ...worker, access: "changed" }, t("nl-BE"), format)).toBe("Sam Demeester (CAW Demo) veranderde je agenda op 29 November 2025 om 10:15.");
  });

  it("speaks to the person about their own actions", () => {
    expect(accessSentence({ ...worker, who: { kind: "you", name: null, organisationName: null, role: null }, access: "changed" }, t("en"), format)).toBe(
      "You changed your agenda on 29 November 2025 at 10:15.",
    );
  });

  it("falls back to the role, then to someone, and to 'your information' for a part it does not know", () => {
    const byRole = { ...worker, who: { kind: "worker" as const, name: null, organisationName: "CAW Demo", role: "coordinator" } };
    expect(accessSentence(byRole, t("en"), format)).toBe("A team leader of CAW Demo looked at your agenda on 29 November 2025 at 10:15.");
    const unknown = { ...worker, who: { kind: "worker" as const, name: null, organisationName: null, role: null }, what: "something_new" };
    expect(accessSentence(unknown, t("en"), format)).toBe("Someone looked at your information on 29 November 2025 at 10:15.");
  });

  it("says why, when the log knows", () => {
    expect(accessReasons(worker, t("en"))).toEqual(["Why: this person works with you."]);
    const consent = { ...worker, basis: "consent" as const, consentPurpose: "help with my rent", reason: "preparing a visit" };
    expect(accessReasons(consent, t("en"))).toEqual(["Why: you gave permission.", "You gave permission for: help with my rent", "Reason: preparing a visit"]);
    expect(accessReasons({ ...worker, who: { kind: "you", name: null, organisationName: null, role: null }, basis: "self" }, t("en"))).toEqual([]);
  });

  it("puts the verb first in Arabic", () => {
    expect(accessSentence(worker, t("ar"), format)).toBe("اطّلع Sam Demeester (CAW Demo) على أولوياتك في 29 November 2025 الساعة 10:15.");
  });
});
