/**
 * « Vacances » (section of Suivi du flux) in headless Chromium against the sandbox, at 320 px: the
 * objectives of the seed's volume (268), then a dwelling searched as typed, the réservataire proposed,
 * the mise à disposition written by keyboard with its fiche and e-mail draft. axe-core on each state,
 * no horizontal scroll, captures at 320 px and full width. « À relancer » is tested in jsdom
 * (test/taskpane/vacances.test.tsx).
 */
import type { Page } from "playwright-core";
import { capture, openPage, withBrowser } from "../support/browser";
import { axeViolations } from "./sandbox";

jest.setTimeout(180_000);

/** Whether the pane scrolls sideways (it must not at 320 px). */
const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

async function prepare(page: Page, url: string): Promise<void> {
  await page.goto(`${url}bac-a-sable.html`);
  await page.getByRole("tab", { name: "Suivi du flux" }).click({ timeout: 30_000 });
  await page.getByLabel("Volume annuel saisi (facultatif)").fill("268");
  await page.getByRole("button", { name: "Écrire la feuille Objectifs" }).click();
  await page.getByText("Objectifs écrit").waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "Lire le classeur" }).click();
  await page.getByRole("textbox", { name: /^Logement/ }).waitFor({ timeout: 60_000 });
}

describe("bac à sable : Vacances à 320 px", () => {
  const env = withBrowser();

  it("cherche un logement au clavier, le met à disposition avec sa fiche et son courriel", async () => {
    const page = await openPage(env.browser, env.url, 320, 900);
    await prepare(page, env.url);
    const field = page.getByRole("textbox", { name: /^Logement/ });
    await field.focus();
    await page.keyboard.type("L00000310");
    await page.getByText(/Vouliez-vous dire « L0000010 »/).waitFor();
    await field.fill("");
    await page.keyboard.type("L000003");
    const chip = page.getByRole("group", { name: "Logements de la table" }).getByRole("button", { name: "L0000031" });
    await chip.focus();
    await page.keyboard.press("Enter");
    await page.getByText(/^Proposé : BAILLEUR : le plus en retard/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await capture(page, "vacances-320-proposition");
    await page.screenshot({ path: "/tmp/h19b-vacances-320-proposition.png", fullPage: true });
    await page.getByRole("button", { name: "Mettre à disposition" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/Logement L0000031 mis à disposition de BAILLEUR/).waitFor({ timeout: 60_000 });
    await page.getByRole("link", { name: "Ouvrir dans la messagerie" }).waitFor();
    expect(await page.getByRole("link", { name: "Ouvrir dans la messagerie" }).getAttribute("href")).toMatch(
      /^mailto:\?subject=/,
    );
    const fiche = await page.evaluate(() =>
      (window as unknown as { gefSandbox: { book: { pageSetup: (s: string) => unknown } } }).gefSandbox.book.pageSetup(
        "Fiche L0000031",
      ),
    );
    expect(fiche).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
    expect(await axeViolations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: "/tmp/h19b-vacances-320-ecrit.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "/tmp/h19b-vacances-1280.png", fullPage: true });
  });
});
