/**
 * End to end, the person's own Nabij: a worker invites a person from the person page; the person
 * activates with the code in a browser of their own, adds a wish, puts it first, marks an item
 * done, sees the worker's access in "who looked at my information", asks to move an appointment,
 * subscribes to a calendar feed, gives and withdraws a permission, agrees with an agreement and
 * adds their own words to it (a new version), to a life event and to a moment to look back
 * together they asked for, and closes the account; the worker sees the wish and the words. axe runs on every portal page in every language, Arabic right to left,
 * and nothing scrolls sideways at 360 px.
 *
 * Needs Chromium at /usr/bin/chromium (or NABIJ_CHROMIUM). Without it the suite is skipped,
 * unless NABIJ_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PORTAL_LANGUAGES, type PortalLanguage } from "@nabij/domain";
import { startTestServer } from "@nabij/server/testing";
import type { Agreement, Evaluation, LifeEvent } from "../src/api/process.ts";
import nlApp from "../src/locales/nl-BE/app.json";
import ar from "../src/locales/ar/portal.json";
import en from "../src/locales/en/portal.json";
import fr from "../src/locales/fr-BE/portal.json";
import nl from "../src/locales/nl-BE/portal.json";
import { CHROMIUM, PHONE, SLOW, callApi, expectAccessible, expectNoHorizontalScroll, heading as h1, launchChromium, prepareApp, skippedWithoutBrowser, withValues } from "./support/browser.ts";

const skip = skippedWithoutBrowser("portal e2e");

const WORKER = "worker@demo.nabij.be";
const WORKER_PASSWORD = "nabij-demo-2026";
const WORKER_NAME = "Sam Demeester";
const ORGANISATION = "Sociaal Huis Demostad";
const OTHER_ORGANISATION = "CAW Voorbeeldregio";
/** A demo person of the worker with an item in progress, so one can be marked done. */
const IN_PROGRESS_ITEM = "Nederlands oefenen";
const TEXTS: Record<PortalLanguage, typeof nl> = { "nl-BE": nl, "fr-BE": fr, en, ar };

/** The part of a sentence before the first placeholder that is not given. */
const upTo = (text: string, placeholder: string, values: Record<string, string>): string => withValues(text.split(`{{${placeholder}}}`)[0] ?? text, values);

/** The part of a sentence after a placeholder (the rest of "On {{date}} you said that you agree."). */
const afterPlaceholder = (text: string, placeholder: string): string => text.split(`{{${placeholder}}}`)[1] ?? text;

/** A calendar day some days from now, as YYYY-MM-DD in this machine's time zone. */
function dayFromNow(days: number): string {
  const day = new Date(new Date().getTime() + days * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

/** The portal's titles are matched whole. */
const heading = (page: Page, text: string): Promise<void> => h1(page, text, { exact: true });

/** The portal's pages for a logged-in person, with their h1 in a language. */
const personPages = (t: typeof nl): [string, string][] => [
  ["/portal", t.agenda.title],
  ["/portal/appointments", t.appointments.title],
  ["/portal/agreed", t.agreed.title],
  ["/portal/life", t.life.title],
  ["/portal/access-log", t.accessLog.title],
  ["/portal/consents", t.consents.title],
  ["/portal/account", t.account.title],
];

describe.skipIf(skip)(skip ? `portal e2e (skipped: no Chromium at ${CHROMIUM})` : "the person's portal in Chromium", () => {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let workerContext: BrowserContext;
  let personContext: BrowserContext;
  let worker: Page;
  let person: Page;
  let personId = "";
  let personName = "";
  let code = "";
  const login = `e2e-${randomUUID().slice(0, 8)}`;
  const password = "mijn fiets is blauw en snel";
  const wish = "Een fiets om naar mijn werk te gaan";

  const portalPanel = (): ReturnType<Page["getByRole"]> => worker.getByRole("region", { name: withValues(nlApp.portalAccess.title, { name: personName }) });
  const agendaItems = (): ReturnType<Page["locator"]> => person.locator(".portal-list > li");

  beforeAll(async () => {
    await prepareApp();
    server = await startTestServer();
    browser = await launchChromium();
    workerContext = await browser.newContext({ baseURL: server.url, locale: "nl-BE" });
    workerContext.setDefaultTimeout(10_000);
    worker = await workerContext.newPage();
    // The person uses a phone of their own: another browser, so another session.
    personContext = await browser.newContext({ baseURL: server.url, locale: "nl-BE", viewport: PHONE });
    personContext.setDefaultTimeout(10_000);
    person = await personContext.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a worker invites a person from the person page and reads the code", async () => {
    await worker.goto("/login");
    await worker.getByLabel(nlApp.login.email).fill(WORKER);
    await worker.getByLabel(nlApp.login.password, { exact: true }).fill(WORKER_PASSWORD);
    await worker.getByRole("button", { name: nlApp.login.submit }).click();
    await worker.waitForURL((url) => url.pathname !== "/login");
    await callApi(worker, "PATCH", "/api/auth/me", { language: "nl-BE" });

    // A demo person of this worker with an item in progress.
    const persons = await callApi<{ items: { id: string; displayName: string }[] }>(worker, "GET", "/api/persons?limit=100");
    for (const candidate of persons.items) {
      const agenda = await callApi<{ items: { title: string }[] }>(worker, "GET", `/api/persons/${candidate.id}/agenda`);
      if (agenda.items.some((i) => i.title === IN_PROGRESS_ITEM)) {
        personId = candidate.id;
        personName = candidate.displayName;
        break;
      }
    }
    expect(personId).not.toBe("");

    await worker.goto(`/persons/${personId}`);
    await heading(worker, personName);
    const panel = portalPanel();
    await panel.getByRole("button", { name: nlApp.portalAccess.invite }).click();
    const output = panel.locator("output");
    await output.waitFor();
    code = (await output.textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  }, SLOW);

  it("the person activates with the code: wrong code and weak password are said at their fields", async () => {
    await person.goto("/portal");
    await heading(person, nl.login.title);
    expect(await person.evaluate(() => [document.documentElement.lang, document.dir])).toEqual(["nl-BE", "ltr"]);
    // No worker navigation in the portal.
    expect(await person.getByRole("navigation").count()).toBe(0);
    await person.getByRole("link", { name: nl.login.activateLink }).click();
    await heading(person, nl.activate.title);

    await person.getByLabel(nl.activate.code).fill("AAAA-BBBB-CCCC");
    await person.getByLabel(nl.activate.login).fill(login);
    await person.getByLabel(nl.activate.password).fill("12345678");
    await person.getByLabel(nl.activate.repeat).fill("12345678");
    await person.getByRole("button", { name: nl.activate.submit }).click();
    await person.getByText(nl.fieldErrors.invalid_invitation).waitFor();
    expect(await person.getByLabel(nl.activate.code).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(person, "activate with an error");

    await person.getByLabel(nl.activate.code).fill(code.toLowerCase());
    await person.getByRole("button", { name: nl.activate.submit }).click();
    await person.getByText(nl.fieldErrors.password_too_common).waitFor();
    expect(await person.getByLabel(nl.activate.password).getAttribute("aria-invalid")).toBe("true");

    await person.getByLabel(nl.activate.password).fill(password);
    await person.getByLabel(nl.activate.repeat).fill(password);
    await person.getByRole("button", { name: nl.activate.submit }).click();
    await heading(person, nl.agenda.title);
    await person.getByRole("status").filter({ hasText: withValues(nl.agenda.welcome, { name: personName }) }).waitFor();
    const nav = person.getByRole("navigation", { name: nl.nav.label });
    expect(await nav.getByRole("link").allTextContents()).toEqual([nl.nav.agenda, nl.nav.appointments, nl.nav.agreed, nl.nav.life, nl.nav.accessLog, nl.nav.consents]);
  }, SLOW);

  it("the person adds a wish, puts it first, and marks an item done", async () => {
    const before = await agendaItems().count();
    expect(before).toBeGreaterThan(0);
    await person.getByLabel(nl.agenda.wishLabel).fill(wish);
    await person.getByRole("button", { name: nl.agenda.add, exact: true }).click();
    await person.getByRole("status").filter({ hasText: withValues(nl.agenda.added, { title: wish }) }).waitFor();
    await expect.poll(() => agendaItems().count()).toBe(before + 1);
    const item = (title: string): ReturnType<Page["locator"]> => agendaItems().filter({ has: person.getByRole("heading", { level: 3, name: title }) });

    // Up to the top with the keyboard; focus stays on the moved item.
    for (let position = before; position >= 1; position--) {
      const up = item(wish).getByRole("button", { name: nl.agenda.moveUp });
      await up.focus();
      await person.keyboard.press("Enter");
      await person.getByRole("status").filter({ hasText: withValues(nl.agenda.moved, { title: wish, position: String(position), total: String(before + 1) }) }).waitFor();
    }
    expect(await agendaItems().first().getByRole("heading", { level: 3 }).textContent()).toContain(wish);
    expect(await person.evaluate(() => document.activeElement?.textContent ?? "")).toContain(nl.agenda.moveDown);

    await item(IN_PROGRESS_ITEM).getByRole("button", { name: nl.agenda.markDone }).click();
    await person.getByRole("status").filter({ hasText: withValues(nl.agenda.statusChanged, { title: IN_PROGRESS_ITEM, status: nl.agendaStatus.done }) }).waitFor();

    // Saved: after a reload the wish is still first.
    await person.reload();
    await heading(person, nl.agenda.title);
    await agendaItems().first().waitFor();
    expect(await agendaItems().first().getByRole("heading", { level: 3 }).textContent()).toContain(wish);
    expect(await item(IN_PROGRESS_ITEM).locator(".status-tag").textContent()).toBe(nl.agendaStatus.done);
    await expectAccessible(person, "agenda");
    await expectNoHorizontalScroll(person, "agenda");
  }, SLOW);

  it("the person sees the worker's access in words, and their own", async () => {
    await person.getByRole("navigation", { name: nl.nav.label }).getByRole("link", { name: nl.nav.accessLog }).click();
    await heading(person, nl.accessLog.title);
    const who = withValues(nl.accessLog.who.nameAndOrganisation, { name: WORKER_NAME, organisation: ORGANISATION });
    const workerLooked = upTo(nl.accessLog.workerLooked, "date", { who, what: nl.accessLog.what.agenda });
    const youChanged = upTo(nl.accessLog.youChanged, "date", { what: nl.accessLog.what.agenda });
    const entries = person.locator(".access-log > li");
    await entries.first().waitFor();
    // Newest first: the worker's look may be further down the list.
    const more = person.getByRole("button", { name: nl.common.loadMore });
    while ((await entries.filter({ hasText: workerLooked }).count()) === 0 && (await more.count()) > 0) {
      await more.click();
      await person.waitForTimeout(200);
    }
    await entries.filter({ hasText: workerLooked }).first().waitFor();
    expect(await entries.filter({ hasText: workerLooked }).first().textContent()).toContain(nl.accessLog.basis.involvement);
    expect(await entries.filter({ hasText: youChanged }).count()).toBeGreaterThan(0);
    await expectAccessible(person, "access log");
  }, SLOW);

  it("the worker sees the wish first on the person's agenda", async () => {
    await worker.goto(`/persons/${personId}`);
    await heading(worker, personName);
    const items = worker.locator(".agenda-list > li");
    await items.first().waitFor();
    expect(await items.first().getByRole("heading", { level: 3 }).textContent()).toContain(wish);
    expect(await items.first().textContent()).toContain(nlApp.raisedBy.person);
  }, SLOW);

  it("the person asks to move an appointment and subscribes to the calendar feed, and stops it", async () => {
    const startsAt = new Date(new Date().getTime() + 3 * 86_400_000);
    startsAt.setHours(10, 0, 0, 0);
    await callApi(worker, "POST", `/api/persons/${personId}/appointments`, { startsAt: startsAt.toISOString(), durationMinutes: 60 });

    await person.getByRole("navigation", { name: nl.nav.label }).getByRole("link", { name: nl.nav.appointments }).click();
    await heading(person, nl.appointments.title);
    const card = person.locator(".appointment").filter({ hasText: withValues(nl.appointments.with, { names: WORKER_NAME }) }).first();
    await card.getByRole("button", { name: nl.appointments.ask }).click();
    const message = card.getByLabel(nl.appointments.messageLabel);
    expect(await message.evaluate((el) => el === document.activeElement)).toBe(true);
    await message.fill("Liever in de namiddag, dan kan ik na mijn les.");
    await card.getByRole("button", { name: nl.appointments.send }).click();
    await person.getByRole("status").filter({ hasText: nl.appointments.sent }).waitFor();
    await card.getByText("Liever in de namiddag, dan kan ik na mijn les.").waitFor();

    await person.getByRole("button", { name: nl.feed.create }).click();
    await person.getByRole("status").filter({ hasText: nl.feed.created }).waitFor();
    const url = await person.getByLabel(nl.feed.url).inputValue();
    // An absolute address at the server's public URL, for the phone's calendar app.
    expect(url).toMatch(/^https?:\/\/[^/]+\/ical\/[^/]+\.ics$/);
    expect(await person.getByRole("link", { name: nl.feed.open }).getAttribute("href")).toBe(url.replace(/^https?:/, "webcal:"));
    const feedPath = new URL(url).pathname;
    const feed = await person.request.get(feedPath);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    await expectAccessible(person, "appointments with a feed");
    await expectNoHorizontalScroll(person, "appointments with a feed");

    await person.getByRole("button", { name: nl.feed.stop }).click();
    await person.getByRole("button", { name: nl.feed.stopConfirm }).click();
    await person.getByRole("status").filter({ hasText: nl.feed.stopped }).waitFor();
    expect((await person.request.get(feedPath)).status()).toBe(404);
  }, SLOW);

  it("the person gives a permission to another organisation and stops it at once", async () => {
    await person.getByRole("navigation", { name: nl.nav.label }).getByRole("link", { name: nl.nav.consents }).click();
    await heading(person, nl.consents.title);
    await person.getByRole("button", { name: nl.consents.give }).click();
    await person.getByText(nl.consents.problems.organisationRequired).waitFor();
    await person.getByLabel(nl.consents.organisation).selectOption({ label: OTHER_ORGANISATION });
    await person.getByRole("checkbox", { name: nl.scope.agenda }).check();
    await person.getByLabel(nl.consents.purpose).fill("Zodat ze me kunnen helpen met een woning.");
    await person.getByRole("button", { name: nl.consents.give }).click();
    await person.getByRole("status").filter({ hasText: withValues(nl.consents.given, { name: OTHER_ORGANISATION }) }).waitFor();
    const card = person.locator(".consent").filter({ has: person.getByRole("heading", { level: 3, name: OTHER_ORGANISATION }) }).first();
    expect(await card.locator(".status-tag").textContent()).toBe(nl.consentState.active);
    expect(await card.textContent()).toContain(nl.givenHow.portal);
    await expectAccessible(person, "consents");

    await card.getByRole("button", { name: nl.consents.stop }).click();
    await card.getByText(withValues(nl.consents.stopQuestion, { name: OTHER_ORGANISATION })).waitFor();
    await card.getByRole("button", { name: nl.consents.stopConfirm }).click();
    await person.getByRole("status").filter({ hasText: withValues(nl.consents.stopped, { name: OTHER_ORGANISATION }) }).waitFor();
    await expect.poll(() => card.locator(".status-tag").textContent()).toBe(nl.consentState.withdrawn);
  }, SLOW);

  it("the person agrees with an agreement (after it changed meanwhile) and adds their own words to it: a new version appears", async () => {
    const what = `Samen de huurpremie aanvragen (${randomUUID().slice(0, 6)})`;
    const words = "Mijn huurcontract heb ik al. Het formulier vind ik moeilijk.";
    const made = await callApi<Agreement>(worker, "POST", `/api/persons/${personId}/agreements`, { what, whoDoesWhat: "Sam zoekt het formulier. Jij brengt je huurcontract mee.", dueDate: dayFromNow(30) });

    await person.getByRole("navigation", { name: nl.nav.label }).getByRole("link", { name: nl.nav.agreed }).click();
    await heading(person, nl.agreed.title);
    const card = person.locator(".portal-agreement").filter({ has: person.getByRole("heading", { level: 3, name: what }) });
    // Whether the person agrees with the version that counts now (the history says it per version).
    const confirmation = card.locator(".portal-confirmation");
    await confirmation.filter({ hasText: nl.agreements.notConfirmed }).waitFor();
    expect(await card.textContent()).toContain("Sam zoekt het formulier.");
    await expectAccessible(person, "agreements");

    // The worker changes it meanwhile: agreeing with the version on screen is refused, and the new one shows.
    await callApi(worker, "PATCH", `/api/agreements/${made.id}`, { dueDate: dayFromNow(45), why: "De dienst is dicht tijdens de vakantie.", version: made.version });
    await card.getByRole("button", { name: nl.agreements.confirm }).click();
    await card.getByRole("alert").filter({ hasText: nl.agreements.changedMeanwhile }).waitFor();
    await card.getByRole("group").getByText(withValues(nl.agreements.history, { number: "2" })).waitFor();

    await card.getByRole("button", { name: nl.agreements.confirm }).click();
    await person.getByRole("status").filter({ hasText: nl.agreements.confirmed }).waitFor();
    await confirmation.filter({ hasText: afterPlaceholder(nl.agreements.confirmedHere, "date") }).waitFor();
    expect(await card.getByRole("button", { name: nl.agreements.confirm }).count()).toBe(0);

    await card.getByRole("button", { name: nl.ownWords.add }).click();
    const field = card.getByLabel(nl.ownWords.label);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill(words);
    await card.getByRole("button", { name: nl.ownWords.save }).click();
    await person.getByRole("status").filter({ hasText: withValues(nl.agreements.ownWordsSaved, { version: "3" }) }).waitFor();
    await card.locator(".voice-person").getByText(words).waitFor();
    // Focus is back on the button that opened the form.
    expect(await person.evaluate(() => document.activeElement?.textContent ?? "")).toContain(nl.ownWords.change);
    // The new version is the person's: not yet agreed with, and the history (closed) tells what changed.
    await confirmation.filter({ hasText: nl.agreements.notConfirmed }).waitFor();
    const history = card.locator("details");
    expect(await history.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await history.getByText(withValues(nl.agreements.history, { number: "3" })).click();
    const versions = history.locator(".portal-versions > li");
    expect(await versions.count()).toBe(3);
    expect(await versions.first().textContent()).toContain(withValues(nl.agreements.changed, { parts: nl.agreements.part.ownWords }));
    expect(await versions.nth(1).textContent()).toContain(afterPlaceholder(nl.agreements.confirmedHere, "date"));
    expect(await versions.nth(1).textContent()).toContain("De dienst is dicht tijdens de vakantie.");
    expect(await versions.nth(2).textContent()).toContain(nl.agreements.firstVersion);
    await expectAccessible(person, "agreements with a history");
    await expectNoHorizontalScroll(person, "agreements with a history");

    // The worker sees the person's version, and the confirmation of the one before.
    const agreements = await callApi<{ items: Agreement[] }>(worker, "GET", `/api/persons/${personId}/agreements`);
    const saved = agreements.items.find((a) => a.what === what);
    expect(saved?.version).toBe(3);
    expect(saved?.ownWords).toBe(words);
    expect(saved?.versions[0]?.byPerson).toBe(true);
    expect(saved?.versions[1]?.confirmed?.how).toBe("portal");
  }, SLOW);

  it("the person asks for a moment to look back together, and adds their own words to it", async () => {
    const note = `Hoe het gaat met mijn lessen (${randomUUID().slice(0, 6)})`;
    const words = "Ik wil vooral praten over mijn werk.";
    await person.getByLabel(nl.evaluations.noteLabel).fill(note);
    await person.getByRole("button", { name: nl.evaluations.ask }).click();
    await person.getByRole("status").filter({ hasText: nl.evaluations.asked }).waitFor();
    const card = person.locator(".portal-evaluation").filter({ hasText: note });
    expect(await card.textContent()).toContain(nl.evaluations.yourNote);
    await card.getByText(nl.evaluations.notHeld).waitFor();
    expect(await person.getByLabel(nl.evaluations.noteLabel).inputValue()).toBe("");

    await card.getByRole("button", { name: nl.ownWords.add }).click();
    await card.getByLabel(nl.ownWords.label).fill(words);
    await card.getByRole("button", { name: nl.ownWords.save }).click();
    await person.getByRole("status").filter({ hasText: nl.ownWords.saved }).waitFor();
    await card.locator(".voice-person").getByText(words).waitFor();
    await expectAccessible(person, "evaluations");

    // The worker sees the question, asked by the person, with their words.
    const evaluations = await callApi<{ items: Evaluation[] }>(worker, "GET", `/api/persons/${personId}/evaluations`);
    const asked = evaluations.items.find((e) => e.note === note);
    expect(asked?.requestedBy).toBe("person");
    expect(asked?.ownWords).toBe(words);
    expect(asked?.ownWordsBy).toBe("person");
  }, SLOW);

  it("the person sees a coming life event and says in their own words what it means to them", async () => {
    const title = `Verhuis naar de Kerkstraat (${randomUUID().slice(0, 6)})`;
    const words = "Ik ben blij, maar ik heb nog geen geld voor de huurwaarborg.";
    await callApi(worker, "POST", `/api/persons/${personId}/life-events`, { kind: "planned_move", date: dayFromNow(20), expected: true, title, whatChanges: "Een nieuw adres en een andere school voor de kinderen." });

    await person.getByRole("navigation", { name: nl.nav.label }).getByRole("link", { name: nl.nav.life }).click();
    await heading(person, nl.life.title);
    await person.getByRole("heading", { level: 2, name: nl.life.coming }).waitFor();
    const card = person.locator(".portal-life-event").filter({ has: person.getByRole("heading", { level: 3, name: title }) });
    await card.getByText(nl.lifeEventKind.planned_move).waitFor();
    expect(await card.textContent()).toContain("Een nieuw adres en een andere school voor de kinderen.");
    expect(await card.textContent()).toContain(nl.ownWords.none);

    await card.getByRole("button", { name: nl.ownWords.add }).click();
    await card.getByLabel(nl.ownWords.label).fill(words);
    await card.getByRole("button", { name: nl.ownWords.save }).click();
    await person.getByRole("status").filter({ hasText: nl.ownWords.saved }).waitFor();
    await card.locator(".voice-person").getByText(words).waitFor();
    await expectAccessible(person, "life events");
    await expectNoHorizontalScroll(person, "life events");

    // Saved: after a reload the words are still there, and the worker reads them as the person's.
    await person.reload();
    await heading(person, nl.life.title);
    await card.locator(".voice-person").getByText(words).waitFor();
    const events = await callApi<{ items: LifeEvent[] }>(worker, "GET", `/api/persons/${personId}/life-events`);
    const saved = events.items.find((e) => e.title === title);
    expect(saved?.ownWords).toBe(words);
    expect(saved?.ownWordsBy).toBe("person");
  }, SLOW);

  it("every portal page passes axe in every language, Arabic right to left, without sideways scrolling", async () => {
    for (const language of PORTAL_LANGUAGES) {
      const t = TEXTS[language];
      // The language is chosen on the account page, in its own name, and saved to the account.
      await person.goto("/portal/account");
      await person.getByRole("heading", { level: 1 }).waitFor();
      await person.getByRole("button", { name: t.languageName, exact: true }).click();
      await heading(person, t.account.title);
      for (const [path, title] of personPages(t)) {
        await person.goto(path);
        await heading(person, title);
        // A page may load its parts one by one (the agreements page has three).
        await expect.poll(() => person.locator(".loading").count()).toBe(0);
        expect(await person.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, language === "ar" ? "rtl" : "ltr"]);
        expect(await person.locator("h1").count()).toBe(1);
        await expectAccessible(person, `${language} ${path}`);
        await expectNoHorizontalScroll(person, `${language} ${path}`);
      }
    }

    // Before login: the login and activation pages, with the language chosen there.
    const stranger = await personContext.browser()?.newContext({ baseURL: server?.url, locale: "nl-BE", viewport: PHONE });
    if (!stranger) throw new Error("no browser");
    const page = await stranger.newPage();
    page.setDefaultTimeout(10_000);
    for (const language of PORTAL_LANGUAGES) {
      const t = TEXTS[language];
      await page.goto("/portal/login");
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.getByRole("button", { name: t.languageName, exact: true }).click();
      await heading(page, t.login.title);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === "ar" ? "rtl" : "ltr");
      await expectAccessible(page, `${language} login`);
      await expectNoHorizontalScroll(page, `${language} login`);
      await page.getByRole("link", { name: t.login.activateLink }).click();
      await heading(page, t.activate.title);
      await expectAccessible(page, `${language} activate`);
      await expectNoHorizontalScroll(page, `${language} activate`);
    }
    // The choice is kept in this browser, apart from the worker app's.
    await page.goto("/portal/login");
    await heading(page, ar.login.title);
    await stranger.close();

    await person.goto("/portal/account");
    await person.getByRole("button", { name: nl.languageName, exact: true }).click();
    await heading(person, nl.account.title);
  }, 300_000);

  it("the person closes their own account, and the worker sees that", async () => {
    await person.goto("/portal/account");
    await heading(person, nl.account.title);
    await person.getByRole("button", { name: nl.account.close }).click();
    await person.getByText(nl.account.closeQuestion).waitFor();
    await person.getByRole("button", { name: nl.account.closeConfirm }).click();
    await heading(person, nl.login.title);
    await person.getByRole("status").filter({ hasText: nl.login.accountClosed }).waitFor();

    // The closed account no longer logs in.
    await person.getByLabel(nl.login.name).fill(login);
    await person.getByLabel(nl.login.password).fill(password);
    await person.getByRole("button", { name: nl.login.submit }).click();
    await person.getByRole("alert").filter({ hasText: nl.login.wrong }).waitFor();

    await worker.goto(`/persons/${personId}`);
    await heading(worker, personName);
    await portalPanel().getByText(upTo(nlApp.portalAccess.endedByPerson, "date", { name: personName })).waitFor();
  }, SLOW);
});
