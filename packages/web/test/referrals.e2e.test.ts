/**
 * End to end, referrals on a 360 px phone: a worker opens a demo person, refers them to a service
 * of the demo social map (search, pick; the form first asks what is missing and the person's
 * consent to share), moves it accepted → in_progress → failed with a reason (a colleague's step
 * in between answers 409, and the worker sees where it stands now), reads the steps with the
 * barrier, adds a note with a barrier reason (the status stays), finds it all on the person's
 * timeline (filtered by kind), turns the barrier into a structural signal in one step (pre-filled,
 * a phone number found and removed, then among "my signals"), plans an evaluation and records it
 * held with the person's words, exports the referrals and goals as FHIR, sees referrals without news and coming life events on
 * today's page, and follows all referrals across the caseload with their outcome figures. axe runs
 * on every new page, and nothing scrolls sideways.
 *
 * Needs Chromium at /usr/bin/chromium (or NABIJ_CHROMIUM). Without it the suite is skipped,
 * unless NABIJ_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer } from "@nabij/server/testing";
import nl from "../src/locales/nl-BE/app.json";
import { CHROMIUM, PHONE, SLOW, callApi, expectAccessible, expectNoHorizontalScroll, heading, launchChromium, prepareApp, skippedWithoutBrowser, withValues, logInAs } from "./support/browser.ts";

const skip = skippedWithoutBrowser("referrals e2e");

const WORKER = "worker@demo.nabij.be";
const SEARCH = "Aide juridique";

interface PersonSummary {
  id: string;
  displayName: string;
}


describe.skipIf(skip)(skip ? `referrals e2e (skipped: no Chromium at ${CHROMIUM})` : "referrals and the timeline in Chromium", () => {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let person: PersonSummary;
  let serviceName = "";
  let referralId = "";

  const section = (): Locator => page.getByRole("region", { name: nl.referral.title });
  const card = (): Locator => section().locator(`[data-referral="${referralId}"]`);
  const status = (): Promise<string | null> => card().locator(".status-tag").textContent();
  async function move(to: keyof typeof nl.referralMove, reason?: string): Promise<void> {
    await card().getByRole("group", { name: nl.referral.nextLabel }).getByRole("button", { name: nl.referralMove[to], exact: true }).click();
    if (reason) await card().getByLabel(nl.referral.stepReasonLabel).fill(reason);
    await card().getByRole("button", { name: nl.referral.moveSave }).click();
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

  it("refers a demo person to a service of the social map", async () => {
    await logInAs(page, WORKER);
    const persons = await callApi<{ items: PersonSummary[] }>(page, "GET", "/api/persons?limit=100");
    person = persons.items.find((p) => p.displayName === "Aïcha Benali") ?? persons.items[0]!;
    await page.goto(`/persons/${person.id}`);
    await heading(page, person.displayName);
    await section().getByText(withValues(nl.referral.none, { name: person.displayName })).waitFor();

    await section().getByRole("button", { name: nl.referral.new }).click();
    const form = section().locator("form.referral-form");
    // Nothing filled in: the form says what is missing and puts the focus on the first.
    await form.getByRole("button", { name: nl.referral.save }).click();
    await form.getByRole("alert").filter({ hasText: nl.referral.invalid.summary }).waitFor();
    await form.getByText(nl.referral.invalid.target).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true");

    // Search the social map and pick a service.
    await form.getByLabel(nl.network.serviceSearch).fill(SEARCH);
    const option = form.getByRole("radio", { name: new RegExp(SEARCH) }).first();
    await option.waitFor();
    serviceName = ((await option.locator("xpath=..").locator("span").first().textContent()) ?? "").split(" – ")[0]!.trim();
    await option.check();
    // A service was picked: no organisation name to type.
    expect(await form.getByLabel(nl.referral.organisationName).count()).toBe(0);
    await form.getByLabel(nl.referral.category).selectOption("justice");
    await form.getByLabel(nl.referral.reason, { exact: true }).fill("Brief van de huisbaas over de huur");
    await form.getByLabel(nl.referral.shared, { exact: false }).first().fill("Naam en telefoonnummer");
    await form.getByLabel(nl.referral.handoverNote, { exact: false }).first().fill("Bel liever in de namiddag");
    // Something to share, no consent yet: refused before sending.
    await form.getByRole("button", { name: nl.referral.save }).click();
    await form.getByText(nl.referral.invalid.consent).waitFor();
    await form.getByRole("checkbox", { name: withValues(nl.referral.consent, { name: person.displayName }) }).check();
    await expectAccessible(page, "referral form");
    await expectNoHorizontalScroll(page, "referral form");
    await form.getByRole("button", { name: nl.referral.save }).click();

    await section().getByRole("status").filter({ hasText: withValues(nl.referral.created, { to: serviceName }) }).waitFor();
    const created = section().locator(".referral").filter({ has: page.getByRole("heading", { name: serviceName, exact: true }) });
    referralId = (await created.getAttribute("data-referral")) ?? "";
    expect(referralId).not.toBe("");
    expect(await status()).toBe(nl.referralStatus.requested);
    expect(await card().textContent()).toContain(nl.institutionCategory.justice);
    expect(await card().textContent()).toContain("Brief van de huisbaas over de huur");
    await expectAccessible(page, "person page with a referral");
    await expectNoHorizontalScroll(page, "person page with a referral");
  }, SLOW);

  it("moves it accepted → in_progress → failed with a reason, and shows the steps with the barrier", async () => {
    await move("accepted");
    await expect.poll(status).toBe(nl.referralStatus.accepted);
    await move("in_progress");
    await expect.poll(status).toBe(nl.referralStatus.in_progress);
    // Only the steps that may follow are offered.
    const next = card().getByRole("group", { name: nl.referral.nextLabel });
    expect(await next.getByRole("button", { name: nl.referralMove.accepted, exact: true }).count()).toBe(0);

    // Failed without a reason: asked for before anything is sent.
    await next.getByRole("button", { name: nl.referralMove.failed, exact: true }).click();
    await card().getByRole("button", { name: nl.referral.moveSave }).click();
    await card().getByText(nl.referral.invalid.stepReason).waitFor();
    await card().getByRole("alert").filter({ hasText: nl.referral.errors.reasonRequired }).waitFor();
    await expectAccessible(page, "step that needs a reason");

    // Meanwhile a colleague puts it on hold: the worker's step answers 409, and the card shows where it stands now.
    const current = await callApi<{ version: number }>(page, "GET", `/api/referrals/${referralId}`);
    await callApi(page, "POST", `/api/referrals/${referralId}/transitions`, { to: "on_hold", reason: "Wacht op een afspraak", version: current.version });
    const reason = "Geen tolk beschikbaar bij het eerste gesprek";
    await card().getByLabel(nl.referral.stepReasonLabel).fill(reason);
    await card().getByRole("button", { name: nl.referral.moveSave }).click();
    await card().getByRole("alert").filter({ hasText: nl.referral.errors.stale }).waitFor();
    await expect.poll(status).toBe(nl.referralStatus.on_hold);
    // From on hold, failed is still a step that may follow: saving again works.
    await card().getByRole("button", { name: nl.referral.moveSave }).click();
    await expect.poll(status).toBe(nl.referralStatus.failed);
    await section().getByRole("status").filter({ hasText: withValues(nl.referral.moved, { to: serviceName, status: nl.referralStatus.failed }) }).waitFor();

    await card().locator("summary").click();
    const steps = card().locator(".referral-step");
    expect(await steps.count()).toBe(5);
    const failed = steps.first();
    expect(await failed.textContent()).toContain(nl.referralStatus.failed);
    expect(await failed.textContent()).toContain(withValues(nl.referral.stepReason, { reason }));
    expect(await failed.locator(".tag", { hasText: nl.referral.barrier }).count()).toBe(1);
    expect(await steps.nth(1).textContent()).toContain("Wacht op een afspraak");
    // A failed referral goes nowhere but "entered by mistake".
    expect(await card().getByRole("group", { name: nl.referral.nextLabel }).getByRole("button").allTextContents()).toEqual([nl.referralMove.entered_in_error]);
    await expectAccessible(page, "referral with its steps");
    await expectNoHorizontalScroll(page, "referral with its steps");
  }, SLOW);

  it("shows the steps on the person's timeline, filtered by kind", async () => {
    await page.getByRole("link", { name: withValues(nl.timeline.link, { name: person.displayName }) }).click();
    await heading(page, withValues(nl.timeline.title, { name: person.displayName }));
    const list = page.getByRole("list", { name: withValues(nl.timeline.listLabel, { name: person.displayName }) });
    const failedText = withValues(nl.timeline.text.referralStep, { to: serviceName, status: nl.referralStatus.failed });
    const newest = list.locator(".timeline-entry").first();
    await newest.waitFor();
    expect(await newest.textContent()).toContain(failedText);
    expect(await newest.locator(".tag", { hasText: nl.referral.barrier }).count()).toBe(1);
    await expectAccessible(page, "timeline");
    await expectNoHorizontalScroll(page, "timeline");

    await page.locator("summary", { hasText: nl.timeline.allKinds }).click();
    await page.getByRole("checkbox", { name: nl.timelineKind.referral, exact: true }).check();
    await expect.poll(() => list.locator('.timeline-entry:not([data-kind="referral"])').count()).toBe(0);
    await expect.poll(() => list.locator(".timeline-entry").count()).toBe(5);
    expect(await list.textContent()).toContain(withValues(nl.timeline.text.referralNew, { to: serviceName, category: nl.institutionCategory.justice }));
    await expectAccessible(page, "timeline filtered by kind");
  }, SLOW);

  it("adds a note with a barrier reason without changing the status, and shows it as a note in the steps and on the timeline", async () => {
    await page.goto(`/persons/${person.id}`);
    await heading(page, person.displayName);
    await card().waitFor();
    await card().getByRole("button", { name: nl.referral.addNote }).click();
    const form = card().locator("form.referral-note-form");
    // No text: asked for before anything is sent.
    await form.getByRole("button", { name: nl.referral.noteSave }).click();
    await form.getByText(nl.referral.invalid.note).waitFor();
    const text = "Opnieuw gebeld: de wachtlijst is zes maanden";
    await form.getByLabel(nl.referral.noteText, { exact: true }).fill(text);
    // What kind of barrier is asked only once it is marked as one.
    expect(await form.getByLabel(nl.referral.barrierReason, { exact: false }).count()).toBe(0);
    await form.getByRole("checkbox", { name: nl.referral.markBarrier }).check();
    await form.getByLabel(nl.referral.barrierReason, { exact: false }).selectOption("waiting_list");
    await expectAccessible(page, "referral note form");
    await expectNoHorizontalScroll(page, "referral note form");
    await form.getByRole("button", { name: nl.referral.noteSave }).click();
    await section().getByRole("status").filter({ hasText: withValues(nl.referral.noted, { to: serviceName }) }).waitFor();
    expect(await status()).toBe(nl.referralStatus.failed);

    await card().locator("summary").click();
    const steps = card().locator(".referral-step");
    expect(await steps.count()).toBe(6);
    const note = steps.first();
    expect(await note.getAttribute("data-step-kind")).toBe("note");
    expect(await note.locator("strong").textContent()).toBe(nl.referral.note);
    expect(await note.textContent()).toContain(text);
    expect(await note.textContent()).not.toContain(withValues(nl.referral.stepReason, { reason: text }));
    const barrier = withValues(nl.referral.barrierOf, { reason: nl.barrierReason.waiting_list });
    expect(await note.locator(".tag").textContent()).toBe(barrier);
    await expectAccessible(page, "referral with a note");

    await page.getByRole("link", { name: withValues(nl.timeline.link, { name: person.displayName }) }).click();
    await heading(page, withValues(nl.timeline.title, { name: person.displayName }));
    const newest = page.getByRole("list", { name: withValues(nl.timeline.listLabel, { name: person.displayName }) }).locator(".timeline-entry").first();
    await newest.waitFor();
    expect(await newest.getAttribute("data-kind")).toBe("referral");
    expect(await newest.textContent()).toContain(withValues(nl.timeline.text.referralNote, { to: serviceName }));
    expect(await newest.textContent()).toContain(text);
    expect(await newest.textContent()).not.toContain(nl.referralStatus.failed);
    expect(await newest.locator(".tag").textContent()).toBe(barrier);
    await expectAccessible(page, "timeline with a note");
  }, SLOW);

  it("turns the barrier into a signal in one step: pre-filled, a phone number found and removed, then among my signals", async () => {
    await page.goto(`/persons/${person.id}`);
    await heading(page, person.displayName);
    await card().getByRole("link", { name: nl.signals.raise }).click();
    await heading(page, nl.signalForm.title);
    const form = page.locator("form.signal-form");
    // Pre-filled from the latest barrier (the note): where to, what kind of barrier, its words; the person counted without a name.
    const text = form.getByLabel(nl.signalForm.text, { exact: true });
    await expect.poll(() => text.inputValue()).toBe("Opnieuw gebeld: de wachtlijst is zes maanden");
    expect(await form.getByLabel(nl.signalForm.institution, { exact: false }).inputValue()).toBe(serviceName);
    expect(await form.getByLabel(nl.signalForm.barrierReason, { exact: false }).inputValue()).toBe("waiting_list");
    expect(await form.getByRole("checkbox", { name: nl.signalForm.countPerson }).isChecked()).toBe(true);
    expect(await form.getByLabel(nl.signalForm.peopleCount, { exact: false }).count()).toBe(0);
    expect(await page.textContent("main")).toContain(withValues(nl.signalForm.fromReferral, { to: serviceName }));

    // A phone number typed in is found while typing, with its kind, and removed in one tap.
    await text.fill("Opnieuw gebeld: de wachtlijst is zes maanden. Bel de persoon op 0470 12 34 56.");
    const findings = form.getByRole("region", { name: nl.signalForm.findings.title });
    await findings.getByText(`${nl.personalDataKind.phone}:`).waitFor();
    expect(await findings.locator("mark").textContent()).toBe("0470 12 34 56");
    await expectAccessible(page, "signal form with a finding");
    await expectNoHorizontalScroll(page, "signal form with a finding");
    await findings.getByRole("button", { name: nl.signalForm.findings.remove }).click();
    await expect.poll(() => text.inputValue()).toBe("Opnieuw gebeld: de wachtlijst is zes maanden. Bel de persoon op.");
    expect(await findings.count()).toBe(0);

    // Without a mechanism, theme or municipality: asked for before anything is sent.
    await form.getByRole("button", { name: nl.signalForm.save }).click();
    await form.getByText(nl.signalForm.invalid.themes).waitFor();
    await form.getByText(nl.signalForm.invalid.municipality).waitFor();
    await form.getByLabel(nl.signalForm.mechanism, { exact: true }).selectOption("organisation_practice");
    await form.locator(".field-hint", { hasText: nl.mechanismHint.organisation_practice }).waitFor();
    await form.getByLabel(nl.signalForm.themes, { exact: true }).fill("Wachtlijst, juridische hulp");
    await form.getByText(withValues(nl.signalForm.themesRead, { themes: "wachtlijst, juridische hulp" })).waitFor();
    await form.getByLabel(nl.signalForm.municipality, { exact: true }).fill("Gent");
    await expectAccessible(page, "signal form filled in");
    await form.getByRole("button", { name: nl.signalForm.save }).click();

    await heading(page, nl.signals.title);
    await page.getByRole("status").filter({ hasText: nl.signalForm.saved }).waitFor();
    const signal = page.getByRole("list", { name: nl.signals.scopes.mine }).locator(".signal").first();
    await signal.waitFor();
    const shown = (await signal.textContent()) ?? "";
    expect(shown).toContain("Bel de persoon op.");
    expect(shown).not.toContain("0470");
    expect(shown).toContain(serviceName);
    expect(shown).toContain(nl.signals.onePerson);
    expect(shown).toContain(nl.barrierReason.waiting_list);
    expect(shown).toContain(nl.signals.notBundled);
    expect(await signal.locator(".tag-list .tag").allTextContents()).toEqual(["wachtlijst", "juridische hulp"]);
    await expectAccessible(page, "my signals");
    await expectNoHorizontalScroll(page, "my signals");
  }, SLOW);

  it("records an unexpected life event and an agreement that changes, in the person's words too", async () => {
    await page.goto(`/persons/${person.id}`);
    await heading(page, person.displayName);
    const events = page.getByRole("region", { name: nl.lifeEvent.title });
    await events.getByRole("button", { name: nl.lifeEvent.new }).click();
    const eventForm = events.locator("form");
    await eventForm.getByRole("button", { name: nl.lifeEvent.save }).click();
    await eventForm.getByText(nl.lifeEvent.invalid.kind).waitFor();
    await eventForm.getByLabel(nl.lifeEvent.kind).selectOption("eviction");
    // An unexpected event cannot be "not yet happened".
    expect(await eventForm.getByRole("checkbox", { name: nl.lifeEvent.stillExpected }).count()).toBe(0);
    await eventForm.getByLabel(nl.lifeEvent.date).fill("2026-11-20");
    await eventForm.getByLabel(nl.lifeEvent.whatChanges, { exact: false }).fill("Geen vaste woonplaats meer");
    const ownWords = "Ik slaap nu bij mijn zus";
    await eventForm.getByLabel(withValues(nl.process.ownWordsOf, { name: person.displayName }), { exact: false }).fill(ownWords);
    await expectAccessible(page, "life event form");
    await eventForm.getByRole("button", { name: nl.lifeEvent.save }).click();
    await events.getByText(withValues(nl.lifeEvent.revisit, { name: person.displayName })).waitFor();
    expect(await events.getByRole("link", { name: nl.lifeEvent.toAgenda }).getAttribute("href")).toBe("#person-agenda");
    const event = events.locator(".life-event").first();
    expect(await event.textContent()).toContain(nl.lifeEventKind.eviction);
    expect(await event.locator(".voice-person").textContent()).toContain(ownWords);

    const agreements = page.getByRole("region", { name: nl.agreement.title });
    await agreements.getByRole("button", { name: nl.agreement.new }).click();
    await agreements.getByLabel(nl.agreement.what).fill("Samen naar de huurdersbond");
    await agreements.getByLabel(withValues(nl.process.ownWordsOf, { name: person.displayName }), { exact: false }).fill("Ik wil dat iemand meegaat");
    await agreements.getByRole("button", { name: nl.agreement.save }).click();
    const agreement = agreements.locator(".agreement").filter({ hasText: "Samen naar de huurdersbond" });
    await agreement.waitFor();
    expect(await agreement.textContent()).toContain(nl.agreement.notConfirmed);
    await agreement.getByRole("button", { name: nl.agreement.change }).click();
    const changeForm = agreements.locator("form.agreement-form");
    await changeForm.getByLabel(nl.agreement.what).fill("Samen naar de huurdersbond op dinsdag");
    await changeForm.getByRole("button", { name: nl.agreement.save }).click();
    await changeForm.getByText(nl.agreement.invalid.why).waitFor();
    await changeForm.getByLabel(nl.agreement.why).fill("Maandag kan de persoon niet");
    await changeForm.getByRole("button", { name: nl.agreement.save }).click();
    const changed = agreements.locator(".agreement").filter({ hasText: "op dinsdag" });
    await changed.waitFor();
    expect(await changed.textContent()).toContain(withValues(nl.agreement.version, { version: "2" }));
    await changed.getByRole("button", { name: withValues(nl.agreement.confirmInPerson, { name: person.displayName }) }).click();
    await expect.poll(() => changed.locator("p.meta").first().textContent()).not.toContain(nl.agreement.notConfirmed);
    expect(await changed.locator("p.meta").first().textContent()).toContain(nl.agreement.confirmedHow.in_person.split("{{")[0]!.trim());
    await changed.locator("summary", { hasText: withValues(nl.agreement.versions, { n: "2" }) }).click();
    expect(await changed.textContent()).toContain(withValues(nl.timeline.text.why, { why: "Maandag kan de persoon niet" }));
    expect(await changed.locator(".voice-person").textContent()).toContain("Ik wil dat iemand meegaat");
    await expectAccessible(page, "person page with life events and agreements");
    await expectNoHorizontalScroll(page, "person page with life events and agreements");
  }, SLOW);

  it("plans an evaluation and records it held, the person's words beside the outcome; a second record answers 409", async () => {
    const evaluations = page.getByRole("region", { name: nl.evaluation.title });
    await evaluations.getByRole("button", { name: nl.evaluation.plan }).click();
    await evaluations.getByLabel(nl.evaluation.note, { exact: false }).fill("Hoe gaat het na de uithuiszetting");
    await expectAccessible(page, "evaluation plan form");
    await evaluations.getByRole("button", { name: nl.evaluation.planSave }).click();
    await evaluations.getByRole("status").filter({ hasText: nl.evaluation.planned }).waitFor();
    const planned = evaluations.locator(".evaluation").filter({ hasText: "Hoe gaat het na de uithuiszetting" });
    expect(await planned.textContent()).toContain(nl.evaluation.notYetHeld);
    expect(await planned.textContent()).toContain(nl.evaluation.plannedByWorker);

    await planned.getByRole("button", { name: nl.evaluation.recordHeld }).click();
    await planned.getByLabel(nl.evaluation.outcome, { exact: false }).fill("We zoeken samen een nieuwe woning");
    const ownWords = "Ik wil niet meer alleen bellen";
    await planned.getByLabel(withValues(nl.process.ownWordsOf, { name: person.displayName }), { exact: false }).fill(ownWords);
    await expectAccessible(page, "evaluation held form");
    await expectNoHorizontalScroll(page, "evaluation held form");
    await planned.getByRole("button", { name: nl.evaluation.heldSave }).click();
    await evaluations.getByRole("status").filter({ hasText: nl.evaluation.recorded }).waitFor();
    expect(await planned.textContent()).toContain(nl.evaluation.held);
    expect(await planned.locator(".voice").first().textContent()).toContain("We zoeken samen een nieuwe woning");
    expect(await planned.locator(".voice-person").textContent()).toContain(ownWords);
    expect(await planned.locator(".voice-person .voice-by").textContent()).toBe(nl.process.ownWordsBy.worker);

    // A colleague records the next one first: saving again says so, and shows what was saved.
    await evaluations.getByRole("button", { name: nl.evaluation.plan }).click();
    await evaluations.getByRole("button", { name: nl.evaluation.planSave }).click();
    const second = evaluations.locator(".evaluation").first();
    await second.getByRole("button", { name: nl.evaluation.recordHeld }).click();
    const secondId = (await second.getAttribute("data-evaluation")) ?? "";
    await callApi(page, "POST", `/api/evaluations/${secondId}/done`, { outcome: "Genoteerd door een collega" });
    await second.getByRole("button", { name: nl.evaluation.heldSave }).click();
    await evaluations.getByRole("alert").filter({ hasText: nl.evaluation.alreadyHeld }).waitFor();
    const recorded = evaluations.locator(`[data-evaluation="${secondId}"]`);
    await recorded.filter({ hasText: "Genoteerd door een collega" }).waitFor();
    await expectAccessible(page, "person page with evaluations");
  }, SLOW);

  it("offers the referrals and goals as a FHIR file to download", async () => {
    const link = page.getByRole("link", { name: nl.fhir.download });
    expect(await link.getAttribute("href")).toBe(`/api/persons/${person.id}/fhir`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`nabij-${person.id}.fhir.json`);
    const bundle = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.entry.map((e) => e.resource.resourceType)).toContain("ServiceRequest");
  }, SLOW);

  it("lists referrals without news and coming life events on today's page", async () => {
    await page.getByRole("navigation", { name: nl.layout.mainNav }).getByRole("link", { name: nl.layout.today }).click();
    await heading(page, nl.today.title);
    const referrals = page.getByRole("region", { name: nl.today.referrals });
    await referrals.waitFor();
    const today = await callApi<{ referralFollowUpDays: number; referralsToFollowUp: { personDisplayName: string }[]; upcomingLifeEvents: { personDisplayName: string }[] }>(page, "GET", "/api/me/today");
    expect(await referrals.textContent()).toContain(withValues(nl.today.referralsIntro, { days: String(today.referralFollowUpDays) }));
    expect(await referrals.getByRole("listitem").count()).toBe(today.referralsToFollowUp.length);
    const events = page.getByRole("region", { name: nl.today.lifeEvents });
    expect(await events.getByRole("listitem").count()).toBe(today.upcomingLifeEvents.length);
    const first = today.referralsToFollowUp[0];
    if (first) {
      await referrals.getByRole("link", { name: first.personDisplayName }).first().click();
      await heading(page, first.personDisplayName);
      await section().locator(".referral").first().waitFor();
    }
    await page.goto("/today");
    await heading(page, nl.today.title);
    await referrals.waitFor();
    await expectAccessible(page, "today with referrals");
    await expectNoHorizontalScroll(page, "today with referrals");
  }, SLOW);

  it("follows all referrals across the caseload, by status and waiting too long, with the outcome figures", async () => {
    await page.getByRole("region", { name: nl.today.referrals }).getByRole("link", { name: nl.today.allReferrals }).click();
    await heading(page, nl.referrals.title);
    const list = page.getByRole("list", { name: nl.referrals.listTitle });
    const rows = list.locator(".referral-row");
    await rows.first().waitFor();

    // Failed only: ours is there, and nothing else than failed ones.
    const statusFilter = page.getByLabel(nl.referrals.status, { exact: true });
    await statusFilter.focus();
    await statusFilter.selectOption("failed");
    await page.waitForURL((url) => url.searchParams.get("status") === "failed");
    const ours = list.locator(`[data-referral="${referralId}"]`);
    await ours.waitFor();
    await expect.poll(async () => [...new Set(await rows.locator(".status-tag").allTextContents())]).toEqual([nl.referralStatus.failed]);
    // A filter is no new page: focus stays on it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    expect(await ours.getByRole("link").getAttribute("href")).toBe(`/persons/${person.id}#person-referrals`);
    expect(await ours.textContent()).toContain(serviceName);
    await expectAccessible(page, "referrals across the caseload");
    await expectNoHorizontalScroll(page, "referrals across the caseload");

    // A failed referral is no longer open, so it never waits too long.
    await page.getByRole("checkbox", { name: nl.referrals.overdueOnly }).check();
    await page.waitForURL((url) => url.searchParams.get("overdue") === "true");
    await page.getByRole("status").filter({ hasText: nl.referrals.empty }).waitFor();
    // Only the ones waiting too long, of every status: as many as the API says, each marked.
    await statusFilter.selectOption("");
    const overdue = await callApi<{ items: unknown[] }>(page, "GET", "/api/referrals?overdue=true&limit=30");
    await expect.poll(() => rows.count()).toBe(overdue.items.length);
    expect(await rows.locator(".tag", { hasText: nl.referral.overdue }).count()).toBe(overdue.items.length);

    // The outcome figures: the worker's own persons only, as a table per kind of help.
    const outcomes = page.getByRole("region", { name: nl.referrals.outcomesTitle });
    expect(await outcomes.getByRole("radio").count()).toBe(0);
    const table = outcomes.getByRole("table", { name: nl.referrals.byCategory.mine });
    await table.waitFor();
    expect(await table.getByRole("columnheader").count()).toBe(6);
    const figures = await callApi<{ byCategory: { institutionCategory: string; referrals: number; failed: number }[] }>(page, "GET", "/api/referrals/outcomes?scope=mine");
    const justice = figures.byCategory.find((c) => c.institutionCategory === "justice");
    expect(justice?.failed).toBeGreaterThanOrEqual(1);
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: nl.institutionCategory.justice }) });
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells[0]).toBe(String(justice?.referrals));
    expect(cells[2]).toBe(String(justice?.failed));
    await outcomes.getByRole("table", { name: nl.referrals.byService.mine }).getByRole("rowheader", { name: serviceName }).waitFor();
    await expectAccessible(page, "referrals with outcome figures");
    await expectNoHorizontalScroll(page, "referrals with outcome figures");
  }, SLOW);
});
