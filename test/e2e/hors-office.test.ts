/**
 * The pane opened in a plain browser (no Office host): a French explanation, never a blank page.
 */
import type { Page } from "playwright-core";
import { capture, openPage, withBrowser } from "../support/browser";

jest.setTimeout(60_000);

describe("volet hors d'Excel", () => {
  const env = withBrowser();

  it("explique comment ouvrir GEF dans Excel quand office.js se charge hors d'Office", async () => {
    const page = await openPage(env.browser, env.url);
    await page.goto(`${env.url}taskpane.html`);
    await page.getByText("Ouvrez GEF depuis Excel").waitFor({ timeout: 15_000 });
    await expectNoHorizontalScroll(page);
    expect(await page.getByText("Ce volet est ouvert hors d'Excel").count()).toBe(1);
    await capture(page, "hors-office");
  });

  it("le dit aussi quand office.js ne se charge pas du tout", async () => {
    const page = await openPage(env.browser, env.url);
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(`${env.url}taskpane.html`);
    await page.getByText("La bibliothèque Office n'a pas pu être chargée").waitFor({ timeout: 15_000 });
    await capture(page, "sans-office-js");
  });
});

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
