/**
 * « Programme neuf » (Suivi du flux) in headless Chromium at 320 px, on the sandbox's simulated
 * workbook: the AN 17-2768 example (guarantors 20 % at 25 / 25 / 50 % of the guarantees → 1 / 1 / 2)
 * split by mouse, nothing spilling sideways, axe-core clean, and « Annuler » removing the sheet.
 */
import type { Page } from "playwright-core";
import { capture, openPage, withBrowser } from "../support/browser";
import { horizontalOverflow, overlappingTexts } from "./layout";
import { axeViolations, sheets } from "./sandbox";

jest.setTimeout(120_000);

/** Adds the operation (20 dwellings) and its shares to the sandbox's workbook. */
async function addTables(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rows: unknown[][] = [["Logement", "Financement", "Typologie", "Bâtiment", "Étage"]];
    for (let i = 0; i < 10; i++) rows.push([`A${i + 1}`, "PLUS", "T2", "A", Math.floor(i / 2)]);
    for (let i = 0; i < 10; i++) rows.push([`B${i + 1}`, i < 6 ? "PLUS" : "PLAI", "T3", "B", Math.floor(i / 2)]);
    const droits = [
      ["Réservataire", "Part", "Garant", "Montant garanti"],
      ["Commune", 5, "oui", 250000],
      ["Département", 5, "oui", 250000],
      ["EPCI", 10, "oui", 500000],
      ["Préfet", 25, "non", ""],
      ["Action Logement", 40, "non", ""],
    ];
    const book = (window as unknown as { gefSandbox: { book: { setSheet: (n: string, g: unknown[][]) => void } } })
      .gefSandbox.book;
    book.setSheet("Opération Oliviers", rows);
    book.setSheet("Parts Oliviers", droits);
  });
}

describe("bac à sable : Programme neuf à 320 px", () => {
  const env = withBrowser();

  it("répartit l'exemple AN 17-2768, reste lisible, et « Annuler » retire la feuille", async () => {
    const page = await openPage(env.browser, env.url, 320, 800);
    await page.goto(`${env.url}bac-a-sable.html`);
    await page.getByRole("tab", { name: "Suivi du flux" }).waitFor({ timeout: 20_000 });
    await addTables(page);
    await page.getByRole("tab", { name: "Suivi du flux" }).click();
    const section = page.getByRole("region", { name: "Programme neuf" });
    await section.waitFor({ timeout: 20_000 });
    await section.getByLabel("Nom de l'opération").fill("Oliviers");
    await section.getByLabel("Année de livraison").fill("2026");
    await section.locator("select").first().focus();
    await section.getByRole("option", { name: "Opération Oliviers" }).first().waitFor({ state: "attached" });
    await section.getByLabel("Logements de l'opération").selectOption("Opération Oliviers");
    await section.getByLabel("Droits du programme").selectOption("Parts Oliviers");
    await section.getByRole("button", { name: "Répartir" }).click();
    await section.getByText(/^Programme écrit/).waitFor({ timeout: 30_000 });
    await section.getByText("EPCI : 2 logements").waitFor();
    await section.getByText("Commune : 1 logement").waitFor();
    await capture(page, "320-programme");
    expect(await horizontalOverflow(page, "main")).toBeLessThanOrEqual(0);
    expect(await overlappingTexts(page, "main")).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await sheets(page)).toContain("Programme Oliviers");

    await page.getByRole("button", { name: "Annuler la dernière action" }).click();
    await page.getByText("Action annulée").waitFor({ timeout: 20_000 });
    expect(await sheets(page)).not.toContain("Programme Oliviers");
    await page.close();
  });
});
