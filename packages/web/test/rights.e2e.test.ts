/**
 * End to end, rights as code on a 360 px phone: a worker runs the guided check for a person
 * (one question at a time, "I don't know" to skip, a child of 19 in the household who needs the
 * child-benefit answer, the household's benefits before one of the person's own, an income typed
 * as "12.000", an amount the server refuses, a refused postcode, an answer changed), saves it,
 * reads the result on the person page (open questions, what next), sets a take-up status and sees
 * its history; a colleague saving first keeps the worker's answers; household members stored
 * without what the rules need are completed; then the non-take-up radar lists the person, also
 * for their coordinator's team and an administrator's organisation, and gives the same list as
 * CSV. The rights explorer and the anonymous check (with a first check that fails) are in Dutch
 * and French. axe runs on every new page, and nothing scrolls sideways.
 *
 * Needs Chromium at /usr/bin/chromium (or NABIJ_CHROMIUM). Without it the suite is skipped,
 * unless NABIJ_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "@nabij/server/testing";
import fr from "../src/locales/fr-BE/app.json";
import nl from "../src/locales/nl-BE/app.json";
import { CHROMIUM, PHONE, SLOW, callApi, expectAccessible, expectNoHorizontalScroll, heading, launchChromium, prepareApp, skippedWithoutBrowser, withValues, logInAs } from "./support/browser.ts";

const skip = skippedWithoutBrowser("rights e2e");

const WORKER = "worker@demo.nabij.be";
const COORDINATOR = "coordinator@demo.nabij.be";
const VT = "verhoogde-tegemoetkoming";

interface Catalogue {
  rights: { id: string; name: string }[];
  questions: { id: string; text: string; options?: { value: string; label: string }[] }[];
}

const ADMIN = "admin@demo.nabij.be";


describe.skipIf(skip)(skip ? `rights e2e (skipped: no Chromium at ${CHROMIUM})` : "rights as code in Chromium", () => {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let catalogue: Catalogue;
  let vtName = "";
  let personId = "";
  const personName = `E2E Rechten ${randomUUID().slice(0, 8)}`;

  /** The texts of the questions as they were asked, by id. */
  const asked = new Map<string, string>();
  const questionText = (id: string): string => asked.get(id) ?? id;
  const questionCard = (): Locator => page.locator(".question-card[data-question]");
  const currentQuestion = async (): Promise<string> => ((await questionCard().locator("h2").textContent()) ?? "").trim();
  const rightsSection = (): Locator => page.getByRole("region", { name: withValues(nl.personRights.title, { name: personName }) });
  const rightCard = (scope: Locator, name: string): Locator => scope.locator(".right-check").filter({ has: page.getByRole("heading", { name, exact: true }) });

  const dontKnow = (): Promise<void> => questionCard().getByRole("button", { name: nl.rightsCheck.dontKnow }).click();
  const next = (): Promise<void> => questionCard().getByRole("button", { name: nl.rightsCheck.next }).click();
  const given = (): Locator => page.locator(".given-answers");
  const givenValue = (questionId: string): Locator => given().locator(".given-answer").filter({ hasText: questionText(questionId) }).locator(".given-value");

  /** Answers, waiting until the check moved on to another question (or to none). */
  async function answered(before: string, act: () => Promise<void>): Promise<void> {
    await act();
    await expect.poll(async () => ((await questionCard().locator("h2").count()) === 0 ? "" : await currentQuestion())).not.toBe(before);
  }

  /**
   * Goes through the questions as the check asks them: an answer where one is given (a handler
   * may say "not yet" and the question is skipped), else "I don't know". When every open
   * question was skipped it asks the skipped ones again. Ends when every answer was given.
   */
  async function answerAll(answers: Map<string, () => Promise<boolean>>): Promise<void> {
    const skipped: string[] = [];
    for (let step = 0; step < 120 && answers.size > 0; step++) {
      if ((await questionCard().count()) === 0) {
        await page.locator(".question-card:not([data-question])").getByRole("button").click();
        await questionCard().waitFor();
        skipped.length = 0;
        continue;
      }
      const text = await currentQuestion();
      const id = (await questionCard().getAttribute("data-question")) ?? "";
      asked.set(id, text);
      const answer = answers.get(id);
      let done = false;
      await answered(text, async () => {
        done = answer ? await answer() : false;
        if (!done) await dontKnow();
      });
      if (done) answers.delete(id);
      else skipped.push(id);
      // A question skipped in a round does not come back in it.
      expect(new Set(skipped).size, `skipped: ${skipped.join(", ")}`).toBe(skipped.length);
    }
    expect([...answers.keys()], "still to answer").toEqual([]);
  }

  beforeAll(async () => {
    await prepareApp();
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext({ baseURL: server.url, locale: "nl-BE", viewport: PHONE });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("runs the guided check for a person one question at a time, and saves it", async () => {
    await logInAs(page, WORKER);
    catalogue = await callApi<Catalogue>(page, "GET", "/api/rights?language=nl");
    vtName = catalogue.rights.find((r) => r.id === VT)?.name ?? "";
    expect(vtName).not.toBe("");
    personId = (await callApi<{ id: string }>(page, "POST", "/api/persons", { displayName: personName })).id;

    await page.goto(`/persons/${personId}`);
    await heading(page, personName);
    const section = rightsSection();
    await section.getByText(withValues(nl.personRights.none, { name: personName })).waitFor();
    await section.getByRole("link", { name: nl.personRights.doCheck }).click();
    await heading(page, withValues(nl.rightsCheck.titlePerson, { name: personName }));
    await questionCard().waitFor();
    const live = page.getByRole("region", { name: nl.rightsCheck.outcomeTitle });
    await live.locator(".right-check").first().waitFor();
    await expectAccessible(page, "guided check");
    await expectNoHorizontalScroll(page, "guided check");

    // The check's date, not the device's today, decides who is a child of 18 to 24.
    const checkDate = (await callApi<{ date: string }>(page, "POST", "/api/rights/check", { situation: {} })).date;
    const childBirth = `${Number(checkDate.slice(0, 4)) - 19}${checkDate.slice(4, 8)}01`;
    const igoLabel = catalogue.questions.find((q) => q.id === "household.benefits")?.options?.find((o) => o.value === "igo")?.label ?? "";
    expect(igoLabel).not.toBe("");

    // The most decisive question first; every answer fits its kind. What we do not need: "I don't know".
    const answers = new Map<string, () => Promise<boolean>>([
      ["person.birthDate", async () => {
        await questionCard().locator("input").fill("1950-03-01");
        await next();
        return true;
      }],
      ["household.members", async () => {
        const card = questionCard();
        // "Done" with nobody added is refused at the question, before anything is sent.
        await card.getByRole("button", { name: nl.rightsCheck.membersDone }).click();
        await card.getByText(nl.rightsCheck.membersRequired).waitFor();
        // A child of 19: the form asks whether child benefit is still paid, and will not add without it.
        await card.getByLabel(nl.rightsCheck.memberRole).selectOption("child");
        await card.getByLabel(nl.rightsCheck.memberBirthDate).fill(childBirth);
        await card.getByRole("group", { name: nl.rightsCheck.memberDependent }).getByRole("radio", { name: nl.rightsCheck.yes }).check();
        const childBenefit = card.getByRole("group", { name: nl.rightsCheck.memberChildBenefit });
        await childBenefit.waitFor();
        await card.getByRole("button", { name: nl.rightsCheck.addMemberSubmit, exact: true }).click();
        await childBenefit.getByText(nl.rightsCheck.memberDependentRequired).waitFor();
        await childBenefit.getByRole("radio", { name: nl.rightsCheck.yes }).check();
        await card.getByRole("button", { name: nl.rightsCheck.addMemberSubmit, exact: true }).click();
        const list = card.getByRole("list", { name: nl.rightsCheck.membersAdded });
        await expect.poll(() => list.textContent()).toContain(nl.rightsCheck.childBenefit);
        await expectAccessible(page, "household members");
        await card.getByRole("button", { name: nl.rightsCheck.membersDone }).click();
        return true;
      }],
      ["household.benefits", async () => {
        // None of the person's own benefits is known yet: nothing is ticked for good.
        expect(await questionCard().getByText(nl.rightsCheck.ownBenefit).count()).toBe(0);
        await questionCard().getByRole("button", { name: nl.rightsCheck.noneOfThese }).click();
        return true;
      }],
      // The household's list first (above), then one of the person's own: the list gets it too, and the server takes it.
      ["benefits.igo", async () => {
        if (answers.has("household.benefits")) return false;
        await questionCard().getByRole("button", { name: nl.rightsCheck.yes, exact: true }).click();
        return true;
      }],
      ["income.grossTaxable.previousYear", async () => {
        // After the IGO: an income could decide the rights the IGO question is there for.
        if (answers.has("benefits.igo")) return false;
        const input = questionCard().locator("input");
        // More than the format allows: the server refuses it, and the message names the question.
        await input.fill("200.000.000");
        await next();
        await questionCard().getByText(withValues(nl.rightsCheck.refusedAt, { question: asked.get("income.grossTaxable.previousYear") ?? "", message: nl.fieldErrors.too_big })).waitFor();
        // Twelve or twelve thousand? Refused before sending.
        await input.fill("12,000");
        await next();
        await questionCard().getByText(withValues(nl.rightsCheck.ambiguousAmount, { text: "12,000" })).waitFor();
        expect(await input.getAttribute("aria-invalid")).toBe("true");
        await input.fill("12.000");
        await next();
        return true;
      }],
      ["person.postcode", async () => {
        const input = questionCard().locator("input");
        await input.fill("103");
        await next();
        await questionCard().getByText(nl.rightsCheck.invalid.postcode).waitFor();
        expect(await input.getAttribute("aria-invalid")).toBe("true");
        await input.fill("1030");
        await next();
        return true;
      }],
    ]);
    await answerAll(answers);
    expect(await page.getByRole("alert").count()).toBe(0);

    // The household's benefits now hold the person's IGO; "12.000" was twelve thousand.
    await given().locator("summary").click();
    await expect.poll(() => givenValue("household.benefits").textContent()).toContain(igoLabel);
    expect(await givenValue("income.grossTaxable.previousYear").textContent()).toMatch(/^€\s?12\.000(,00)?$/);
    expect(await givenValue("household.members").textContent()).toContain(nl.rightsCheck.childBenefit);

    // An earlier yes shows as pressed when the answer is changed.
    await given().getByRole("button", { name: withValues(nl.rightsCheck.changeLabel, { question: questionText("benefits.igo") }) }).click();
    expect(await questionCard().getByRole("button", { name: nl.rightsCheck.yes, exact: true }).getAttribute("aria-pressed")).toBe("true");
    expect(await questionCard().getByRole("button", { name: nl.rightsCheck.no, exact: true }).getAttribute("aria-pressed")).toBe("false");
    await questionCard().getByRole("button", { name: nl.rightsCheck.keepAnswer }).click();

    // With the IGO the verhoogde tegemoetkoming is a right, automatically.
    const vtLive = rightCard(live, vtName);
    await expect.poll(() => vtLive.locator(".outcome-badge").textContent()).toContain(nl.rightOutcome.entitled);
    expect(await vtLive.textContent()).toContain(nl.rights.automatic);
    await vtLive.locator("summary", { hasText: nl.rights.why }).click();
    expect(await vtLive.locator(".reasons li").count()).toBeGreaterThan(0);

    // Back to an earlier answer: another birth date.
    const birth = givenValue("person.birthDate");
    const before = await birth.textContent();
    await given().getByRole("button", { name: withValues(nl.rightsCheck.changeLabel, { question: questionText("person.birthDate") }) }).click();
    expect(await currentQuestion()).toBe(questionText("person.birthDate"));
    expect(await questionCard().textContent()).toContain(nl.rightsCheck.changingAnswer);
    const input = questionCard().locator("input");
    expect(await input.inputValue()).toBe("1950-03-01");
    expect(await input.evaluate((el) => el.closest(".question-card")?.querySelector("h2") === document.activeElement)).toBe(true);
    await input.fill("1948-05-20");
    await next();
    await expect.poll(() => birth.textContent()).not.toBe(before);
    await expectAccessible(page, "guided check with answers");
    await expectNoHorizontalScroll(page, "guided check with answers");

    await page.getByRole("button", { name: nl.rightsCheck.save }).click();
    await heading(page, personName);
    await page.getByRole("status").filter({ hasText: nl.rightsCheck.saved }).waitFor();
  }, 120_000);

  it("shows the result on the person page and keeps the take-up with its history", async () => {
    const section = rightsSection();
    const card = rightCard(section, vtName);
    await card.waitFor();
    expect(await card.locator(".outcome-badge").textContent()).toContain(nl.rightOutcome.entitled);
    expect(await card.textContent()).toContain(nl.rights.automatic);
    expect(await card.locator(".reasons li").count()).toBeGreaterThan(0);
    expect(await card.textContent()).toContain(withValues(nl.takeUp.current, { status: nl.takeUpStatus.unknown }));
    // The figures the other rights rest on include some that are still to be checked.
    expect(await section.locator(".to-check").count()).toBeGreaterThan(0);
    expect(await section.getByRole("link", { name: nl.personRights.updateCheck }).count()).toBe(1);
    // What next: how, where and what to bring, and where on the social map.
    await card.locator("summary", { hasText: nl.rights.whatNext }).click();
    await card.getByRole("link", { name: new RegExp(`^${nl.rights.findOnMap}`) }).waitFor();
    // A "maybe" says what is still to find out, and leads back to the check.
    const maybe = section.locator(".right-check").filter({ has: page.locator(".outcome-maybe") }).first();
    await maybe.locator(".open-questions li").first().waitFor();
    expect(await maybe.locator(".open-questions").textContent()).toContain(nl.rights.openQuestions);
    expect(await maybe.getByRole("link", { name: new RegExp(`^${nl.rights.answerOpenQuestions}`) }).getAttribute("href")).toBe(`/persons/${personId}/rights/check`);

    await card.getByRole("button", { name: withValues(nl.takeUp.changeLabel, { right: vtName }) }).click();
    const status = card.getByLabel(withValues(nl.takeUp.status, { right: vtName }));
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    await status.selectOption("to_apply");
    await card.getByLabel(nl.takeUp.note).fill("Samen naar het ziekenfonds op dinsdag.");
    await expectAccessible(page, "person page with the take-up form");
    await card.getByRole("button", { name: nl.takeUp.save }).click();
    await section.getByRole("status").filter({ hasText: withValues(nl.takeUp.saved, { right: vtName, status: nl.takeUpStatus.to_apply }) }).waitFor();
    expect(await card.textContent()).toContain(withValues(nl.takeUp.current, { status: nl.takeUpStatus.to_apply }));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nl.takeUp.change);

    await card.locator("summary", { hasText: nl.takeUp.history }).click();
    const entry = card.locator(".take-up-history li").first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain(nl.takeUpStatus.to_apply);
    expect(await entry.textContent()).toContain("Samen naar het ziekenfonds op dinsdag.");
    await expectAccessible(page, "person page with rights");
    await expectNoHorizontalScroll(page, "person page with rights");
  }, SLOW);

  it("keeps the worker's changed answers when someone else saved the situation first", async () => {
    await page.goto(`/persons/${personId}/rights/check`);
    await heading(page, withValues(nl.rightsCheck.titlePerson, { name: personName }));
    await questionCard().waitFor();
    const summary = given().locator("summary");
    await summary.click();

    // The worker changes the postcode in the check...
    const postcode = questionText("person.postcode");
    await given().getByRole("button", { name: withValues(nl.rightsCheck.changeLabel, { question: postcode }) }).click();
    await questionCard().locator("input").fill("1000");
    await next();
    await expect.poll(() => givenValue("person.postcode").textContent()).toBe("1000");

    // ...while a colleague, elsewhere, stores another situation.
    const stored = await callApi<{ situation: { version: number } }>(page, "GET", `/api/persons/${personId}/rights`);
    await callApi(page, "PUT", `/api/persons/${personId}/rights/situation`, {
      situation: { benefits: { igo: true }, household: { members: [], benefits: ["igo"] } },
      expectedVersion: stored.situation.version,
    });

    // Saving loads the colleague's version with the worker's postcode on top, and says so.
    await page.getByRole("button", { name: nl.rightsCheck.save }).click();
    const notice = page.getByRole("alert").filter({ hasText: nl.rightsCheck.savedByOtherKept });
    await notice.waitFor();
    expect(await notice.locator("li").allTextContents()).toEqual([postcode]);
    await expect.poll(() => summary.textContent()).toBe(withValues(nl.rightsCheck.answers, { count: "4" }));
    await expectAccessible(page, "guided check after a colleague saved first");

    // Saving again stores both: the colleague's answers and the worker's postcode.
    await page.getByRole("button", { name: nl.rightsCheck.save }).click();
    await heading(page, personName);
    await page.getByRole("status").filter({ hasText: nl.rightsCheck.saved }).waitFor();
    const after = await callApi<{ situation: { situation: Record<string, unknown> } }>(page, "GET", `/api/persons/${personId}/rights`);
    expect(after.situation.situation).toEqual({ benefits: { igo: true }, household: { members: [], benefits: ["igo"] }, person: { postcode: "1000" } });
  }, SLOW);

  it("lets the worker complete household members stored without what the rules need", async () => {
    const otherName = `E2E Gezin ${randomUUID().slice(0, 8)}`;
    const otherId = (await callApi<{ id: string }>(page, "POST", "/api/persons", { displayName: otherName })).id;
    await callApi(page, "PUT", `/api/persons/${otherId}/rights/situation`, {
      situation: { person: { birthDate: "1980-01-01" }, household: { members: [{ role: "partner" }] } },
      expectedVersion: null,
    });
    await page.goto(`/persons/${otherId}/rights/check`);
    await heading(page, withValues(nl.rightsCheck.titlePerson, { name: otherName }));
    await questionCard().waitFor();
    for (let step = 0; step < 30 && (await questionCard().getAttribute("data-question")) !== "household.members"; step++) {
      await answered(await currentQuestion(), dontKnow);
    }
    const card = questionCard();
    expect(await card.getAttribute("data-question")).toBe("household.members");
    const missing = `${nl.rightsCheck.memberGap.birthDate}, ${nl.rightsCheck.memberGap.dependent}`;
    const list = card.getByRole("list", { name: nl.rightsCheck.membersAdded });
    expect(await list.textContent()).toContain(withValues(nl.rightsCheck.memberMissing, { what: missing }));

    // "Lives alone" with somebody in the list asks first.
    await card.getByRole("button", { name: nl.rightsCheck.livesAlone, exact: true }).click();
    await card.getByText(nl.rightsCheck.livesAloneConfirm).waitFor();
    await card.getByRole("button", { name: nl.rightsCheck.livesAloneNo }).click();

    // "Done" names the member and what it lacks, and puts it in the form.
    await card.getByRole("button", { name: nl.rightsCheck.membersDone }).click();
    await card.getByText(withValues(nl.rightsCheck.memberIncomplete, { member: nl.householdRole.partner, what: missing })).waitFor();
    const birth = card.getByLabel(nl.rightsCheck.memberBirthDate);
    await expect.poll(() => birth.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await card.getByLabel(nl.rightsCheck.memberRole).inputValue()).toBe("partner");
    // (From the top: a target half under the sticky save bar is only a matter of scrolling.)
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, "household member to complete");
    await birth.fill("1979-04-02");
    await card.getByRole("group", { name: nl.rightsCheck.memberDependent }).getByRole("radio", { name: nl.rightsCheck.no }).check();
    await card.getByRole("button", { name: nl.rightsCheck.saveMember }).click();
    expect(await list.textContent()).not.toContain(withValues(nl.rightsCheck.memberMissing, { what: "" }).trim());
    const question = await currentQuestion();
    await answered(question, () => card.getByRole("button", { name: nl.rightsCheck.membersDone }).click());
    expect(await page.getByRole("alert").count()).toBe(0);
    await given().locator("summary").click();
    expect(await givenValue("household.members").textContent()).toContain(nl.rightsCheck.notDependent);
  }, SLOW);

  it("lists the person on the non-take-up radar, and gives the same list as CSV", async () => {
    await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.radar }).click();
    await heading(page, nl.radar.title);
    const mine = page.locator(".radar-item").filter({ hasText: personName });
    await mine.filter({ hasText: vtName }).waitFor();
    expect(await mine.filter({ hasText: vtName }).textContent()).toContain(nl.rightOutcome.entitled);
    expect(await mine.filter({ hasText: vtName }).textContent()).toContain(withValues(nl.takeUp.current, { status: nl.takeUpStatus.to_apply }));
    const counts = page.getByRole("table", { name: nl.radar.countsCaption.mine });
    const vtRow = counts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: vtName }) });
    expect(Number(await vtRow.getByRole("cell").first().textContent())).toBeGreaterThan(0);
    // The columns count rights not applied for yet.
    expect(await counts.getByRole("columnheader", { name: nl.radar.countEntitled }).count()).toBe(1);
    expect(await counts.getByRole("columnheader", { name: nl.radar.countMaybe }).count()).toBe(1);
    // A worker sees only their own persons: no choice of scope.
    expect(await page.getByRole("group", { name: nl.radar.scope }).count()).toBe(0);
    await expectAccessible(page, "radar");
    await expectNoHorizontalScroll(page, "radar");

    // Only automatic rights not granted yet: the verhoogde tegemoetkoming stays, in the URL too.
    await page.getByRole("checkbox", { name: nl.radar.automaticOnly }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("automatic")).toBe("true");
    await mine.filter({ hasText: vtName }).waitFor();
    await page.getByLabel(nl.radar.right, { exact: true }).selectOption(VT);
    await expect.poll(() => new URL(page.url()).searchParams.get("right")).toBe(VT);
    await expect.poll(() => page.locator(".radar-item").filter({ hasNotText: vtName }).count()).toBe(0);
    await mine.waitFor();

    const href = await page.getByRole("link", { name: nl.radar.csv }).getAttribute("href");
    expect(href).toContain("automatic=true");
    expect(href).toContain(`right=${VT}`);
    const csv = await page.evaluate(async (url) => {
      const answer = await fetch(url);
      const bytes = new Uint8Array(await answer.arrayBuffer());
      return { status: answer.status, type: answer.headers.get("content-type") ?? "", bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, text: new TextDecoder().decode(bytes) };
    }, href ?? "");
    expect(csv.status).toBe(200);
    expect(csv.type).toContain("text/csv");
    expect(csv.bom).toBe(true);
    const [header, ...rows] = csv.text.trim().split(/\r?\n/);
    expect(header).toBe("persoon,recht,uitkomst,automatisch,gebruik,gecontroleerd op");
    expect(rows.some((row) => row.startsWith(`${personName},${vtName},waarschijnlijk recht,ja,`))).toBe(true);

    // An item leads to the person's rights section, which takes focus.
    await mine.getByRole("link", { name: withValues(nl.radar.toPersonRights, { name: personName, right: vtName }) }).click();
    await heading(page, personName);
    expect(new URL(page.url()).hash).toBe("#person-rights");
    await rightCard(rightsSection(), vtName).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("person-rights");
  }, SLOW);

  it("shows a coordinator the radar of their team", async () => {
    const other = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE });
    other.setDefaultTimeout(10_000);
    try {
      const coordinator = await other.newPage();
      await logInAs(coordinator, COORDINATOR);
      await coordinator.goto("/rights/radar");
      await heading(coordinator, nl.radar.title);
      await coordinator.getByRole("radio", { name: nl.radar.scopes.team }).check();
      await expect.poll(() => new URL(coordinator.url()).searchParams.get("scope")).toBe("team");
      await coordinator.getByRole("table", { name: nl.radar.countsCaption.team }).waitFor();
      await coordinator.locator(".radar-item").filter({ hasText: personName }).first().waitFor();
      await expectAccessible(coordinator, "radar of a team");
      await expectNoHorizontalScroll(coordinator, "radar of a team");
    } finally {
      await other.close();
    }
  }, SLOW);

  it("gives an administrator the radar of the organisation", async () => {
    const other = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE });
    other.setDefaultTimeout(10_000);
    try {
      const admin = await other.newPage();
      await logInAs(admin, ADMIN);
      await admin.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.radar }).click();
      await heading(admin, nl.radar.title);
      await admin.getByRole("table", { name: nl.radar.countsCaption.organisation }).waitFor();
      expect(await admin.getByRole("radio", { name: nl.radar.scopes.organisation }).isChecked()).toBe(true);
      await expectAccessible(admin, "radar of an administrator");
      await expectNoHorizontalScroll(admin, "radar of an administrator");
    } finally {
      await other.close();
    }
  }, SLOW);

  it("explains every right with its sources and figures, and runs an anonymous check", async () => {
    await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.rights }).click();
    await heading(page, nl.rights.title);
    const vt = page.locator(".right-info").filter({ has: page.getByRole("heading", { level: 2, name: vtName }) });
    await vt.waitFor();
    expect(await page.locator(".right-info").count()).toBe(catalogue.rights.length);
    await vt.locator("summary", { hasText: nl.rights.howToApply }).click();
    await vt.getByRole("link", { name: nl.rights.findOnMap }).waitFor();
    await vt.locator("summary", { hasText: nl.rights.basis }).click();
    expect(await vt.getByRole("heading", { name: nl.rights.sources }).count()).toBe(1);
    expect(await vt.getByText(nl.rights.toBeChecked).count()).toBeGreaterThan(0);
    await expectAccessible(page, "rights explorer");
    await expectNoHorizontalScroll(page, "rights explorer");

    // The first check fails (offline): the page says so and offers to try again.
    await page.route("**/api/rights/check", (route) => route.abort("internetdisconnected"), { times: 1 });
    await page.getByRole("link", { name: nl.rights.startCheck }).click();
    await heading(page, nl.rightsCheck.titleAnonymous);
    await page.getByRole("alert").waitFor();
    await page.getByRole("button", { name: nl.common.retry }).click();
    await questionCard().waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    // Nothing to save: no person.
    expect(await page.getByRole("button", { name: nl.rightsCheck.save }).count()).toBe(0);
    const first = await currentQuestion();
    await answered(first, () => questionCard().getByRole("button", { name: nl.rightsCheck.dontKnow }).click());
    await expectAccessible(page, "anonymous check");
    await expectNoHorizontalScroll(page, "anonymous check");
  }, SLOW);

  it("speaks French, rules and questions included", async () => {
    await callApi(page, "PATCH", "/api/auth/me", { language: "fr-BE" });
    try {
      await page.goto("/rights");
      await heading(page, fr.rights.title);
      const frenchVt = (await callApi<Catalogue>(page, "GET", "/api/rights?language=fr")).rights.find((r) => r.id === VT)?.name ?? "";
      await page.getByRole("heading", { level: 2, name: frenchVt }).waitFor();
      await page.goto(`/persons/${personId}`);
      await heading(page, personName);
      const section = page.getByRole("region", { name: withValues(fr.personRights.title, { name: personName }) });
      await rightCard(section, frenchVt).waitFor();
      expect(await rightCard(section, frenchVt).locator(".outcome-badge").textContent()).toContain(fr.rightOutcome.entitled);
      await expectAccessible(page, "person page with rights in French");
    } finally {
      await callApi(page, "PATCH", "/api/auth/me", { language: "nl-BE" });
    }
  }, SLOW);
});
