/**
 * The help page (src/help/help.html, copied as is into dist/) rendered by Chromium: every function
 * section generated from the JSDoc is there, every link of the sommaire lands on a section, nothing
 * overflows sideways at 320 px (the width of a task pane), and axe finds no serious violation.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { FUNCTIONS } from "../../src/taskpane/functions-list";
import { launchChromium } from "../support/browser";
import { axeViolations } from "./sandbox";

jest.setTimeout(60_000);

const HTML = readFileSync(path.resolve(__dirname, "../../src/help/help.html"), "utf8");

describe("page d'aide dans Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function open(width: number): Promise<Page> {
    // The page forbids scripts (CSP); the test bypasses it only to run axe.
    const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.setContent(HTML, { waitUntil: "load" });
    return page;
  }

  it.each([320, 1024])("montre chaque fonction et ses tableaux sans défilement horizontal à %i px", async (width) => {
    const page = await open(width);
    for (const f of FUNCTIONS) {
      const section = page.locator(`section#${f.ancre}`);
      await expect(section.getByRole("heading", { level: 2, name: f.nom }).isVisible()).resolves.toBe(true);
      await expect(section.getByRole("table", { name: `Arguments de ${f.nom}` }).isVisible()).resolves.toBe(true);
      await expect(section.getByRole("table", { name: `Erreurs de ${f.nom}` }).isVisible()).resolves.toBe(true);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("chaque lien du sommaire mène à une section de la page", async () => {
    const page = await open(1024);
    const targets = await page.locator("#sommaire a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(targets.length).toBeGreaterThanOrEqual(FUNCTIONS.length);
    const missing = await page.evaluate(
      (ids) => ids.filter((id) => document.getElementById(id.slice(1)) === null),
      targets,
    );
    expect(missing).toEqual([]);
    await page.context().close();
  });

  it("ne présente aucune violation d'accessibilité grave", async () => {
    const page = await open(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
