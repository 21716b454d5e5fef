import { describe, expect, it } from "vitest";
import { isBarrierReason, NEW_REFERRAL_NOTE, referralNoteInput, referralNoteProblems } from "./referralNoteDraft.ts";

describe("a note on a referral", () => {
  it("needs a text", () => {
    expect(referralNoteProblems(NEW_REFERRAL_NOTE)).toEqual({ text: "text" });
    expect(referralNoteProblems({ ...NEW_REFERRAL_NOTE, text: "  " })).toEqual({ text: "text" });
    expect(referralNoteProblems({ ...NEW_REFERRAL_NOTE, text: "Belde, geen antwoord" })).toEqual({});
  });

  it("sends a barrier reason only with a barrier", () => {
    expect(referralNoteInput({ text: " Belde, geen antwoord ", barrier: false, barrierReason: "unreachable" })).toEqual({ text: "Belde, geen antwoord" });
    expect(referralNoteInput({ text: "Wachtlijst van zes maanden", barrier: true, barrierReason: "waiting_list" })).toEqual({
      text: "Wachtlijst van zes maanden",
      barrier: true,
      barrierReason: "waiting_list",
    });
    expect(referralNoteInput({ text: "Lukt niet", barrier: true, barrierReason: "" })).toEqual({ text: "Lukt niet", barrier: true });
  });

  it("knows the barrier reasons", () => {
    expect(isBarrierReason("digital_only")).toBe(true);
    expect(isBarrierReason("bad_weather")).toBe(false);
    expect(isBarrierReason(null)).toBe(false);
  });
});
