/**
 * End to end, rights as code on a 360 px phone: a worker runs the guided check for a person
 * (one question at a time, "I don't know" to skip, a refused postcode, an answer changed),
 * saves it, reads the result on the person page, sets a take-up status and sees its history;
 * then the non-take-up radar lists the person, also for their coordinator's team, and gives
 * the same list as CSV. The rights explorer and the anonymous check are in Dutch and French.
 * axe runs on every new page, and nothing scrolls sideways.
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
import { CHROMIUM, PHONE, SLOW, callApi, expectAccessible, expectNoHorizontalScroll, heading, launchChromium, prepareApp, skippedWithoutBrowser, withValues } from "./support/browser.ts";

const skip = skippedWithoutBrowser("rights e2e");

const PASSWORD = "nabij-demo-2026";
const WORKER = "worker@demo.nabij.be";
const COORDINATOR = "coordinator@demo.nabij.be";
const VT = "verhoogde-tegemoetkoming";

interface Catalogue {
  rights: { id: string; name: string }[];
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await heading(page, nl.login.title);
  await page.getByLabel(nl.login.email).fill(email);
  await page.getByLabel(nl.login.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: nl.login.submit }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  await callApi(page, "PATCH", "/api/auth/me", { language: "nl-BE" });
}

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

  /** Answers, waiting until the check moved on to another question (or to none). */
  async function answered(before: string, act: () => Promise<void>): Promise<void> {
    await act();
    await expect.poll(async () => ((await questionCard().locator("h2").count()) === 0 ? "" : await currentQuestion())).not.toBe(before);
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
    await logIn(page, WORKER);
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

    // The most decisive question first; every answer fits its kind. What we do not need: "I don't know".
    const next = (): Promise<void> => questionCard().getByRole("button", { name: nl.rightsCheck.next }).click();
    const answers = new Map<string, () => Promise<void>>([
      ["person.birthDate", async () => {
        await questionCard().locator("input").fill("1950-03-01");
        await next();
      }],
      ["household.members", async () => {
        // "Done" with nobody added is refused at the question, before anything is sent.
        await questionCard().getByRole("button", { name: nl.rightsCheck.membersDone }).click();
        await questionCard().getByText(nl.rightsCheck.membersRequired).waitFor();
        await questionCard().getByRole("button", { name: nl.rightsCheck.livesAlone }).click();
      }],
      ["benefits.igo", () => questionCard().getByRole("button", { name: nl.rightsCheck.yes, exact: true }).click()],
    ]);
    const optional = new Map<string, () => Promise<void>>([
      ["person.postcode", async () => {
        const input = questionCard().locator("input");
        await input.fill("103");
        await next();
        await questionCard().getByText(nl.rightsCheck.invalid.postcode).waitFor();
        expect(await input.getAttribute("aria-invalid")).toBe("true");
        await input.fill("1030");
        await next();
      }],
    ]);
    const skipped: string[] = [];
    for (let step = 0; step < 60 && answers.size > 0 && (await questionCard().count()) > 0; step++) {
      const text = await currentQuestion();
      const id = (await questionCard().getAttribute("data-question")) ?? "";
      asked.set(id, text);
      const answer = answers.get(id) ?? optional.get(id);
      if (answer) {
        await answered(text, answer);
        answers.delete(id);
      } else {
        await answered(text, () => questionCard().getByRole("button", { name: nl.rightsCheck.dontKnow }).click());
        skipped.push(id);
      }
    }
    expect([...answers.keys()], `asked and skipped: ${skipped.join(", ")}`).toEqual([]);
    // Skipped questions stay skipped: none came back in this session.
    expect(new Set(skipped).size).toBe(skipped.length);

    // With the IGO the verhoogde tegemoetkoming is a right, automatically.
    const vtLive = rightCard(live, vtName);
    await expect.poll(() => vtLive.locator(".outcome-badge").textContent()).toContain(nl.rightOutcome.entitled);
    expect(await vtLive.textContent()).toContain(nl.rights.automatic);
    await vtLive.locator("summary", { hasText: nl.rights.why }).click();
    expect(await vtLive.locator(".reasons li").count()).toBeGreaterThan(0);

    // Back to an earlier answer: another birth date.
    const given = page.locator(".given-answers");
    await given.locator("summary").click();
    const birth = given.locator(".given-answer").filter({ hasText: questionText("person.birthDate") }).locator(".given-value");
    const before = await birth.textContent();
    await given.getByRole("button", { name: withValues(nl.rightsCheck.changeLabel, { question: questionText("person.birthDate") }) }).click();
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

  it("says so when someone else saved the situation first, and starts again from theirs", async () => {
    await page.goto(`/persons/${personId}/rights/check`);
    await heading(page, withValues(nl.rightsCheck.titlePerson, { name: personName }));
    await questionCard().waitFor();
    const given = page.locator(".given-answers summary");
    expect(await given.textContent()).toBe(withValues(nl.rightsCheck.answers, { count: "3" }));

    // Meanwhile, elsewhere: a colleague stores another situation.
    const stored = await callApi<{ situation: { version: number } }>(page, "GET", `/api/persons/${personId}/rights`);
    await callApi(page, "PUT", `/api/persons/${personId}/rights/situation`, {
      situation: { benefits: { igo: true }, household: { members: [] } },
      expectedVersion: stored.situation.version,
    });

    await page.getByRole("button", { name: nl.rightsCheck.save }).click();
    await page.getByRole("alert").filter({ hasText: nl.rightsCheck.savedByOther }).waitFor();
    await expect.poll(() => given.textContent()).toBe(withValues(nl.rightsCheck.answers, { count: "2" }));
    await page.getByRole("button", { name: nl.rightsCheck.save }).click();
    await heading(page, personName);
    await page.getByRole("status").filter({ hasText: nl.rightsCheck.saved }).waitFor();
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
  }, SLOW);

  it("shows a coordinator the radar of their team", async () => {
    const other = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE });
    other.setDefaultTimeout(10_000);
    try {
      const coordinator = await other.newPage();
      await logIn(coordinator, COORDINATOR);
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

    await page.getByRole("link", { name: nl.rights.startCheck }).click();
    await heading(page, nl.rightsCheck.titleAnonymous);
    await questionCard().waitFor();
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
