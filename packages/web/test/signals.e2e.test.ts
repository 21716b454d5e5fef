/**
 * End to end, structural signals on a 360 px phone: a worker raises a signal on its own (the
 * server finds the name of one of the worker's persons, the worker removes it and saves again); a
 * coordinator sees the organisation's signals, bundles one into a dossier with a trekker, adds and
 * takes out a suggested signal, moves the dossier to "report", writes the team's position and the
 * feedback (a colleague's change in between answers 409, and what was typed stays); the worker
 * who raised the signal reads the feedback with it; an administrator reads the dossier without
 * changing it. axe runs on every new page, and nothing scrolls sideways.
 *
 * Needs Chromium at /usr/bin/chromium (or NABIJ_CHROMIUM). Without it the suite is skipped,
 * unless NABIJ_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "@nabij/server/testing";
import nl from "../src/locales/nl-BE/app.json";
import { CHROMIUM, PHONE, SLOW, callApi, expectAccessible, expectNoHorizontalScroll, heading, launchChromium, logInAs, prepareApp, skippedWithoutBrowser, withValues } from "./support/browser.ts";

const skip = skippedWithoutBrowser("signals e2e");

const WORKER = "worker@demo.nabij.be";
const WORKER_NAME = "Sam Demeester";
const COORDINATOR = "coordinator@demo.nabij.be";
const COORDINATOR_NAME = "Griet Van Acker";
const ADMIN = "admin@demo.nabij.be";
const DOSSIER = "Wachten op een sociale woning";
const FEEDBACK = "We brachten dit naar het lokaal woonoverleg. De stad bekijkt een snellere toewijzing.";

describe.skipIf(skip)(skip ? `signals e2e (skipped: no Chromium at ${CHROMIUM})` : "structural signals and dossiers in Chromium", () => {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let worker: Page;
  let coordinator: Page;
  let dossierPath = "";

  async function phonePage(): Promise<Page> {
    const context = await browser!.newContext({ baseURL: server!.url, locale: "nl-BE", viewport: PHONE });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    return context.newPage();
  }

  async function openSignals(page: Page): Promise<void> {
    await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.signals }).click();
    await heading(page, nl.signals.title);
  }

  const dossierRegion = (name: string): Locator => coordinator.getByRole("region", { name });

  beforeAll(async () => {
    await prepareApp();
    server = await startTestServer();
    browser = await launchChromium();
    worker = await phonePage();
    coordinator = await phonePage();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("lets a worker raise a signal on its own; a name the server knows is shown and removed before it is kept", async () => {
    await logInAs(worker, WORKER);
    await openSignals(worker);
    // A worker sees their own signals only, and no dossiers.
    expect(await worker.getByRole("radio").count()).toBe(0);
    expect(await worker.getByRole("heading", { name: nl.signals.dossiers }).count()).toBe(0);
    await worker.getByRole("status").filter({ hasText: nl.signals.empty.mine }).waitFor();

    await worker.getByRole("link", { name: nl.signals.new }).click();
    await heading(worker, nl.signalForm.title);
    const form = worker.locator("form.signal-form");
    // On its own: no person to count, a number of people instead.
    expect(await form.getByRole("checkbox", { name: nl.signalForm.countPerson }).count()).toBe(0);
    const text = form.getByLabel(nl.signalForm.text, { exact: true });
    await text.fill("Aïcha wacht al een jaar op een sociale woning, de wachtlijst blijft lang");
    // The browser knows no names of persons: nothing found before saving.
    const findings = form.getByRole("region", { name: nl.signalForm.findings.title });
    expect(await findings.count()).toBe(0);
    await form.getByLabel(nl.signalForm.mechanism, { exact: true }).selectOption("policy_gap");
    await form.getByLabel(nl.signalForm.themes, { exact: true }).fill("Huur, sociale woning");
    await form.getByLabel(nl.signalForm.municipality, { exact: true }).fill("Gent");
    await form.getByLabel(nl.signalForm.peopleCount, { exact: true }).fill("3");
    await expectAccessible(worker, "signal form on its own");
    await expectNoHorizontalScroll(worker, "signal form on its own");
    await form.getByRole("button", { name: nl.signalForm.save }).click();

    // The server knows the worker's persons: it refuses the name, shown the same way as in the browser.
    await form.getByRole("alert").filter({ hasText: nl.signalForm.findings.fromServer }).waitFor();
    await findings.getByText(`${nl.personalDataKind.name}:`).waitFor();
    expect(await findings.locator("mark").textContent()).toBe("Aïcha");
    expect(await form.getByText(nl.signalForm.invalid.findings).count()).toBe(1);
    await expectAccessible(worker, "signal refused for a name");
    await findings.getByRole("button", { name: nl.signalForm.findings.remove }).click();
    await expect.poll(() => text.inputValue()).toBe("wacht al een jaar op een sociale woning, de wachtlijst blijft lang");
    await form.getByRole("button", { name: nl.signalForm.save }).click();

    await heading(worker, nl.signals.title);
    await worker.getByRole("status").filter({ hasText: nl.signalForm.saved }).waitFor();
    const signal = worker.getByRole("list", { name: nl.signals.scopes.mine }).locator(".signal").first();
    await signal.waitFor();
    expect(await signal.textContent()).not.toContain("Aïcha");
    expect(await signal.locator(".inline-details").textContent()).toContain(`${nl.signals.people}3`);
    expect(await signal.locator(".tag-list .tag").allTextContents()).toEqual(["huur", "sociale woning"]);
    await expectAccessible(worker, "my signals");
    await expectNoHorizontalScroll(worker, "my signals");

    // A second one through the API, sharing a theme: it will come up as a suggestion.
    await callApi(worker, "POST", "/api/signals", { text: "Het sociaal verhuurkantoor heeft een wachtlijst van drie jaar", mechanismType: "organisation_practice", themes: ["huur", "wachtlijst"], municipality: "Gent", peopleCount: 2 });
  }, SLOW);

  it("lets a coordinator see the organisation's signals and bundle one into a dossier with a trekker", async () => {
    await logInAs(coordinator, COORDINATOR);
    await openSignals(coordinator);
    await coordinator.getByRole("radio", { name: nl.signals.scopes.organisation }).check();
    await coordinator.waitForURL((url) => url.searchParams.get("scope") === "organisation");
    const list = coordinator.getByRole("list", { name: nl.signals.scopes.organisation });
    const own = list.locator(".signal").filter({ hasText: "sociale woning" });
    await own.waitFor();
    expect(await list.locator(".signal").count()).toBe(2);
    // Who raised a signal is for that worker only: with a person's audit trail it could point to the person.
    expect(await own.textContent()).not.toContain(WORKER_NAME);
    await coordinator.getByRole("region", { name: nl.signals.dossiers }).getByText(nl.signals.noDossiers).waitFor();
    await expectAccessible(coordinator, "the organisation's signals");
    await expectNoHorizontalScroll(coordinator, "the organisation's signals");

    const bundle = coordinator.getByRole("region", { name: nl.signals.bundleTitle });
    // Nothing chosen yet: asked for first.
    await bundle.getByRole("button", { name: nl.signals.bundleSave }).click();
    await bundle.getByRole("alert").filter({ hasText: nl.signals.invalid.signals }).waitFor();
    await own.getByRole("checkbox", { name: nl.signals.select }).check();
    await bundle.getByText(withValues(nl.signals.chosen, { count: "1" })).waitFor();
    await bundle.getByLabel(nl.signals.dossierTitle, { exact: true }).fill(DOSSIER);
    await bundle.getByLabel(nl.signals.trekker, { exact: true }).selectOption({ label: COORDINATOR_NAME });
    await expectAccessible(coordinator, "bundling into a dossier");
    await bundle.getByRole("button", { name: nl.signals.bundleSave }).click();

    await heading(coordinator, DOSSIER);
    await coordinator.getByRole("status").filter({ hasText: nl.dossier.created }).waitFor();
    dossierPath = new URL(coordinator.url()).pathname;
    expect(await coordinator.textContent("main")).toContain(withValues(nl.dossier.trekker, { name: COORDINATOR_NAME }));
    expect(await coordinator.locator(".phase-stepper [aria-current='step']").textContent()).toContain(nl.signalPhase.bundle);
    expect(await dossierRegion(nl.dossier.signals).locator(".signal").count()).toBe(1);
  }, SLOW);

  it("suggests a signal with a shared theme, adds it and takes it out again", async () => {
    const suggestions = dossierRegion(nl.dossier.suggestions);
    const suggested = suggestions.locator(".signal").filter({ hasText: "sociaal verhuurkantoor" });
    await suggested.waitFor();
    expect(await suggested.locator(".suggestion-reasons").textContent()).toContain(nl.suggestionReason.themes);
    await suggested.getByRole("button", { name: nl.dossier.add }).click();
    await coordinator.getByRole("status").filter({ hasText: nl.dossier.added }).waitFor();
    const inDossier = dossierRegion(nl.dossier.signals).locator(".signal");
    await expect.poll(() => inDossier.count()).toBe(2);
    await suggestions.getByText(nl.dossier.noSuggestions).waitFor();

    await inDossier.filter({ hasText: "sociaal verhuurkantoor" }).getByRole("button", { name: nl.dossier.remove }).click();
    await coordinator.getByRole("status").filter({ hasText: nl.dossier.removed }).waitFor();
    await expect.poll(() => inDossier.count()).toBe(1);
    await suggestions.locator(".signal").filter({ hasText: "sociaal verhuurkantoor" }).waitFor();
  }, SLOW);

  it("moves the dossier to report, and keeps the team's position and feedback, also after a colleague's change (409)", async () => {
    await coordinator.locator(".phase-stepper").getByRole("button", { name: nl.signalPhase.report }).click();
    await coordinator.getByRole("status").filter({ hasText: withValues(nl.dossier.phaseMoved, { phase: nl.signalPhase.report }) }).waitFor();
    expect(await coordinator.locator(".phase-stepper [aria-current='step']").textContent()).toContain(nl.signalPhase.report);

    const work = dossierRegion(nl.dossier.work);
    const position = "Wie een sociale woning nodig heeft, wacht jaren. Dat is geen persoonlijk probleem maar een tekort aan woningen.";
    await work.getByRole("button", { name: withValues(nl.dossier.editLabel, { field: nl.dossierField.position }) }).click();
    await work.getByLabel(nl.dossierField.position, { exact: true }).fill(position);
    await expectAccessible(coordinator, "writing the position");
    await work.getByRole("button", { name: nl.common.save }).click();
    await coordinator.getByRole("status").filter({ hasText: withValues(nl.dossier.saved, { field: nl.dossierField.position }) }).waitFor();
    expect(await work.locator("[data-field='position'] .dossier-text-value").textContent()).toBe(position);

    // A colleague writes the analysis meanwhile: saving the feedback answers 409, the newest version is shown, the typed text stays.
    await work.getByRole("button", { name: withValues(nl.dossier.editLabel, { field: nl.dossierField.feedback }) }).click();
    const feedback = work.getByLabel(nl.dossierField.feedback, { exact: true });
    await feedback.fill(FEEDBACK);
    const current = await callApi<{ id: string; version: number }>(coordinator, "GET", `/api${dossierPath.replace("/signals/dossiers", "/signal-dossiers")}`);
    await callApi(coordinator, "PATCH", `/api/signal-dossiers/${current.id}`, { analysis: "Te weinig sociale woningen in Gent", version: current.version });
    await work.getByRole("button", { name: nl.common.save }).click();
    await work.getByRole("alert").filter({ hasText: nl.dossier.stale }).waitFor();
    await work.locator("[data-field='analysis'] .dossier-text-value").filter({ hasText: "Te weinig sociale woningen in Gent" }).waitFor();
    expect(await feedback.inputValue()).toBe(FEEDBACK);
    await work.getByRole("button", { name: nl.common.save }).click();
    await coordinator.getByRole("status").filter({ hasText: withValues(nl.dossier.saved, { field: nl.dossierField.feedback }) }).waitFor();
    expect(await work.locator("[data-field='feedback'] .dossier-text-value").textContent()).toBe(FEEDBACK);

    // Every change dated, newest first.
    const history = dossierRegion(nl.dossier.history).locator("li");
    expect(await history.first().textContent()).toContain(`${nl.dossierField.feedback}: ${FEEDBACK}`);
    expect(await history.filter({ hasText: `${nl.dossierField.phase}: ${nl.signalPhase.report}` }).count()).toBe(1);
    expect(await history.filter({ hasText: nl.dossierField.signal_removed }).count()).toBe(1);
    await expectAccessible(coordinator, "the dossier");
    await expectNoHorizontalScroll(coordinator, "the dossier");

    await coordinator.getByRole("link", { name: nl.dossier.back }).click();
    await heading(coordinator, nl.signals.title);
    const row = coordinator.getByRole("list", { name: nl.signals.dossiers }).locator(".dossier-row");
    expect(await row.textContent()).toContain(withValues(nl.signals.dossierMeta, { phase: nl.signalPhase.report, name: COORDINATOR_NAME, count: "1" }));
  }, SLOW);

  it("shows the worker who raised the signal what became of it, with the feedback", async () => {
    await worker.goto("/signals");
    await heading(worker, nl.signals.title);
    const signal = worker.getByRole("list", { name: nl.signals.scopes.mine }).locator(".signal").filter({ hasText: "sociale woning" });
    await signal.waitFor();
    expect(await signal.locator(".signal-outcome").textContent()).toContain(withValues(nl.signals.inDossier, { title: DOSSIER, phase: nl.signalPhase.report }));
    expect(await signal.locator(".signal-feedback blockquote").textContent()).toBe(FEEDBACK);
    // The one not bundled says so.
    const other = worker.getByRole("list", { name: nl.signals.scopes.mine }).locator(".signal").filter({ hasText: "sociaal verhuurkantoor" });
    expect(await other.locator(".signal-outcome").textContent()).toContain(nl.signals.notBundled);
    await expectAccessible(worker, "my signals with feedback");
    await expectNoHorizontalScroll(worker, "my signals with feedback");
  }, SLOW);

  it("lets an administrator read the dossier without changing it", async () => {
    const admin = await phonePage();
    await logInAs(admin, ADMIN);
    await admin.goto(dossierPath);
    await heading(admin, DOSSIER);
    await admin.getByText(nl.dossier.readOnly).waitFor();
    expect(await admin.locator(".phase-stepper button").count()).toBe(0);
    expect(await admin.getByRole("button", { name: nl.dossier.edit }).count()).toBe(0);
    expect(await admin.getByRole("button", { name: nl.dossier.remove }).count()).toBe(0);
    expect(await admin.locator("[data-field='feedback'] .dossier-text-value").textContent()).toBe(FEEDBACK);
    await expectAccessible(admin, "the dossier, read only");
  }, SLOW);
});
