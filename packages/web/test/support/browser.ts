/**
 * What the browser suites share: where Chromium is and whether to run without it, the built app,
 * and the checks every page gets (axe, no sideways scrolling on a phone).
 *
 * Needs Chromium at /usr/bin/chromium (or NABIJ_CHROMIUM). Without it a suite is skipped, unless
 * NABIJ_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import nl from "../../src/locales/nl-BE/app.json";

export const CHROMIUM = process.env.NABIJ_CHROMIUM ?? "/usr/bin/chromium";
const REQUIRED = process.env.NABIJ_REQUIRE_BROWSER === "1";
const hasBrowser = existsSync(CHROMIUM);
const WEB_DIR = join(import.meta.dirname, "..", "..");

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const PHONE = { width: 360, height: 740 };
export const SLOW = 60_000;

/** Whether `suite` is skipped for want of Chromium; says so once, with how to get it. */
export function skippedWithoutBrowser(suite: string): boolean {
  const skip = !hasBrowser && !REQUIRED;
  if (skip) console.warn(`${suite}: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set NABIJ_CHROMIUM)`);
  return skip;
}

/** Before the server starts: Chromium must be there, and the app built. */
export async function prepareApp(): Promise<void> {
  if (!hasBrowser) throw new Error(`NABIJ_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
  if (!existsSync(join(WEB_DIR, "dist", "index.html"))) {
    // `npm test` builds first; a direct vitest run still works, with a fresh build.
    const { build } = await import("vite");
    await build({ root: WEB_DIR, logLevel: "warn" });
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations.map((v) => `${what}: ${v.id} (${v.impact ?? "?"}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(violations).toEqual([]);
}

/** No sideways scrolling on a phone: the layout must fit 360 px. */
export async function expectNoHorizontalScroll(page: Page, what?: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, what).toBeLessThanOrEqual(0);
}

/** Waits for the page's h1; `exact` matches the whole name, case and all. */
export async function heading(page: Page, text: string, { exact = false } = {}): Promise<void> {
  await page.getByRole("heading", { level: 1, name: text, exact }).waitFor();
}

/** A worker's API call from inside the worker's page, with the session's CSRF token. */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const answer = await fetch(path, {
        method,
        headers: { "Content-Type": "application/json", "X-CSRF-Token": session.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}`);
      return (answer.status === 204 ? null : await answer.json()) as unknown;
    },
    { method, path, body },
  ) as Promise<T>;
}

/** Puts the values into a sentence's {{placeholders}}. */
export const withValues = (text: string, values: Record<string, string>): string => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "");

/** The password of every fictional demo account (README). */
export const DEMO_PASSWORD = "nabij-demo-2026";

/** Logs a demo account in through the login page, with Dutch as the account's language. */
export async function logInAs(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await heading(page, nl.login.title);
  await page.getByLabel(nl.login.email).fill(email);
  await page.getByLabel(nl.login.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: nl.login.submit }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  await callApi(page, "PATCH", "/api/auth/me", { language: "nl-BE" });
}
