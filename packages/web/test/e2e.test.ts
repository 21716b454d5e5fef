/**
 * End to end: the built web app against a real server with the demo data, in Debian's
 * Chromium. Walks a worker's day (login to today's page, caseload, a new person, the agenda,
 * strengths, appointments, calendar feeds, logging an encounter on a phone in at most 4 taps,
 * life domains and the person's network), an admin's invitation and life domains, French, and
 * runs axe on every page.
 *
 * Needs Chromium at /usr/bin/chromium (or NABIJ_CHROMIUM). Without it the suite is skipped,
 * unless NABIJ_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "@nabij/server/testing";
import fr from "../src/locales/fr-BE/app.json";
import frPerson from "../src/locales/fr-BE/person.json";
import en from "../src/locales/en/app.json";
import enPerson from "../src/locales/en/person.json";
import nl from "../src/locales/nl-BE/app.json";
import nlPerson from "../src/locales/nl-BE/person.json";
import { CHROMIUM, PHONE, SLOW, callApi, expectAccessible, expectNoHorizontalScroll, heading, launchChromium, prepareApp, skippedWithoutBrowser, withValues } from "./support/browser.ts";

const skip = skippedWithoutBrowser("e2e");

const PASSWORD = "nabij-demo-2026";
const WORKER = "worker@demo.nabij.be";
const ADMIN = "admin@demo.nabij.be";
const WORKER_NAME = "Sam Demeester";
const COLLEAGUE = "An Peeters"; // a worker in the demo worker's team

/** Text with i18next placeholders removed, for matching a translated sentence. */
const fixed = (text: string): string => text.split(/\{\{\s*\w+\s*\}\}/)[0]?.trim() ?? text;

async function login(page: Page, email: string): Promise<void> {
  await page.getByLabel(nl.login.email).fill(email);
  await page.getByLabel(nl.login.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: nl.login.submit }).click();
}

/** Logs the worker in on a phone and waits until the service worker controls the page, so the app shell is cached. */
async function readyForTheField(phone: Page): Promise<void> {
  await phone.goto("/login");
  await heading(phone, nl.login.title);
  await login(phone, WORKER);
  await heading(phone, nl.today.title);
  await phone.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** Logs in and makes sure the account speaks Dutch (an earlier test may have chosen another language). */
async function loginInDutch(page: Page, email: string): Promise<void> {
  await login(page, email);
  // After login the app opens the page the previous user was on, or today's page.
  await page.waitForURL((url) => url.pathname !== "/login");
  await callApi(page, "PATCH", "/api/auth/me", { language: "nl-BE" });
  await page.goto("/today");
  await heading(page, nl.today.title);
}

interface NodeSession {
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Logs in from Node (not through the browser), as a colleague or an admin would elsewhere. */
async function loginFromNode(baseUrl: string, email: string): Promise<NodeSession> {
  const cookies = new Map<string, string>();
  let csrfToken = "";
  const send = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        accept: "application/json",
        origin: baseUrl,
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(csrfToken ? { "x-csrf-token": csrfToken } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of answer.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return answer;
  };
  csrfToken = ((await (await send("GET", "/api/auth/session")).json()) as { csrfToken: string }).csrfToken;
  const login = await send("POST", "/api/auth/login", { email, password: PASSWORD });
  expect(login.status).toBe(200);
  csrfToken = ((await login.json()) as { csrfToken: string }).csrfToken;
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const answer = await send(method, path, body);
      if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}`);
      return (answer.status === 204 ? null : await answer.json()) as T;
    },
  };
}

describe.skipIf(skip)(skip ? `e2e (skipped: no Chromium at ${CHROMIUM})` : "e2e in Chromium", () => {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let worker: BrowserContext;
  let page: Page;
  let personUrl = "";
  const personName = `E2E Persoon ${randomUUID().slice(0, 8)}`;
  const editedName = `${personName} bewerkt`;
  const editTitle = (name: string): string => nl.personEdit.title.replace("{{name}}", name);

  beforeAll(async () => {
    await prepareApp();
    server = await startTestServer();
    browser = await launchChromium();
    worker = await browser.newContext({ baseURL: server.url, locale: "nl-BE" });
    worker.setDefaultTimeout(10_000);
    page = await worker.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("logs a worker in and shows the caseload", async () => {
    await page.goto("/");
    await heading(page, nl.login.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl-BE");
    await expectAccessible(page, "login");

    await page.getByLabel(nl.login.email).fill(WORKER);
    await page.getByLabel(nl.login.password, { exact: true }).fill("wrong-password");
    await page.getByRole("button", { name: nl.login.submit }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toBe(nl.login.wrongCredentials);

    await login(page, WORKER);
    // After login: today's page, first in the main navigation; the caseload is one link further.
    await heading(page, nl.today.title);
    const nav = page.getByRole("navigation", { name: nl.layout.mainNav });
    expect(await nav.getByRole("link").first().textContent()).toBe(nl.layout.today);
    await nav.getByRole("link", { name: nl.layout.caseload }).click();
    await heading(page, nl.caseload.title);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.locator(".person-list li").first().waitFor();
    await expectAccessible(page, "caseload");
  }, SLOW);

  it("adds a person and opens their page", async () => {
    await page.getByRole("button", { name: nl.caseload.newPerson }).click();
    await page.getByLabel(nl.personForm.insz).fill("85.07.30-033.00");
    await page.getByRole("button", { name: nl.personForm.submit }).click();
    // Client-side checks: the name is required and the INSZ checksum is wrong.
    await page.getByText(nl.fieldErrors.required).waitFor();
    await page.getByText(nl.fieldErrors.insz_checksum).waitFor();
    await expectAccessible(page, "person form with errors");

    await page.getByLabel(nl.personForm.insz).fill("");
    await page.getByLabel(nl.personForm.displayName).fill(personName);
    await page.getByRole("button", { name: nl.personForm.submit }).click();
    await heading(page, personName);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    personUrl = new URL(page.url()).pathname;
    expect(personUrl).toMatch(/^\/persons\/[^/]+$/);
    await page.getByRole("heading", { level: 2, name: nl.person.encounters }).waitFor();
    await page.getByText(nl.person.noEncounters).waitFor();
    await expectAccessible(page, "person");
  }, SLOW);

  it("keeps a shared agenda: add, reorder by keyboard, change status, drop, history", async () => {
    const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "");
    const first = "Een eigen woning vinden";
    const second = "Schulden op een rij zetten";
    const ownWords = "Ik wil een plek voor mij en mijn dochter.";
    await page.goto(personUrl);
    await heading(page, personName);
    const section = page.getByRole("region", { name: fill(nl.agenda.title, { name: personName }) });
    await section.getByText(nl.agenda.empty).waitFor();
    // The agenda comes first: before the details and the encounters.
    const order = await page.evaluate(() => Array.from(document.querySelectorAll("main h2"), (h) => h.id));
    expect(order.indexOf("person-agenda")).toBe(0);
    expect(order.indexOf("person-agenda")).toBeLessThan(order.indexOf("person-encounters"));

    await section.getByRole("button", { name: nl.agenda.open }).click();
    const title = section.getByLabel(nl.agenda.itemTitle);
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await section.getByRole("button", { name: nl.agenda.submit }).click();
    await section.getByText(nl.fieldErrors.required).waitFor();
    await title.fill(first);
    await section.getByLabel(nl.agenda.ownWords).fill(ownWords);
    // The life domains are closed by default (a short form on a phone): open them first.
    await section.locator("summary", { hasText: nl.agenda.domains }).click();
    await section.getByRole("checkbox", { name: nl.lifeDomain.housing }).check();
    await section.getByRole("button", { name: nl.agenda.submit }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.added, { title: first }) }).waitFor();
    await title.fill(second);
    await section.getByRole("radio", { name: nl.raisedBy.worker }).check();
    await section.getByRole("checkbox", { name: nl.lifeDomain.income }).check();
    await section.getByRole("button", { name: nl.agenda.submit }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.added, { title: second }) }).waitFor();
    await section.getByRole("button", { name: nl.agenda.close }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nl.agenda.open);

    const items = section.locator(".agenda-list > li");
    await expect.poll(() => items.count()).toBe(2);
    const item = (name: string) => items.filter({ has: page.getByRole("heading", { level: 3, name }) });
    expect(await items.nth(0).getByRole("heading", { level: 3 }).textContent()).toBe(first);
    expect(await item(first).locator("blockquote").textContent()).toBe(ownWords);
    expect(await item(first).textContent()).toContain(nl.lifeDomain.housing);
    expect(await item(second).textContent()).toContain(nl.raisedBy.worker);

    // The person sets the order: the second item moves up with the keyboard, and stays there.
    const moveUp = section.getByRole("button", { name: fill(nl.agenda.moveUpLabel, { title: second }) });
    await moveUp.focus();
    await page.keyboard.press("Enter");
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.moved, { title: second, position: "1", count: "2" }) }).waitFor();
    expect(await items.nth(0).getByRole("heading", { level: 3 }).textContent()).toBe(second);
    expect(await moveUp.evaluate((el) => el === document.activeElement)).toBe(true);
    const savedOrder = (): Promise<string[]> =>
      page.evaluate(async (path) => ((await (await fetch(`/api${path}/agenda`)).json()) as { items: { title: string }[] }).items.map((i) => i.title), personUrl);
    await expect.poll(savedOrder).toEqual([second, first]);
    await page.reload();
    await heading(page, personName);
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).getByRole("heading", { level: 3 }).textContent()).toBe(second);

    // Only the allowed moves: open → agreed; an agreed item cannot be "done" straight away.
    await item(first).getByRole("button", { name: nl.agendaStatus.agreed, exact: true }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.statusChanged, { title: first, status: nl.agendaStatus.agreed }) }).waitFor();
    expect(await item(first).locator(".status-tag").textContent()).toBe(nl.agendaStatus.agreed);
    expect(await item(first).getByRole("button", { name: nl.agendaStatus.done, exact: true }).count()).toBe(0);

    // Someone else changes the item in between: a stale version is refused and the agenda reloads.
    await page.evaluate(async (path) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const agenda = (await (await fetch(`/api${path}/agenda`)).json()) as { items: { id: string; status: string; version: number }[] };
      const agreed = agenda.items.find((i) => i.status === "agreed");
      if (!agreed) throw new Error("no agreed item");
      const answer = await fetch(`/api/agenda/${agreed.id}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": session.csrfToken },
        body: JSON.stringify({ status: "in_progress", version: agreed.version }),
      });
      if (!answer.ok) throw new Error(`PATCH answered ${answer.status}`);
    }, personUrl);
    await item(first).getByRole("button", { name: nl.agendaStatus.parked, exact: true }).click();
    await item(first).getByRole("alert").filter({ hasText: nl.errors.stale_version }).waitFor();
    await expect.poll(() => item(first).locator(".status-tag").textContent()).toBe(nl.agendaStatus.in_progress);

    // Dropping asks who and why.
    const dropToggle = item(second).getByRole("button", { name: nl.agendaStatus.dropped, exact: true });
    await dropToggle.click();
    const dropForm = item(second).getByRole("form", { name: fill(nl.agenda.dropTitle, { title: second }) });
    await dropForm.getByRole("button", { name: nl.agenda.dropSubmit }).click();
    await dropForm.getByText(nl.agenda.dropReasonRequired).waitFor();
    await expectAccessible(page, "person: dropping an agenda item");
    await dropForm.getByRole("radio", { name: nl.raisedBy.person }).check();
    await dropForm.getByLabel(nl.agenda.dropWhy).fill("Is intussen zelf geregeld.");
    await dropForm.getByRole("button", { name: nl.agenda.dropSubmit }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.statusChanged, { title: second, status: nl.agendaStatus.dropped }) }).waitFor();
    await item(second).getByText(fill(nl.agenda.dropped, { who: nl.raisedBy.person, reason: "Is intussen zelf geregeld." })).waitFor();
    expect(await item(second).getByRole("button", { name: nl.agendaStatus.open, exact: true }).count()).toBe(1);

    // The history says who changed what, and when.
    await item(first).getByText(nl.agenda.history).click();
    const history = item(first).locator(".history-list");
    await history.getByText(fill(nl.agenda.historyFromTo, { from: nl.agendaStatus.open, to: nl.agendaStatus.agreed })).waitFor();
    expect(await history.textContent()).toContain(fill(nl.agenda.historyChanged, { name: WORKER_NAME }));
    expect(await history.textContent()).toContain(fill(nl.agenda.historyCreated, { name: WORKER_NAME }));
    expect(await history.textContent()).toContain(nl.agendaField.status);
    await expectAccessible(page, "person with agenda");

    // Drag and drop as an extra for the mouse (a tall window: Playwright cannot scroll mid-drag).
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await item(first).locator(".drag-handle").dragTo(items.nth(0));
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.moved, { title: first, position: "1", count: "2" }) }).waitFor();
    await expect.poll(savedOrder).toEqual([first, second]);
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }, SLOW);

  it("edits an agenda item in place: title and own words, with the change in the history", async () => {
    const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "");
    const before = "Werk zoeken";
    const after = "Een job vinden in de buurt";
    const words = "Liefst iets met mijn handen.";
    await page.goto(personUrl);
    await heading(page, personName);
    const section = page.getByRole("region", { name: fill(nl.agenda.title, { name: personName }) });
    await section.getByRole("button", { name: nl.agenda.open }).click();
    await section.getByLabel(nl.agenda.itemTitle).fill(before);
    await section.getByRole("button", { name: nl.agenda.submit }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.added, { title: before }) }).waitFor();
    await section.getByRole("button", { name: nl.agenda.close }).click();

    const items = section.locator(".agenda-list > li");
    const item = (name: string) => items.filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
    const editButton = (title: string) => item(title).getByRole("button", { name: fill(nl.agenda.editLabel, { title }) });
    const focused = (locator: ReturnType<typeof editButton>): Promise<boolean> => locator.evaluate((el) => el === document.activeElement);
    await editButton(before).click();
    const form = item(before).getByRole("form", { name: fill(nl.agenda.editTitle, { title: before }) });
    const title = form.getByLabel(nl.agenda.itemTitle);
    expect(await title.inputValue()).toBe(before);
    expect(await focused(title)).toBe(true);
    // An empty title is refused next to the field, and focus goes there.
    await title.fill("");
    await form.getByRole("button", { name: nl.common.save }).click();
    await form.getByText(nl.fieldErrors.required).waitFor();
    expect(await focused(title)).toBe(true);
    await title.fill(after);
    await form.getByLabel(nl.agenda.ownWords).fill(words);
    await expectAccessible(page, "person: editing an agenda item");

    // Only what changed is sent, with the version that was read.
    const patch = page.waitForRequest((request) => request.method() === "PATCH" && request.url().includes("/api/agenda/"));
    await form.getByRole("button", { name: nl.common.save }).click();
    expect((await patch).postDataJSON()).toEqual({ title: after, ownWords: words, version: 1 });
    await section.getByRole("status").filter({ hasText: fill(nl.agenda.edited, { title: after }) }).waitFor();
    expect(await item(after).locator("blockquote").textContent()).toBe(words);
    expect(await focused(editButton(after))).toBe(true);

    // The history shows the old and the new title.
    await item(after).getByText(nl.agenda.history).click();
    await item(after).locator(".history-list").getByText(fill(nl.agenda.historyFromTo, { from: before, to: after })).waitFor();

    // Cancelling puts focus back on "Aanpassen" as well.
    await editButton(after).click();
    await item(after).getByRole("button", { name: nl.common.cancel }).click();
    expect(await focused(editButton(after))).toBe(true);
  }, SLOW);

  it("shows today's appointments, lapsed contacts and open agenda items", async () => {
    const personId = personUrl.split("/").pop() ?? "";
    // An appointment now (always within today's Belgian day), and one that was cancelled.
    const startsAt = new Date(Math.floor(new Date().getTime() / 60_000) * 60_000).toISOString();
    await callApi(page, "POST", `/api/persons/${personId}/appointments`, { startsAt, place: "Het buurthuis" });
    const cancelled = await callApi<{ id: string; version: number }>(page, "POST", `/api/persons/${personId}/appointments`, { startsAt });
    await callApi(page, "PATCH", `/api/appointments/${cancelled.id}`, { status: "cancelled", reason: "Ziek", version: cancelled.version });

    await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.today }).click();
    await heading(page, nl.today.title);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    const appointments = page.getByRole("region", { name: nl.today.appointments });
    const cards = appointments.locator("li");
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.filter({ hasText: "Het buurthuis" }).getByRole("link", { name: personName }).count()).toBe(1);
    const atHome = cards.filter({ hasText: nl.appointment.atHome });
    expect(await atHome.textContent()).toContain(nl.appointmentStatus.cancelled);

    // The open agenda item of this person (the dropped one is not open).
    const agenda = page.getByRole("region", { name: nl.today.openItems });
    const group = agenda.locator(".card").filter({ has: page.getByRole("link", { name: personName }) });
    await group.getByText("Een eigen woning vinden").waitFor();
    expect(await group.textContent()).not.toContain("Schulden op een rij zetten");

    // Lapsed contacts: a list with words, or a plain sentence when there are none.
    const lapsed = page.getByRole("region", { name: nl.today.lapsed });
    const text = (await lapsed.textContent()) ?? "";
    expect(text.includes(fixed(nl.today.daysSince)) || text.includes(nl.today.neverMet) || text.includes(nl.today.noLapsed)).toBe(true);
    await expectAccessible(page, "today");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    await group.getByRole("link", { name: personName }).click();
    await heading(page, personName);
  }, SLOW);

  it("keeps strengths and own goals in the person's words: add, change, remove", async () => {
    const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "");
    await page.goto(personUrl);
    await heading(page, personName);
    const section = page.getByRole("region", { name: fill(nl.strengths.title, { name: personName }) });
    // Right after the agenda.
    const order = await page.evaluate(() => Array.from(document.querySelectorAll("main h2"), (h) => h.id));
    expect(order.indexOf("person-strengths")).toBe(order.indexOf("person-agenda") + 1);
    const good = section.getByRole("region", { name: nl.strengthKind.strength });
    const goal = section.getByRole("region", { name: nl.strengthKind.goal });
    await good.getByText(nl.strengths.empty).waitFor();

    await good.getByRole("button", { name: nl.strengths.add }).click();
    await good.getByText(nl.fieldErrors.required).waitFor();
    await good.getByLabel(nl.strengthAdd.strength).fill("Koken voor anderen");
    await good.getByRole("button", { name: nl.strengths.add }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.strengths.added, { text: "Koken voor anderen" }) }).waitFor();
    await goal.getByLabel(nl.strengthAdd.goal).fill("Terug gaan werken");
    await goal.getByRole("button", { name: nl.strengths.add }).click();
    await goal.locator("blockquote").filter({ hasText: "Terug gaan werken" }).waitFor();
    expect(await good.locator("blockquote").textContent()).toBe("Koken voor anderen");

    // Change in place; focus comes back to the button.
    await good.getByRole("button", { name: fill(nl.strengths.editNamed, { text: "Koken voor anderen" }) }).click();
    const edit = good.getByLabel(nl.strengths.editLabel);
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);
    await edit.fill("Koken voor veel mensen");
    await good.getByRole("button", { name: nl.common.save }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.strengths.saved, { text: "Koken voor veel mensen" }) }).waitFor();
    const editAgain = good.getByRole("button", { name: fill(nl.strengths.editNamed, { text: "Koken voor veel mensen" }) });
    await expect.poll(() => editAgain.evaluate((el) => el === document.activeElement)).toBe(true);

    // Removing asks first.
    await good.getByRole("button", { name: fill(nl.strengths.removeNamed, { text: "Koken voor veel mensen" }) }).click();
    await good.getByText(fill(nl.strengths.confirmRemove, { text: "Koken voor veel mensen" })).waitFor();
    await expectAccessible(page, "person: strengths, confirm removal");
    await good.getByRole("button", { name: nl.strengths.confirm }).click();
    await section.getByRole("status").filter({ hasText: fill(nl.strengths.removed, { text: "Koken voor veel mensen" }) }).waitFor();
    await good.getByText(nl.strengths.empty).waitFor();

    // Someone else changed the goal in between: the removal is refused and the list shows their text.
    const strengths = await callApi<{ items: { id: string; version: number; kind: string }[] }>(page, "GET", `/api${personUrl}/strengths`);
    const theGoal = strengths.items.find((s) => s.kind === "goal");
    await callApi(page, "PATCH", `/api/strengths/${theGoal?.id ?? ""}`, { text: "Werk vinden in een keuken", version: theGoal?.version ?? 0 });
    await goal.getByRole("button", { name: fill(nl.strengths.removeNamed, { text: "Terug gaan werken" }) }).click();
    await goal.getByRole("button", { name: nl.strengths.confirm }).click();
    await goal.getByRole("alert").filter({ hasText: nl.errors.stale_version }).waitFor();
    await goal.locator("blockquote").filter({ hasText: "Werk vinden in een keuken" }).waitFor();
    await expectAccessible(page, "person with strengths");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }, SLOW);

  it("plans an appointment, moves it with a reason and calls it off", async () => {
    const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "");
    /** A local date-time some days ahead, as <input type="datetime-local"> takes it. */
    const daysAhead = (days: number, hour: number): Promise<string> =>
      page.evaluate(
        ([days, hour]) => {
          const d = new Date();
          d.setDate(d.getDate() + days);
          const pad = (n: number): string => String(n).padStart(2, "0");
          return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
        },
        [days, hour] as const,
      );
    await page.goto(personUrl);
    await heading(page, personName);
    const section = page.getByRole("region", { name: nl.appointment.title });
    const planButton = section.getByRole("button", { name: nl.appointment.plan });
    await planButton.click();
    const form = section.getByRole("form", { name: nl.appointment.planTitle });
    await form.getByRole("button", { name: nl.appointment.planSubmit }).click();
    await form.getByText(nl.fieldErrors.required).waitFor();
    // No place is the default: at the person's home, and the form says so.
    await form.getByText(fill(nl.appointment.placeHint, { name: personName })).waitFor();
    expect(await form.getByLabel(nl.appointment.duration).inputValue()).toBe("60");
    await form.getByLabel(nl.appointment.startsAt).fill(await daysAhead(1, 10));
    await form.getByRole("checkbox", { name: "Een eigen woning vinden" }).check();
    await form.getByRole("checkbox", { name: COLLEAGUE }).check();
    await expectAccessible(page, "person: plan an appointment");
    await form.getByRole("button", { name: nl.appointment.planSubmit }).click();
    await section.getByRole("status").filter({ hasText: nl.appointment.planned }).waitFor();
    await expect.poll(() => planButton.evaluate((el) => el === document.activeElement)).toBe(true);

    const card = section.locator(".appointment").filter({ hasText: COLLEAGUE });
    const text = (await card.textContent()) ?? "";
    for (const part of [nl.appointment.atHome, WORKER_NAME, "Een eigen woning vinden"]) expect(text).toContain(part);

    // Moving needs a reason.
    await card.getByRole("button", { name: nl.appointment.move }).click();
    const move = card.getByRole("form", { name: nl.appointment.moveTitle });
    await move.getByLabel(nl.appointment.newStartsAt).fill(await daysAhead(2, 11));
    await move.getByRole("button", { name: nl.appointment.moveSubmit }).click();
    await move.getByText(nl.appointment.reasonRequired).waitFor();
    await expectAccessible(page, "person: move an appointment");
    await move.getByLabel(nl.appointment.reason).fill("Dokter");
    await move.getByRole("button", { name: nl.appointment.moveSubmit }).click();
    await section.getByRole("status").filter({ hasText: nl.appointment.moved }).waitFor();
    expect(await card.textContent()).toContain("Dokter");

    // Someone else changed it in between: refused, and the list is read again.
    const list = await callApi<{ items: { id: string; version: number; workers: { displayName: string }[] }[] }>(page, "GET", `/api${personUrl}/appointments`);
    const mine = list.items.find((a) => a.workers.some((w) => w.displayName === COLLEAGUE));
    await callApi(page, "PATCH", `/api/appointments/${mine?.id ?? ""}`, { durationMinutes: 90, version: mine?.version ?? 0 });
    await card.getByRole("button", { name: nl.appointment.cancel }).click();
    const cancel = card.getByRole("form", { name: nl.appointment.cancelTitle });
    await cancel.getByLabel(nl.appointment.reason).fill("Ziek");
    await cancel.getByRole("button", { name: nl.appointment.cancelSubmit }).click();
    await card.getByRole("alert").filter({ hasText: nl.errors.stale_version }).waitFor();
    await expect.poll(() => card.textContent()).toContain("90");

    // Calling off needs a reason too.
    await card.getByRole("button", { name: nl.appointment.cancel }).click();
    await cancel.getByLabel(nl.appointment.reason).fill("Ziek");
    await cancel.getByRole("button", { name: nl.appointment.cancelSubmit }).click();
    await section.getByRole("status").filter({ hasText: nl.appointment.cancelled }).waitFor();
    await card.getByText(nl.appointmentStatus.cancelled).waitFor();
    expect(await card.getByRole("button", { name: nl.appointment.move }).count()).toBe(0);
    await expectAccessible(page, "person with appointments");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }, SLOW);

  it("makes calendar feeds for me and for the person, and revokes them", async () => {
    const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "");
    /** The feed as a calendar app would read it: no cookies, straight from the server. */
    const readFeed = async (url: string): Promise<{ status: number; text: string }> => {
      const answer = await fetch(new URL(new URL(url).pathname, server!.url));
      return { status: answer.status, text: await answer.text() };
    };
    const tryFeed = async (panel: ReturnType<Page["getByRole"]>, create: string, what: string): Promise<void> => {
      await panel.getByText(nl.feeds.none).waitFor();
      await panel.getByRole("button", { name: create }).click();
      await panel.getByRole("status").filter({ hasText: nl.feeds.created }).waitFor();
      await panel.getByText(nl.feeds.warning).waitFor();
      const address = panel.getByLabel(nl.feeds.url);
      await expect.poll(() => address.evaluate((el) => el === document.activeElement)).toBe(true);
      const url = await address.inputValue();
      expect(url).toMatch(/\/ical\/.+\.ics$/);
      const feed = await readFeed(url);
      expect(feed.status).toBe(200);
      expect(feed.text).toContain("BEGIN:VCALENDAR");
      await panel.getByRole("button", { name: nl.feeds.copy }).waitFor();
      await expectAccessible(page, what);
      await panel.getByRole("button", { name: new RegExp(`^${nl.feeds.revoke}`) }).click();
      await panel.getByRole("status").filter({ hasText: nl.feeds.revoked }).waitFor();
      await panel.getByText(nl.feeds.none).waitFor();
      expect((await readFeed(url)).status).toBe(404);
    };

    await page.goto("/today");
    await heading(page, nl.today.title);
    await tryFeed(page.getByRole("region", { name: nl.feeds.mine.title }), nl.feeds.mine.create, "today: my calendar feed");

    await page.goto(personUrl);
    await heading(page, personName);
    await tryFeed(page.getByRole("region", { name: fill(nl.feeds.person.title, { name: personName }) }), fill(nl.feeds.person.create, { name: personName }), "person: their calendar feed");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }, SLOW);

  it("invites the person to their own Nabij, records a consent for another organisation's worker, shows it shared, and withdraws it", async () => {
    const OTHER_WORKER = "Lien Verhoeven"; // the demo's second organisation
    const OTHER_ORGANISATION = "CAW Voorbeeldregio";
    const purpose = "Samen een woning zoeken";
    /** A calendar day some days ahead, as <input type="date"> takes it. */
    const dayAhead = (days: number): Promise<string> =>
      page.evaluate((days) => {
        const d = new Date();
        d.setDate(d.getDate() + days);
        const pad = (n: number): string => String(n).padStart(2, "0");
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      }, days);
    await page.goto(personUrl);
    await heading(page, personName);

    // The person's own Nabij: a code to give in person or to send, shown once, large.
    const portal = page.getByRole("region", { name: withValues(nl.portalAccess.title, { name: personName }) });
    await portal.getByText(withValues(nl.portalAccess.none, { name: personName })).waitFor();
    await portal.getByRole("button", { name: nl.portalAccess.invite }).click();
    const code = portal.getByLabel(nl.portalAccess.code, { exact: true });
    await code.waitFor();
    const shownCode = ((await code.textContent()) ?? "").trim();
    expect(shownCode).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await portal.getByLabel(nl.portalAccess.message).inputValue()).toContain(shownCode);
    await expectAccessible(page, "person: invitation code");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    // Ending the access asks first; then the unused code stops working.
    await portal.getByRole("button", { name: nl.portalAccess.end }).click();
    await portal.getByText(withValues(nl.portalAccess.confirmEnd, { name: personName })).waitFor();
    await portal.getByRole("button", { name: nl.portalAccess.confirmEndYes }).click();
    await portal.getByRole("status").filter({ hasText: withValues(nl.portalAccess.endedNow, { name: personName }) }).waitFor();
    await portal.getByText(withValues(nl.portalAccess.none, { name: personName })).waitFor();
    expect(await code.count()).toBe(0);

    // Who may see what: a consent given in person, for one worker of another organisation.
    const section = page.getByRole("region", { name: nl.consents.title });
    await section.getByText(withValues(nl.consents.empty, { name: personName })).waitFor();
    await section.getByRole("button", { name: nl.consents.record }).click();
    const form = section.getByRole("form", { name: withValues(nl.consents.formTitle, { name: personName }) });
    await form.getByRole("button", { name: nl.consents.submit }).click();
    await form.getByText(nl.fieldErrors.recipient_required).waitFor();
    await form.getByText(nl.fieldErrors.scopesRequired).waitFor();
    expect(await form.getByLabel(nl.consents.organisation).evaluate((el) => el === document.activeElement)).toBe(true);
    const organisation = form.getByRole("combobox", { name: nl.consents.organisation });
    await organisation.locator("option", { hasText: OTHER_ORGANISATION }).waitFor({ state: "attached" });
    await organisation.selectOption({ label: OTHER_ORGANISATION });
    const worker2 = form.getByRole("combobox", { name: nl.consents.worker });
    await worker2.locator("option", { hasText: OTHER_WORKER }).waitFor({ state: "attached" });
    await worker2.selectOption({ label: OTHER_WORKER });
    await form.getByRole("checkbox", { name: nl.personPart.agenda, exact: true }).check();
    await form.getByRole("checkbox", { name: nl.personPart.encounters, exact: true }).check();
    await form.getByLabel(nl.consents.purpose).fill(purpose);
    // An end before the start is refused at the field.
    await form.getByLabel(nl.consents.validFrom).fill(await dayAhead(10));
    await form.getByLabel(nl.consents.validUntil).fill(await dayAhead(5));
    await form.getByRole("button", { name: nl.consents.submit }).click();
    await form.getByText(nl.fieldErrors.ends_before_start).waitFor();
    expect(await form.getByLabel(nl.consents.validUntil).evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, "person: recording a consent");
    await form.getByLabel(nl.consents.validFrom).fill(await dayAhead(0));
    await form.getByLabel(nl.consents.validUntil).fill(await dayAhead(30));
    const recipient = withValues(nl.consents.workerAt, { worker: OTHER_WORKER, organisation: OTHER_ORGANISATION });
    await form.getByRole("button", { name: nl.consents.submit }).click();
    await section.getByRole("status").filter({ hasText: withValues(nl.consents.recorded, { recipient }) }).waitFor();
    const card = section.locator(".consent").filter({ hasText: recipient });
    const text = (await card.textContent()) ?? "";
    for (const part of [nl.consentState.active, nl.personPart.agenda, nl.personPart.encounters, purpose, nl.consentGivenHow.in_person, WORKER_NAME]) expect(text).toContain(part);
    await expectAccessible(page, "person with portal and consents");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    // The other organisation's worker finds the person under "Gedeeld met mij": the parts given, read only.
    const other = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE" });
    other.setDefaultTimeout(10_000);
    try {
      const otherPage = await other.newPage();
      await otherPage.goto("/login");
      await heading(otherPage, nl.login.title);
      await loginInDutch(otherPage, "worker@demo2.nabij.be");
      await otherPage.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.shared }).click();
      await heading(otherPage, nl.shared.title);
      const link = otherPage.getByRole("link", { name: personName });
      await link.waitFor();
      expect(await otherPage.locator(".shared-list > li").filter({ has: link }).textContent()).toContain(purpose);
      await expectAccessible(otherPage, "shared with me");
      await link.click();
      await heading(otherPage, personName);
      await otherPage.getByRole("region", { name: nl.shared.agenda }).getByText("Een eigen woning vinden").waitFor();
      await otherPage.getByRole("heading", { level: 2, name: nl.person.encounters }).waitFor();
      expect(await otherPage.getByRole("region", { name: nl.shared.appointments }).count()).toBe(0);
      expect(await otherPage.locator("main").getByRole("button").count()).toBe(0);
      await expectAccessible(otherPage, "shared: read-only view");

      // Withdrawn: it takes effect at once.
      await card.getByRole("button", { name: nl.consents.withdraw }).click();
      await card.getByText(withValues(nl.consents.confirmWithdraw, { recipient })).waitFor();
      await card.getByRole("button", { name: nl.consents.confirmWithdrawYes }).click();
      await section.getByRole("status").filter({ hasText: withValues(nl.consents.withdrawn, { recipient }) }).waitFor();
      await expect.poll(() => card.textContent()).toContain(nl.consentState.withdrawn);
      expect(await card.getByRole("button", { name: nl.consents.withdraw }).count()).toBe(0);
      await otherPage.reload();
      await heading(otherPage, nl.shared.title);
      await otherPage.getByText(nl.shared.notShared).waitFor();
    } finally {
      await other.close();
    }
  }, SLOW);

  it("logs an encounter on a 360 px phone in at most 4 taps", async () => {
    const phone = await browser!.newContext({
      baseURL: server!.url,
      locale: "nl-BE",
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      storageState: await worker.storageState(),
    });
    // Counts every tap/click the page receives, whichever element it lands on.
    await phone.addInitScript(() => {
      const w = window as unknown as { nabijTaps: number };
      w.nabijTaps = 0;
      document.addEventListener("click", () => w.nabijTaps++, true);
    });
    phone.setDefaultTimeout(10_000);
    const mobile = await phone.newPage();
    try {
      await mobile.goto(personUrl);
      await heading(mobile, personName);
      await expectNoHorizontalScroll(mobile);
      await mobile.getByRole("link", { name: nl.person.logEncounter }).tap();
      await heading(mobile, nl.encounterForm.withPerson.replace("{{name}}", personName));
      await expectNoHorizontalScroll(mobile);
      await expectAccessible(mobile, "encounter form (phone)");

      const tapsBefore = await mobile.evaluate(() => (window as unknown as { nabijTaps: number }).nabijTaps);
      await mobile.getByText(nl.placeType.street, { exact: true }).tap();
      await mobile.getByRole("button", { name: nl.encounterForm.submit }).tap();
      await heading(mobile, personName);
      const taps = (await mobile.evaluate(() => (window as unknown as { nabijTaps: number }).nabijTaps)) - tapsBefore;
      expect(taps).toBeLessThanOrEqual(4);

      await mobile.getByRole("status").filter({ hasText: nl.person.encounterSaved }).waitFor();
      const encounters = mobile.locator(".encounter-list > li");
      await expect.poll(() => encounters.count()).toBe(1);
      expect(await encounters.first().textContent()).toContain(nl.placeType.street);
      // Time for the relationship: one encounter in the last 90 days, with this worker.
      await mobile.getByRole("heading", { level: 2, name: nl.relationship.title }).waitFor();
      await mobile.getByText(nl.relationship.contacts90.replace("{{n}}", "1")).waitFor();
    } finally {
      await phone.close();
    }
  }, SLOW);

  it("logs an encounter with the keyboard only", async () => {
    await page.goto(personUrl);
    await heading(page, personName);
    await page.getByRole("link", { name: nl.person.logEncounter }).focus();
    await page.keyboard.press("Enter");
    await heading(page, nl.encounterForm.withPerson.replace("{{name}}", personName));

    // Saving without a place moves focus to the place choice and says why.
    const submit = page.getByRole("button", { name: nl.encounterForm.submit });
    await submit.focus();
    await page.keyboard.press("Enter");
    await page.getByText(nl.fieldErrors.placeTypeRequired).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("radio");
    await page.keyboard.press("Space"); // the first place type: home
    // Tab on to the save button, as a keyboard user would.
    for (let i = 0; i < 40; i++) {
      const onSubmit = await page.evaluate(() => document.activeElement?.getAttribute("type") === "submit");
      if (onSubmit) break;
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await heading(page, personName);
    await expect.poll(() => page.locator(".encounter-list > li").count()).toBe(2);
    expect(await page.locator(".encounter-list").textContent()).toContain(nl.placeType.home);
  }, SLOW);

  it("edits a person's name and phone, and clears a field", async () => {
    await page.goto(personUrl);
    await heading(page, personName);
    await page.getByRole("link", { name: nl.person.edit }).click();
    await heading(page, editTitle(personName));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(await page.getByLabel(nl.personForm.displayName).inputValue()).toBe(personName);
    await expectAccessible(page, "edit form");

    // The server checks as well: its field errors appear next to the input (body.email → e-mail).
    const email = page.getByLabel(nl.personForm.email);
    await email.fill("geen-e-mailadres");
    await page.getByRole("button", { name: nl.personEdit.submit }).click();
    await page.getByText(nl.fieldErrors.email).waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("email");
    await page.getByRole("alert").filter({ hasText: nl.errors.validation_failed }).waitFor();
    await expectAccessible(page, "edit form with errors");
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });

    await email.fill("");
    await page.getByLabel(nl.personForm.displayName).fill(editedName);
    await page.getByLabel(nl.personForm.phone).fill("0470 12 34 56");
    await page.getByLabel(nl.personForm.legalName).fill("Wordt Gewist");
    await page.getByRole("button", { name: nl.personEdit.submit }).click();
    await heading(page, editedName);
    expect(new URL(page.url()).pathname).toBe(personUrl);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.getByRole("status").filter({ hasText: nl.person.personUpdated }).waitFor();
    const details = page.getByRole("region", { name: nl.person.details });
    await details.getByRole("link", { name: "0470 12 34 56" }).waitFor();
    expect(await details.textContent()).toContain("Wordt Gewist");

    // Clearing an optional field sends null: the official name is "not filled in" again.
    await page.getByRole("link", { name: nl.person.edit }).click();
    await heading(page, editTitle(editedName));
    await page.getByLabel(nl.personForm.legalName).fill("");
    await page.getByRole("button", { name: nl.personEdit.submit }).click();
    await page.getByRole("status").filter({ hasText: nl.person.personUpdated }).waitFor();
    const saved = await page.evaluate(async (path) => (await (await fetch(`/api${path}`)).json()) as { legalName: string | null; phone: string | null }, personUrl);
    expect(saved).toMatchObject({ legalName: null, phone: "0470 12 34 56" });
    expect(await details.textContent()).not.toContain("Wordt Gewist");
  }, SLOW);

  it("shows a conflict when someone else saved first, and keeps what the user typed", async () => {
    await page.goto(`${personUrl}/edit`);
    await heading(page, editTitle(editedName));
    // Someone else saves in between: through the API, with the session's CSRF token.
    await page.evaluate(async (path) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const person = (await (await fetch(`/api${path}`)).json()) as { version: number };
      const answer = await fetch(`/api${path}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": session.csrfToken },
        body: JSON.stringify({ legalName: "Iemand Anders", phone: "0488 88 88 88", version: person.version }),
      });
      if (!answer.ok) throw new Error(`PATCH answered ${answer.status}`);
    }, personUrl);

    const phone = page.getByLabel(nl.personForm.phone);
    await phone.fill("0499 99 99 99");
    await page.getByRole("button", { name: nl.personEdit.submit }).click();
    await page.getByRole("alert").filter({ hasText: nl.personEdit.stale }).waitFor();
    // Their change to a field the user left alone is taken over; the user's own value stays.
    expect(await page.getByLabel(nl.personForm.legalName).inputValue()).toBe("Iemand Anders");
    expect(await phone.inputValue()).toBe("0499 99 99 99");
    await page.getByText(nl.personEdit.conflict.replace("{{value}}", "0488 88 88 88")).waitFor();
    await expectAccessible(page, "edit form after a conflict");

    await page.getByRole("button", { name: nl.personEdit.submit }).click();
    await heading(page, editedName);
    await page.getByRole("status").filter({ hasText: nl.person.personUpdated }).waitFor();
    const details = page.getByRole("region", { name: nl.person.details });
    await details.getByRole("link", { name: "0499 99 99 99" }).waitFor();
    expect(await details.textContent()).toContain("Iemand Anders");
  }, SLOW);

  it("involves a colleague and removes them again", async () => {
    await page.goto(personUrl);
    await heading(page, editedName);
    const section = page.getByRole("region", { name: nl.person.involved });
    const colleague = section.getByLabel(nl.involvement.colleague, { exact: true });
    const option = colleague.locator("option", { hasText: COLLEAGUE });
    await option.waitFor({ state: "attached" });
    await colleague.selectOption((await option.getAttribute("value")) ?? "");
    await section.getByRole("button", { name: nl.involvement.addSubmit }).click();
    await section.getByRole("status").filter({ hasText: nl.involvement.added.replace("{{name}}", COLLEAGUE) }).waitFor();
    const removeColleague = section.getByRole("button", { name: nl.involvement.removeLabel.replace("{{name}}", COLLEAGUE) });
    await removeColleague.waitFor();
    expect(await colleague.locator("option", { hasText: COLLEAGUE }).count()).toBe(0);

    // Removing asks first; cancelling puts focus back on the button.
    await removeColleague.click();
    await section.getByText(nl.involvement.confirmRemove.replace("{{name}}", COLLEAGUE)).waitFor();
    await expectAccessible(page, "person: confirm removal");
    await section.getByRole("button", { name: nl.common.cancel }).click();
    expect(await removeColleague.evaluate((el) => el === document.activeElement)).toBe(true);

    await removeColleague.click();
    await section.getByRole("button", { name: nl.involvement.confirm }).click();
    await section.getByRole("status").filter({ hasText: nl.involvement.removed.replace("{{name}}", COLLEAGUE) }).waitFor();
    await expect.poll(() => removeColleague.count()).toBe(0);

    // The last involved worker stays: the server says why, in words.
    const removeSelf = section.getByRole("button", { name: nl.involvement.removeLabel.replace("{{name}}", WORKER_NAME) });
    await removeSelf.click();
    await section.getByText(nl.involvement.confirmRemoveSelf).waitFor();
    await section.getByRole("button", { name: nl.involvement.confirm }).click();
    await section.getByRole("alert").filter({ hasText: nl.involvement.lastWorker }).waitFor();
    expect(await removeSelf.evaluate((el) => el === document.activeElement)).toBe(true);
  }, SLOW);

  it("sends a worker who ends their own involvement back to the caseload", async () => {
    // A person of their own, with a colleague involved, so the worker may step out.
    const name = `E2E Overdracht ${randomUUID().slice(0, 8)}`;
    await page.goto("/");
    await heading(page, nl.caseload.title);
    await page.getByRole("button", { name: nl.caseload.newPerson }).click();
    await page.getByLabel(nl.personForm.displayName).fill(name);
    await page.getByRole("button", { name: nl.personForm.submit }).click();
    await heading(page, name);
    const section = page.getByRole("region", { name: nl.person.involved });
    const colleague = section.getByLabel(nl.involvement.colleague, { exact: true });
    const option = colleague.locator("option", { hasText: COLLEAGUE });
    await option.waitFor({ state: "attached" });
    // From here on with the keyboard: Tab to the button, Enter.
    await colleague.selectOption((await option.getAttribute("value")) ?? "");
    await colleague.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await section.getByRole("status").filter({ hasText: nl.involvement.added.replace("{{name}}", COLLEAGUE) }).waitFor();

    await section.getByRole("button", { name: nl.involvement.removeLabel.replace("{{name}}", WORKER_NAME) }).focus();
    await page.keyboard.press("Enter");
    await section.getByText(nl.involvement.confirmRemoveSelf).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nl.involvement.confirm);
    await page.keyboard.press("Enter");
    await heading(page, nl.caseload.title);
    await page.getByRole("status").filter({ hasText: nl.caseload.leftPerson }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.getByLabel(nl.caseload.search).fill(name);
    await page.getByText(nl.caseload.noResults).waitFor();
  }, SLOW);

  it("keeps a worker out of administration", async () => {
    await page.goto("/admin");
    await heading(page, nl.admin.title);
    await page.getByText(nl.admin.notAllowed).waitFor();
    expect(await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.admin }).count()).toBe(0);
  }, SLOW);

  it("switches to French, and keeps it for the account", async () => {
    await page.goto("/");
    await heading(page, nl.caseload.title);
    await page.getByRole("button", { name: frPerson.languageName }).click();
    await heading(page, fr.caseload.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr-BE");
    await page.getByRole("button", { name: fr.caseload.newPerson }).waitFor();
    await page.reload();
    await heading(page, fr.caseload.title);
    await expectAccessible(page, "caseload in French");
    // Back to Dutch for the other tests (and to check the switch works both ways).
    await page.getByRole("button", { name: nlPerson.languageName }).click();
    await heading(page, nl.caseload.title);
  }, SLOW);

  it("keeps the language chosen on the login page after logging in", async () => {
    const fresh = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE" });
    try {
      const other = await fresh.newPage();
      await other.goto("/login");
      await heading(other, nl.login.title);
      await other.getByRole("button", { name: enPerson.languageName }).click();
      await heading(other, en.login.title);
      await other.getByLabel(en.login.email).fill("coordinator@demo.nabij.be");
      await other.getByLabel(en.login.password, { exact: true }).fill(PASSWORD);
      await other.getByRole("button", { name: en.login.submit }).click();
      await heading(other, en.today.title);
      expect(await other.evaluate(() => document.documentElement.lang)).toBe("en");
      await other.reload();
      await heading(other, en.today.title);
    } finally {
      await fresh.close();
    }
  }, SLOW);

  it("logs an encounter and adds an agenda item without a connection, and sends each once when it returns", async () => {
    // A context of its own: the service worker and the outbox start from nothing here.
    const field = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE });
    field.setDefaultTimeout(10_000);
    try {
      const phone = await field.newPage();
      await readyForTheField(phone);

      const name = `E2E Veld ${randomUUID().slice(0, 8)}`;
      const person = await callApi<{ id: string }>(phone, "POST", "/api/persons", { displayName: name });
      const personPath = `/persons/${person.id}`;

      /** Asks the server itself, from Node with the browser's session cookie (no service worker in between). */
      const serverCount = async (what: "encounters" | "agenda"): Promise<number> => {
        const cookie = (await field.cookies(server!.url)).map((c) => `${c.name}=${c.value}`).join("; ");
        const answer = await fetch(`${server!.url}/api/persons/${person.id}/${what}`, { headers: { cookie, accept: "application/json" } });
        expect(answer.status).toBe(200);
        return ((await answer.json()) as { items: unknown[] }).items.length;
      };
      const outboxStatus = phone.locator(".outbox-status [role=status]");
      const waitingOne = async (): Promise<void> => {
        await expect.poll(() => outboxStatus.textContent()).toBe(nl.offline.waitingOne);
        expect(await outboxStatus.getAttribute("aria-live")).toBe("polite");
      };

      // An encounter, offline.
      await phone.goto(personPath);
      await heading(phone, name);
      expect(await serverCount("encounters")).toBe(0);
      await field.setOffline(true);
      await phone.getByRole("link", { name: nl.person.logEncounter }).click();
      await heading(phone, nl.encounterForm.withPerson.replace("{{name}}", name));
      await phone.getByRole("radio", { name: nl.placeType.street }).check();
      await phone.getByRole("button", { name: nl.encounterForm.submit }).click();
      await phone.getByRole("status").filter({ hasText: nl.offline.encounterSaved }).waitFor();
      expect(new URL(phone.url()).pathname).toBe(personPath);
      await waitingOne();
      await expectAccessible(phone, "person page with an encounter waiting to be sent");

      // A reload while still offline: the service worker serves the app, the outbox is still there.
      await phone.reload();
      await phone.getByRole("navigation", { name: nl.layout.mainNav }).waitFor();
      await waitingOne();
      expect(await serverCount("encounters")).toBe(0);

      await field.setOffline(false);
      await expect.poll(() => outboxStatus.textContent(), { timeout: 15_000 }).toBe(nl.offline.allSent);
      expect(await serverCount("encounters")).toBe(1);
      await phone.goto(personPath);
      await heading(phone, name);
      const encounters = phone.getByRole("region", { name: nl.person.encounters }).locator("li.encounter");
      await expect.poll(() => encounters.count()).toBe(1);
      expect(await encounters.first().textContent()).toContain(nl.placeType.street);

      // An agenda item, offline.
      const agendaTitle = "Een fiets om naar het werk te gaan";
      expect(await serverCount("agenda")).toBe(0);
      const section = phone.getByRole("region", { name: nl.agenda.title.replace("{{name}}", name) });
      await section.getByText(nl.agenda.empty).waitFor();
      await field.setOffline(true);
      await section.getByRole("button", { name: nl.agenda.open }).click();
      await section.getByLabel(nl.agenda.itemTitle).fill(agendaTitle);
      await section.getByRole("button", { name: nl.agenda.submit }).click();
      await section.getByRole("status").filter({ hasText: nl.offline.agendaSaved.replace("{{title}}", agendaTitle) }).waitFor();
      await waitingOne();
      await expectAccessible(phone, "agenda with an item waiting to be sent");

      // Logging out with something unsent asks first; staying keeps everything.
      await phone.getByRole("button", { name: nl.layout.logout }).click();
      const dialog = phone.getByRole("dialog", { name: nl.offline.logoutTitle });
      await dialog.waitFor();
      expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe(nl.offline.logoutStay);
      await expectAccessible(phone, "log out with unsent items");
      await phone.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe(nl.layout.logout);

      await phone.reload();
      await phone.getByRole("navigation", { name: nl.layout.mainNav }).waitFor();
      await waitingOne();
      expect(await serverCount("agenda")).toBe(0);

      await field.setOffline(false);
      await expect.poll(() => outboxStatus.textContent(), { timeout: 15_000 }).toBe(nl.offline.allSent);
      expect(await serverCount("agenda")).toBe(1);
      await phone.goto(personPath);
      await heading(phone, name);
      const items = section.locator(".agenda-list > li");
      await expect.poll(() => items.count()).toBe(1);
      expect(await items.first().getByRole("heading", { level: 3 }).textContent()).toBe(agendaTitle);
      // The service worker keeps the app shell only: no API answer is in any cache.
      const cached = await phone.evaluate(async () => {
        const paths: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
        return paths;
      });
      expect(cached).toContain("/index.html");
      expect(cached.filter((path) => /^\/(api|ical|healthz|readyz)/.test(path))).toEqual([]);
      // Nothing left to send: logging out asks nothing.
      await phone.getByRole("button", { name: nl.layout.logout }).click();
      await heading(phone, nl.login.title);
    } finally {
      await field.close();
    }
  }, 120_000);

  it("links an anonymous encounter to a person with their consent, and undoes the link", async () => {
    const tag = randomUUID().slice(0, 8);
    const nickname = `Vogel ${tag}`;
    const personA = `E2E Koppel ${tag} A`;
    const personB = `E2E Koppel ${tag} B`;
    await page.goto("/today");
    await heading(page, nl.today.title);
    const encounter = await callApi<{ id: string }>(page, "POST", "/api/encounters", {
      startedAt: new Date().toISOString(),
      placeType: "street",
      durationMinutes: 20,
      anonymous: { nickname, description: "Jonge man met een rode rugzak", headCount: 2 },
    });
    const a = await callApi<{ id: string }>(page, "POST", "/api/persons", { displayName: personA });
    const b = await callApi<{ id: string }>(page, "POST", "/api/persons", { displayName: personB });

    // From today's page, by its link.
    await page.reload();
    await heading(page, nl.today.title);
    await page.getByRole("link", { name: nl.today.anonymousLink }).click();
    await heading(page, nl.anonymousEncounters.title);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    const card = page.locator("li.anonymous-encounter").filter({ hasText: nickname });
    await card.waitFor();
    expect(await card.textContent()).toContain(nl.placeType.street);
    expect(await card.textContent()).toContain("Jonge man met een rode rugzak");
    await card.getByText(nl.anonymousEncounters.notLinked).waitFor();
    await expectAccessible(page, "anonymous encounters");

    // Nothing chosen, no consent: linking does not happen, focus goes to what is missing.
    await card.getByRole("button", { name: nl.anonymousEncounters.link }).click();
    const form = card.getByRole("form", { name: nl.anonymousEncounters.linkTitle });
    await form.waitFor();
    await form.getByRole("button", { name: nl.anonymousEncounters.linkSubmit }).click();
    await form.getByText(nl.anonymousEncounters.choosePersonFirst).waitFor();
    await form.getByText(nl.anonymousEncounters.consentRequired).waitFor();
    await form.getByText(nl.anonymousEncounters.methodRequired).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true");
    await expectAccessible(page, "link form with errors");

    await form.getByLabel(nl.anonymousEncounters.searchPerson).fill(personA);
    await form.getByRole("radio", { name: personA }).check();
    await form.getByRole("checkbox", { name: nl.anonymousEncounters.consentGiven }).check();
    await form.getByRole("radio", { name: nl.anonymousEncounters.methods.verbal }).check();
    await form.getByLabel(nl.anonymousEncounters.consentNote).fill("Vond het goed, bij de koffie.");
    await form.getByRole("button", { name: nl.anonymousEncounters.linkSubmit }).click();
    await page.getByRole("status").filter({ hasText: withValues(nl.anonymousEncounters.linked, { name: personA }) }).waitFor();
    await card.getByRole("link", { name: personA }).waitFor();
    await form.waitFor({ state: "detached" });

    // Someone links the same person meanwhile (another tab): the page says so and shows how it is now.
    await card.getByRole("button", { name: nl.anonymousEncounters.link }).click();
    await form.getByLabel(nl.anonymousEncounters.searchPerson).fill(personB);
    await form.getByRole("radio", { name: personB }).check();
    await form.getByRole("checkbox", { name: nl.anonymousEncounters.consentGiven }).check();
    await form.getByRole("radio", { name: nl.anonymousEncounters.methods.written }).check();
    await callApi(page, "POST", `/api/encounters/${encounter.id}/links`, { personId: b.id, consent: { given: true, method: "written" } });
    await form.getByRole("button", { name: nl.anonymousEncounters.linkSubmit }).click();
    await page.getByRole("alert").filter({ hasText: withValues(nl.anonymousEncounters.alreadyLinked, { name: personB }) }).waitFor();
    await card.getByRole("link", { name: personB }).waitFor();
    await form.getByRole("button", { name: nl.common.cancel }).click();

    // The linked encounter is now among the person's encounters.
    await page.goto(`/persons/${a.id}`);
    await heading(page, personA);
    await expect.poll(() => page.locator(".encounter-list > li").count()).toBe(1);

    // Undo, after a confirmation, with the keyboard.
    await page.goto("/encounters/anonymous");
    await heading(page, nl.anonymousEncounters.title);
    const undo = card.getByRole("button", { name: withValues(nl.anonymousEncounters.unlinkLabel, { name: personA }) });
    await undo.focus();
    await page.keyboard.press("Enter");
    const question = card.getByRole("group", { name: withValues(nl.anonymousEncounters.confirmUnlink, { name: personA }) });
    await question.waitFor();
    await expectAccessible(page, "undo a link: confirmation");
    await question.getByRole("button", { name: nl.anonymousEncounters.confirmUnlinkYes }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: withValues(nl.anonymousEncounters.unlinked, { name: personA }) }).waitFor();
    await expect.poll(() => card.getByRole("link", { name: personA }).count()).toBe(0);
    await card.getByRole("link", { name: personB }).waitFor();
    await page.goto(`/persons/${a.id}`);
    await heading(page, personA);
    await page.getByText(nl.person.noEncounters).waitFor();

    await page.goto("/encounters/anonymous");
    await heading(page, nl.anonymousEncounters.title);
    await card.waitFor();
    await page.setViewportSize(PHONE);
    await card.getByRole("button", { name: nl.anonymousEncounters.link }).click();
    await card.getByRole("form", { name: nl.anonymousEncounters.linkTitle }).waitFor();
    await expectNoHorizontalScroll(page);
    await page.setViewportSize({ width: 1280, height: 720 });
  }, SLOW);

  it("shows a coordinator the team's time for relationships, counts only", async () => {
    // A worker has no team view in the menu.
    await page.goto("/today");
    await heading(page, nl.today.title);
    expect(await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.team }).count()).toBe(0);

    const context = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE" });
    context.setDefaultTimeout(10_000);
    try {
      const coordinator = await context.newPage();
      await coordinator.goto("/login");
      await heading(coordinator, nl.login.title);
      await loginInDutch(coordinator, "coordinator@demo.nabij.be");
      await coordinator.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.team }).click();
      await heading(coordinator, nl.team.title);
      expect(await coordinator.evaluate(() => document.activeElement?.tagName)).toBe("H1");
      await coordinator.getByText(nl.team.reflection).waitFor();
      await coordinator.getByRole("heading", { level: 2, name: nl.team.yourTeam }).waitFor();
      const table = coordinator.getByRole("table", { name: withValues(nl.team.caption, { team: nl.team.yourTeam, weeks: "8" }) });
      await table.waitFor();
      // Worker, persons, lapsed, 8 weeks and the total.
      expect(await table.getByRole("columnheader").count()).toBe(12);
      expect(await table.getByRole("columnheader").nth(11).textContent()).toBe(nl.team.total);
      await table.getByRole("rowheader", { name: WORKER_NAME }).waitFor();
      await table.getByRole("rowheader", { name: COLLEAGUE }).waitFor();
      const samRow = table.getByRole("row").filter({ has: coordinator.getByRole("rowheader", { name: WORKER_NAME }) });
      expect(Number(await samRow.getByRole("cell").first().textContent())).toBeGreaterThan(0);
      await expectAccessible(coordinator, "team");
      await coordinator.setViewportSize(PHONE);
      await expectNoHorizontalScroll(coordinator);
      await expectAccessible(coordinator, "team (phone)");
    } finally {
      await context.close();
    }
  }, SLOW);

  it("shows an item the server refuses with its reason, and lets the worker remove it", async () => {
    const field = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE });
    field.setDefaultTimeout(10_000);
    try {
      const phone = await field.newPage();
      await readyForTheField(phone);
      const name = `E2E Geweigerd ${randomUUID().slice(0, 8)}`;
      const person = await callApi<{ id: string }>(phone, "POST", "/api/persons", { displayName: name });
      const me = (await callApi<{ user: { id: string } }>(phone, "GET", "/api/auth/session")).user;
      const colleagues = await callApi<{ items: { id: string; displayName: string }[] }>(phone, "GET", "/api/users");
      const colleague = colleagues.items.find((c) => c.displayName === COLLEAGUE);
      expect(colleague).toBeDefined();

      await phone.goto(`/persons/${person.id}`);
      await heading(phone, name);
      await field.setOffline(true);
      await phone.getByRole("link", { name: nl.person.logEncounter }).click();
      await heading(phone, nl.encounterForm.withPerson.replace("{{name}}", name));
      await phone.getByRole("radio", { name: nl.placeType.home }).check();
      await phone.getByRole("button", { name: nl.encounterForm.submit }).click();
      await phone.getByRole("status").filter({ hasText: nl.offline.encounterSaved }).waitFor();
      const outboxStatus = phone.locator(".outbox-status [role=status]");
      await expect.poll(() => outboxStatus.textContent()).toBe(nl.offline.waitingOne);

      // Meanwhile the admin hands the person over to a colleague: the worker no longer sees them.
      const admin = await loginFromNode(server!.url, ADMIN);
      await admin.call("POST", "/api/admin/involvements", { personId: person.id, userId: colleague!.id });
      await admin.call("DELETE", `/api/admin/involvements/${person.id}/${me.id}`);

      await field.setOffline(false);
      const refused = phone.locator(".outbox-refused");
      await refused.waitFor();
      expect(await refused.getAttribute("role")).toBe("alert");
      const text = (await refused.textContent()) ?? "";
      expect(text).toContain(nl.offline.refusedOne);
      expect(text).toContain(withValues(nl.offline.encounterEntryWith, { name }));
      // The server no longer lets this worker write about the person: the reason says so.
      expect(text).toContain(withValues(nl.offline.refusedBecause, { reason: nl.errors.validation_failed }));
      expect(text).toContain(nl.fieldErrors.unknown_person);
      await expect.poll(() => outboxStatus.textContent()).not.toBe(nl.offline.waitingOne);
      await expectAccessible(phone, "a refused item");
      await expectNoHorizontalScroll(phone);

      await refused.getByRole("button", { name: nl.offline.discard }).click();
      await refused.waitFor({ state: "detached" });
      expect(await phone.getByRole("button", { name: nl.offline.sendNow }).count()).toBe(0);
      await phone.reload();
      await phone.getByRole("navigation", { name: nl.layout.mainNav }).waitFor();
      expect(await phone.locator(".outbox-refused").count()).toBe(0);
    } finally {
      await field.close();
    }
  }, 120_000);

  it("keeps one user's waiting items from the next user who logs in on the same browser", async () => {
    const field = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE });
    field.setDefaultTimeout(10_000);
    const syncRequests: string[] = [];
    try {
      const phone = await field.newPage();
      phone.on("request", (request) => {
        if (new URL(request.url()).pathname === "/api/sync") syncRequests.push(request.method());
      });
      await readyForTheField(phone);
      const name = `E2E Gedeeld ${randomUUID().slice(0, 8)}`;
      const person = await callApi<{ id: string }>(phone, "POST", "/api/persons", { displayName: name });

      // The item cannot be sent: first no connection, then the sync endpoint stays unreachable.
      await phone.goto(`/persons/${person.id}`);
      await heading(phone, name);
      await field.setOffline(true);
      await phone.getByRole("link", { name: nl.person.logEncounter }).click();
      await heading(phone, nl.encounterForm.withPerson.replace("{{name}}", name));
      await phone.getByRole("radio", { name: nl.placeType.street }).check();
      await phone.getByRole("button", { name: nl.encounterForm.submit }).click();
      await phone.getByRole("status").filter({ hasText: nl.offline.encounterSaved }).waitFor();
      const outboxStatus = phone.locator(".outbox-status [role=status]");
      await expect.poll(() => outboxStatus.textContent()).toBe(nl.offline.waitingOne);
      await field.route("**/api/sync", (route) => route.abort("internetdisconnected"));
      await field.setOffline(false);

      await phone.getByRole("button", { name: nl.layout.logout }).click();
      const dialog = phone.getByRole("dialog", { name: nl.offline.logoutTitle });
      await dialog.getByRole("button", { name: nl.offline.logoutAnyway }).click();
      await heading(phone, nl.login.title);

      // Another user on the same browser: nothing of the first user's is shown or sent.
      const sentBefore = syncRequests.length;
      await loginInDutch(phone, "coordinator@demo.nabij.be");
      await phone.locator(".today-date").waitFor();
      await phone.reload();
      await heading(phone, nl.today.title);
      await phone.locator(".today-date").waitFor();
      expect(await outboxStatus.textContent()).toBe("");
      expect(await phone.getByRole("button", { name: nl.offline.sendNow }).count()).toBe(0);
      expect(syncRequests.slice(sentBefore)).toEqual([]);
      // The coordinator sees the person through the team: nothing arrived on the server.
      const encounters = await callApi<{ items: unknown[] }>(phone, "GET", `/api/persons/${person.id}/encounters`);
      expect(encounters.items).toEqual([]);

      // The first user comes back: their item is still there and is sent now.
      await phone.getByRole("button", { name: nl.layout.logout }).click();
      await heading(phone, nl.login.title);
      await field.unroute("**/api/sync");
      await login(phone, WORKER);
      await phone.getByRole("navigation", { name: nl.layout.mainNav }).waitFor();
      await expect.poll(() => outboxStatus.textContent(), { timeout: 15_000 }).toBe(nl.offline.allSent);
      const sent = await callApi<{ items: unknown[] }>(phone, "GET", `/api/persons/${person.id}/encounters`);
      expect(sent.items).toHaveLength(1);
    } finally {
      await field.close();
    }
  }, 120_000);

  it("records a life-domains assessment, keeps the person's network by keyboard, and lets an admin set the domains", async () => {
    const OTHER_ORGANISATION = "CAW Voorbeeldregio";
    const context = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE" });
    context.setDefaultTimeout(10_000);
    try {
      const wp = await context.newPage();
      await wp.goto("/login");
      await heading(wp, nl.login.title);
      await loginInDutch(wp, WORKER);
      // A demo person from the worker's caseload (not one an earlier test made).
      const caseload = await callApi<{ items: { id: string; displayName: string }[] }>(wp, "GET", "/api/persons");
      const demo = caseload.items.find((p) => !p.displayName.startsWith("E2E"));
      if (!demo) throw new Error("no demo person in the caseload");
      const name = demo.displayName;
      await wp.goto(`/persons/${demo.id}`);
      await heading(wp, name);

      // Life domains: nothing rated yet; an assessment with a couple of domains.
      const domains = wp.getByRole("region", { name: withValues(nl.lifeDomains.title, { name }) });
      await domains.getByText(withValues(nl.lifeDomains.noAssessment, { name })).waitFor();
      await domains.getByRole("button", { name: nl.lifeDomains.record }).click();
      const form = domains.getByRole("form", { name: withValues(nl.lifeDomains.formTitle, { name }) });
      await form.getByRole("button", { name: nl.lifeDomains.submit }).click();
      await form.getByRole("alert").filter({ hasText: nl.lifeDomains.nothingFilled }).waitFor();
      const rate = async (domain: string, who: "person" | "worker", n: "1" | "2" | "3" | "4" | "5"): Promise<void> => {
        const block = form.locator("details.rating-domain", { has: wp.locator("summary", { hasText: domain }) });
        const legend = who === "person" ? withValues(nl.lifeDomains.personRating, { name }) : nl.lifeDomains.workerRating;
        await block.getByRole("group", { name: legend }).getByRole("radio", { name: withValues(nl.lifeDomains.ratingChoice, { n, label: nl.rating[n] }) }).check();
      };
      await form.locator("summary", { hasText: nl.lifeDomain.housing }).click();
      await rate(nl.lifeDomain.housing, "person", "2");
      await rate(nl.lifeDomain.housing, "worker", "1");
      await form.locator("summary", { hasText: nl.lifeDomain.income }).click();
      await rate(nl.lifeDomain.income, "person", "4");
      await form.getByLabel(withValues(nl.lifeDomains.domainNote, { domain: nl.lifeDomain.income })).fill("De schuldbemiddeling loopt.");
      await form.locator("summary", { hasText: nl.encounterForm.colleagues }).click();
      await form.getByRole("checkbox", { name: COLLEAGUE }).check();
      await form.getByLabel(nl.lifeDomains.others).fill("haar zus");

      // The network's add form open as well: axe on the page with both sections and both forms.
      const network = wp.getByRole("region", { name: withValues(nl.network.title, { name }) });
      await network.getByText(withValues(nl.network.empty, { name })).waitFor();
      await network.getByRole("button", { name: nl.network.add }).click();
      await network.getByRole("form", { name: withValues(nl.network.addTitle, { name }) }).waitFor();
      await expectAccessible(wp, "person: life domains and network, forms open");
      await wp.setViewportSize(PHONE);
      await expectNoHorizontalScroll(wp, "person with both forms open, on a phone");
      await wp.setViewportSize({ width: 1280, height: 720 });
      await network.getByRole("button", { name: nl.common.cancel }).click();

      const posted = wp.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(`/api/persons/${demo.id}/assessments`));
      await form.getByRole("button", { name: nl.lifeDomains.submit }).click();
      const body = (await posted).postDataJSON() as { ratings: unknown[]; participants: { person: boolean; workerIds: string[]; others: string } };
      expect(body.ratings).toEqual([
        { domain: "income", personRating: 4, note: "De schuldbemiddeling loopt." },
        { domain: "housing", personRating: 2, workerRating: 1 },
      ]);
      expect(body.participants).toMatchObject({ person: true, others: "haar zus" });
      expect(body.participants.workerIds).toHaveLength(1);
      await domains.getByRole("status").filter({ hasText: nl.lifeDomains.recorded }).waitFor();
      expect(await domains.getByRole("button", { name: nl.lifeDomains.record }).evaluate((el) => el === document.activeElement)).toBe(true);

      // The table and the radar show it; the list of assessments has it, with who took part.
      const row = (domain: string) => domains.getByRole("row").filter({ has: wp.getByRole("rowheader", { name: domain, exact: true }) });
      await expect.poll(async () => (await row(nl.lifeDomain.housing).getByRole("cell").allTextContents()).map((text) => text.trim())).toEqual([
        `2 – ${nl.rating["2"]}`,
        `1 – ${nl.rating["1"]}`,
      ]);
      const chart = domains.getByRole("img", { name: nl.lifeDomains.chartLabel });
      await chart.waitFor();
      expect(await chart.locator("polygon").count()).toBe(2);
      expect(await chart.locator(".radar-labels text").allTextContents()).toContain(nl.lifeDomainShort.housing);
      const history = domains.locator(".assessment-list > li");
      await expect.poll(() => history.count()).toBe(1);
      await history.first().locator("summary").click();
      expect(await history.first().textContent()).toContain(COLLEAGUE);

      // A second assessment (recorded elsewhere): the change shows with an arrow and a word.
      await callApi(wp, "POST", `/api/persons/${demo.id}/assessments`, { assessedAt: new Date().toISOString(), participants: { person: true }, ratings: [{ domain: "housing", personRating: 3, workerRating: 1 }] });
      await wp.reload();
      await heading(wp, name);
      await expect.poll(() => row(nl.lifeDomain.housing).textContent()).toContain(withValues(nl.lifeDomains.changeUp, { n: "1" }));
      expect(await row(nl.lifeDomain.housing).textContent()).toContain(nl.lifeDomains.changeSame);

      // The network, by keyboard only: add, change, remove.
      const focusedText = (): Promise<string> => wp.evaluate(() => (document.activeElement?.closest("label")?.textContent ?? document.activeElement?.textContent ?? "").trim());
      const tabTo = async (check: () => Promise<boolean>): Promise<void> => {
        for (let i = 0; i < 40 && !(await check()); i++) await wp.keyboard.press("Tab");
        expect(await check()).toBe(true);
      };
      const onSubmit = (): Promise<boolean> => wp.evaluate(() => document.activeElement?.getAttribute("type") === "submit");
      await network.getByRole("button", { name: nl.network.add }).focus();
      await wp.keyboard.press("Enter");
      const addForm = network.getByRole("form", { name: withValues(nl.network.addTitle, { name }) });
      expect(await addForm.getByLabel(nl.network.name).evaluate((el) => el === document.activeElement)).toBe(true);
      await wp.keyboard.type("Fatima");
      await wp.keyboard.press("Tab"); // the kind
      await wp.keyboard.press("ArrowDown");
      await wp.keyboard.press("ArrowDown");
      expect(await addForm.getByLabel(nl.network.kind).inputValue()).toBe("neighbour");
      await wp.keyboard.press("Tab"); // the relation
      await wp.keyboard.type("buurvrouw");
      await wp.keyboard.press("Tab"); // how close: "medium" is chosen, the arrow moves to "close"
      await wp.keyboard.press("ArrowUp");
      await tabTo(async () => (await focusedText()) === nl.support.practical);
      await wp.keyboard.press("Space");
      await tabTo(onSubmit);
      await wp.keyboard.press("Enter");
      await network.getByRole("status").filter({ hasText: withValues(nl.network.added, { name: "Fatima" }) }).waitFor();
      expect(await network.getByRole("button", { name: nl.network.add }).evaluate((el) => el === document.activeElement)).toBe(true);
      const entry = network.locator(".tie-list > li").filter({ has: wp.getByRole("heading", { level: 3, name: "Fatima" }) });
      const entryText = (await entry.textContent()) ?? "";
      for (const part of [nl.tieKind.neighbour, "buurvrouw", nl.closeness.close, nl.support.practical]) expect(entryText).toContain(part);
      const ecomap = network.getByRole("img", { name: withValues(nl.network.chartLabel, { name }) });
      await ecomap.waitFor();
      expect(await ecomap.locator(".ecomap-name").allTextContents()).toEqual(["Fatima"]);

      // Change it: it also brings stress. Only what changed is sent, with the version read.
      const editButton = network.getByRole("button", { name: withValues(nl.network.editLabel, { name: "Fatima" }) });
      await editButton.focus();
      await wp.keyboard.press("Enter");
      await entry.getByRole("form", { name: withValues(nl.network.editTitle, { name: "Fatima" }) }).waitFor();
      await tabTo(async () => (await focusedText()) === nl.network.stress);
      await wp.keyboard.press("Space");
      await tabTo(onSubmit);
      const patched = wp.waitForRequest((r) => r.method() === "PATCH" && r.url().includes("/api/network/"));
      await wp.keyboard.press("Enter");
      expect((await patched).postDataJSON()).toEqual({ stress: true, version: 1 });
      await network.getByRole("status").filter({ hasText: withValues(nl.network.edited, { name: "Fatima" }) }).waitFor();
      expect(await editButton.evaluate((el) => el === document.activeElement)).toBe(true);
      await entry.getByText(nl.network.stressTag).waitFor();
      expect(await ecomap.locator(".ecomap-stress-label").allTextContents()).toEqual([nl.network.stressMark]);
      expect(await ecomap.locator("path.ecomap-tie-stress").count()).toBe(1);
      await expectAccessible(wp, "person: life domains and network");
      await wp.setViewportSize(PHONE);
      await expectNoHorizontalScroll(wp, "person with life domains and network, on a phone");
      await wp.setViewportSize({ width: 1280, height: 720 });

      // Remove it, after a question; the version read goes along.
      await network.getByRole("button", { name: withValues(nl.network.removeLabel, { name: "Fatima" }) }).focus();
      await wp.keyboard.press("Enter");
      await network.getByText(withValues(nl.network.confirmRemove, { name: "Fatima" })).waitFor();
      await wp.keyboard.press("Tab");
      expect(await focusedText()).toBe(nl.network.confirm);
      const removed = wp.waitForRequest((r) => r.method() === "DELETE" && r.url().includes("/api/network/"));
      await wp.keyboard.press("Enter");
      expect(new URL((await removed).url()).searchParams.get("version")).toBe("2");
      await network.getByRole("status").filter({ hasText: withValues(nl.network.removed, { name: "Fatima" }) }).waitFor();
      await network.getByText(withValues(nl.network.empty, { name })).waitFor();

      // Shared with another organisation's worker for the life domains and the network: read only.
      await callApi(wp, "POST", `/api/persons/${demo.id}/network`, { name: "Mama", kind: "family", closeness: "close", support: ["emotional"] });
      const organisations = await callApi<{ items: { id: string; name: string }[] }>(wp, "GET", "/api/directory/organisations");
      const other = organisations.items.find((o) => o.name === OTHER_ORGANISATION);
      if (!other) throw new Error("no second demo organisation");
      await callApi(wp, "POST", `/api/persons/${demo.id}/consents`, { recipientOrganisationId: other.id, scopes: ["life_domains", "network"], purpose: "Samen de schulden aanpakken", givenHow: "in_person" });
      const reader = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE" });
      reader.setDefaultTimeout(10_000);
      try {
        const rp = await reader.newPage();
        await rp.goto("/login");
        await heading(rp, nl.login.title);
        await loginInDutch(rp, "worker@demo2.nabij.be");
        await rp.goto(`/shared/${demo.id}`);
        await heading(rp, name);
        const sharedDomains = rp.getByRole("region", { name: withValues(nl.lifeDomains.title, { name }) });
        await expect.poll(() => sharedDomains.getByRole("row").filter({ has: rp.getByRole("rowheader", { name: nl.lifeDomain.housing, exact: true }) }).textContent()).toContain("3");
        await rp.getByRole("region", { name: withValues(nl.network.title, { name }) }).getByRole("heading", { level: 3, name: "Mama" }).waitFor();
        expect(await rp.locator("main").getByRole("button").count()).toBe(0);
        await expectAccessible(rp, "shared: life domains and network, read only");
      } finally {
        await reader.close();
      }
    } finally {
      await context.close();
    }

    // The administrator sets the organisation's domains: order, hidden, an own domain; saved at once.
    const adminContext = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE" });
    adminContext.setDefaultTimeout(10_000);
    try {
      const ap = await adminContext.newPage();
      await ap.goto("/login");
      await heading(ap, nl.login.title);
      await loginInDutch(ap, ADMIN);
      await ap.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.admin }).click();
      await heading(ap, nl.admin.title);
      await ap.getByRole("navigation", { name: nl.admin.sections }).getByRole("link", { name: nl.admin.lifeDomains.title }).click();
      await ap.getByRole("heading", { level: 2, name: nl.admin.lifeDomains.title }).waitFor();
      await expectAccessible(ap, "admin: life domains");
      const moveUp = ap.getByRole("button", { name: withValues(nl.agenda.moveUpLabel, { title: nl.lifeDomain.housing }) });
      await moveUp.focus();
      await ap.keyboard.press("Enter");
      await ap.getByRole("status").filter({ hasText: withValues(nl.agenda.moved, { title: nl.lifeDomain.housing, position: "1", count: "14" }) }).waitFor();
      expect(await moveUp.evaluate((el) => el === document.activeElement)).toBe(true);
      await ap.getByRole("button", { name: withValues(nl.admin.lifeDomains.hideLabel, { name: nl.lifeDomain.justice }) }).click();
      const own = ap.getByRole("form", { name: nl.admin.lifeDomains.addTitle });
      await own.getByLabel(withValues(nl.admin.lifeDomains.labelIn, { language: nlPerson.languages["nl-BE"] })).fill("Zingeving");
      await own.getByRole("button", { name: nl.admin.lifeDomains.add }).click();
      await own.getByText(nl.fieldErrors.required).first().waitFor();
      await own.getByLabel(withValues(nl.admin.lifeDomains.labelIn, { language: nlPerson.languages["fr-BE"] })).fill("Sens");
      await own.getByLabel(withValues(nl.admin.lifeDomains.labelIn, { language: nlPerson.languages.en })).fill("Meaning");
      await own.getByRole("button", { name: nl.admin.lifeDomains.add }).click();
      await ap.getByRole("status").filter({ hasText: withValues(nl.admin.lifeDomains.added, { name: "Zingeving" }) }).waitFor();
      await ap.getByRole("button", { name: nl.admin.lifeDomains.save }).click();
      await ap.getByRole("status").filter({ hasText: nl.common.saved }).waitFor();
      const saved = await callApi<{ domains: { key: string; hidden: boolean; labels: unknown }[]; version: number }>(ap, "GET", "/api/life-domains");
      expect(saved.domains[0]?.key).toBe("housing");
      expect(saved.domains.find((d) => d.key === "justice")?.hidden).toBe(true);
      expect(saved.domains.at(-1)).toMatchObject({ key: "own_zingeving", hidden: false, labels: { "nl-BE": "Zingeving", "fr-BE": "Sens", en: "Meaning" } });
      await expectAccessible(ap, "admin: life domains, saved");
      await ap.setViewportSize(PHONE);
      await expectNoHorizontalScroll(ap, "admin: life domains on a phone");

      // Someone else saved in between: the list is loaded again, with a message.
      await callApi(ap, "PUT", "/api/admin/life-domains", { domains: saved.domains.map((d) => ({ key: d.key, hidden: false, ...(d.labels ? { labels: d.labels } : {}) })), version: saved.version });
      await ap.getByRole("button", { name: withValues(nl.admin.lifeDomains.hideLabel, { name: nl.lifeDomain.mobility }) }).click();
      await ap.getByRole("button", { name: nl.admin.lifeDomains.save }).click();
      await ap.getByRole("alert").filter({ hasText: nl.admin.lifeDomains.stale }).waitFor();
    } finally {
      await adminContext.close();
    }
  }, 120_000);

  it("lets an admin manage the organisation and invite a colleague", async () => {
    await page.getByRole("button", { name: nl.layout.logout }).click();
    await heading(page, nl.login.title);
    await login(page, ADMIN);
    await heading(page, nl.today.title);
    await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.admin }).click();
    await heading(page, nl.admin.title);
    await page.getByLabel(nl.admin.organisation.name).waitFor();
    await expectAccessible(page, "admin: organisation");
    // Workers' calendars show initials unless the organisation allows full names.
    const fullNames = page.getByRole("checkbox", { name: nl.admin.organisation.calendarFullNames });
    expect(await fullNames.isChecked()).toBe(false);
    await fullNames.check();
    await page.getByRole("button", { name: nl.common.save }).click();
    await page.getByRole("status").filter({ hasText: nl.common.saved }).waitFor();
    await page.reload();
    await heading(page, nl.admin.title);
    await expect.poll(() => fullNames.isChecked()).toBe(true);
    // Whether anyone may read the social map through the open HSDS API: off until the admin says so.
    expect(await page.getByRole("checkbox", { name: nl.admin.organisation.socialMapPublic }).isChecked()).toBe(false);

    const sections = page.getByRole("navigation", { name: nl.admin.sections });
    await sections.getByRole("link", { name: nl.admin.teams.title }).click();
    await page.getByRole("heading", { level: 2, name: nl.admin.teams.title }).waitFor();
    await page.locator(".card-list > li").first().waitFor();
    await expectAccessible(page, "admin: teams");

    await sections.getByRole("link", { name: nl.admin.involvements.title }).click();
    await page.getByRole("heading", { level: 2, name: nl.admin.involvements.title }).waitFor();
    await page.getByLabel(nl.admin.involvements.worker).selectOption({ index: 1 });
    await page.getByRole("button", { name: nl.admin.involvements.addSubmit }).waitFor();
    await expectAccessible(page, "admin: involvements");

    await sections.getByRole("link", { name: nl.admin.accounts.title }).click();
    await page.getByRole("heading", { level: 2, name: nl.admin.accounts.title }).waitFor();
    await page.locator(".card-list > li").first().waitFor();
    await expectAccessible(page, "admin: accounts");

    const email = `e2e-${randomUUID().slice(0, 8)}@demo.nabij.be`;
    await page.getByLabel(nl.admin.accounts.displayName, { exact: true }).fill("E2E Collega");
    await page.getByLabel(nl.admin.accounts.email, { exact: true }).fill(email);
    await page.getByRole("button", { name: nl.admin.accounts.inviteSubmit }).click();
    const link = page.getByLabel(nl.admin.accounts.invitationLink.replace("{{name}}", "E2E Collega"));
    await link.waitFor();
    const invitationUrl = await link.inputValue();
    expect(invitationUrl).toContain("token=");

    // The invited colleague opens the link (logged out) and chooses a password.
    await page.getByRole("button", { name: nl.layout.logout }).click();
    await heading(page, nl.login.title);
    await page.goto(new URL(invitationUrl).pathname + new URL(invitationUrl).search);
    await heading(page, nl.invitation.title);
    await expectAccessible(page, "invitation");
    await page.getByLabel(nl.invitation.password).fill("short");
    await page.getByRole("button", { name: nl.invitation.submit }).click();
    await page.getByText(nl.fieldErrors.passwordTooShort.replace("{{min}}", "8"), { exact: true }).waitFor();
    await page.getByLabel(nl.invitation.password).fill("a-long-enough-password");
    await page.getByLabel(nl.invitation.confirm).fill("a-long-enough-password");
    await page.getByRole("button", { name: nl.invitation.submit }).click();
    await heading(page, nl.today.title);
    await page.getByText(fixed(nl.layout.loggedInAs)).waitFor();
  }, SLOW);

  it("searches the social map on a phone, says why a service matched, and keeps the team's contact person there", async () => {
    const context = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE, hasTouch: true, isMobile: true });
    context.setDefaultTimeout(10_000);
    try {
      const mp = await context.newPage();
      const pageErrors: string[] = [];
      mp.on("pageerror", (error) => pageErrors.push(error.message));
      await mp.goto("/login");
      await heading(mp, nl.login.title);
      await loginInDutch(mp, WORKER);
      await mp.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.map }).click();
      await heading(mp, nl.socialMap.title);
      await expectNoHorizontalScroll(mp, "social map on a phone");

      // Search as you type: the results say why they matched, and the search goes into the URL.
      const results = mp.getByRole("region", { name: nl.socialMap.results });
      const hitNamed = (name: string) => results.locator(".service-hit").filter({ has: mp.getByRole("heading", { level: 3, name, exact: true }) });
      await mp.getByLabel(nl.socialMap.search).fill("schuldbemiddeling Gent");
      const debt = hitNamed("Schuldbemiddeling");
      await debt.first().waitFor();
      const debtText = (await debt.first().textContent()) ?? "";
      expect(debtText).toContain("Sociaal Huis Gent");
      expect(debtText).toContain(withValues(nl.socialMap.whyWord, { word: "schuldbemiddeling", fields: nl.socialMap.field.name }));
      expect(debtText).toContain(withValues(nl.socialMap.whyWord, { word: "gent", fields: "" }).trim());
      expect(debtText).toContain(nl.socialMap.field.organization);
      await expect.poll(() => new URL(mp.url()).searchParams.get("q")).toBe("schuldbemiddeling Gent");
      await expect.poll(async () => (await results.getByRole("status").textContent()) ?? "").toMatch(/\d/);

      // The filters are folded away on a phone; "free" and "open now" narrow the search without errors.
      await mp.locator("summary", { hasText: nl.socialMap.filters }).click();
      const searched = (flag: string) => mp.waitForResponse((r) => r.url().includes("/api/socialmap/services?") && r.url().includes(`${flag}=true`));
      const free = searched("free");
      await mp.getByRole("checkbox", { name: nl.socialMap.free }).check();
      expect((await free).status()).toBe(200);
      await debt.first().waitFor();
      await expectAccessible(mp, "social map with results and filters (phone)");
      const openNow = searched("openNow");
      await mp.getByRole("checkbox", { name: nl.socialMap.openNow }).check();
      expect((await openNow).status()).toBe(200);
      await expect.poll(() => new URL(mp.url()).searchParams.get("openNow")).toBe("true");
      await mp.locator(".service-hit, .empty-state").first().waitFor();
      expect(await results.getByRole("alert").count()).toBe(0);
      await expectNoHorizontalScroll(mp, "social map with filters on a phone");
      // Back undoes the last filter: the URL holds the search.
      await mp.goBack();
      await expect.poll(() => mp.getByRole("checkbox", { name: nl.socialMap.openNow }).isChecked()).toBe(false);
      expect(await mp.getByRole("checkbox", { name: nl.socialMap.free }).isChecked()).toBe(true);
      await debt.first().waitFor();

      // The service: what HSDS says, in words, and the team's own contact persons.
      await debt.first().getByRole("link", { name: "Schuldbemiddeling" }).click();
      await heading(mp, "Schuldbemiddeling", { exact: true });
      await mp.getByText("Sociaal Huis Gent").first().waitFor();
      await mp.getByRole("heading", { level: 2, name: nl.mapService.hours }).waitFor();
      await mp.getByText(nl.mapDay.MO, { exact: true }).first().waitFor();
      expect(await mp.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      const contacts = mp.getByRole("region", { name: nl.mapContacts.title });
      await contacts.getByText(nl.mapContacts.private).waitFor();
      await contacts.getByText(nl.mapContacts.empty).waitFor();
      await expectNoHorizontalScroll(mp, "service on a phone");
      await expectAccessible(mp, "social map service (phone)");

      await contacts.getByRole("button", { name: nl.mapContacts.add }).click();
      const form = contacts.getByRole("form", { name: withValues(nl.mapContacts.addTitle, { service: "Schuldbemiddeling" }) });
      await form.getByLabel(nl.mapContacts.name).fill("Sara");
      await form.getByLabel(nl.mapContacts.notes).fill("Vraag naar Sara, zij kent de regels.");
      expect(await form.getByRole("checkbox", { name: nl.mapContacts.share }).isChecked()).toBe(true);
      await expectAccessible(mp, "service with the contact form open (phone)");
      const posted = mp.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/socialmap/contacts"));
      await form.getByRole("button", { name: nl.mapContacts.addSubmit }).click();
      expect((await posted).postDataJSON()).toMatchObject({ name: "Sara", notes: "Vraag naar Sara, zij kent de regels.", shareWithTeam: true });
      await contacts.getByRole("status").filter({ hasText: withValues(nl.mapContacts.added, { name: "Sara" }) }).waitFor();
      const sara = contacts.locator(".map-contact").filter({ has: mp.getByRole("heading", { level: 3, name: "Sara" }) });
      await sara.getByText("Vraag naar Sara, zij kent de regels.").waitFor();
      await sara.getByText(nl.mapContacts.shared).waitFor();
      await expectNoHorizontalScroll(mp, "service with a contact on a phone");

      await contacts.getByRole("button", { name: withValues(nl.mapContacts.removeLabel, { name: "Sara" }) }).click();
      const removed = mp.waitForRequest((r) => r.method() === "DELETE" && r.url().includes("/api/socialmap/contacts/"));
      await contacts.getByRole("button", { name: nl.mapContacts.confirm }).click();
      expect(new URL((await removed).url()).searchParams.get("version")).toBe("1");
      await contacts.getByRole("status").filter({ hasText: withValues(nl.mapContacts.removed, { name: "Sara" }) }).waitFor();
      await contacts.getByText(nl.mapContacts.empty).waitFor();

      // Back to the same search; a word without its accent still finds the crèche.
      await mp.getByRole("link", { name: nl.mapService.back }).click();
      await heading(mp, nl.socialMap.title);
      expect(new URL(mp.url()).searchParams.get("q")).toBe("schuldbemiddeling Gent");
      await mp.getByRole("button", { name: nl.socialMap.clearFilters }).first().click();
      await expect.poll(() => new URL(mp.url()).searchParams.get("free")).toBeNull();
      await mp.getByLabel(nl.socialMap.search).fill("creche");
      await mp.getByLabel(nl.socialMap.search).press("Enter");
      await hitNamed("Crèche Les Petits Pas").first().waitFor();
      expect(new URL(mp.url()).searchParams.get("q")).toBe("creche");
      await expectNoHorizontalScroll(mp, "social map, second search, on a phone");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);

  it("shows a page for unknown addresses", async () => {
    await page.goto("/does-not-exist");
    await heading(page, nl.notFound.title);
    await expectAccessible(page, "not found");
  }, SLOW);
});
