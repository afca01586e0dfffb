/**
 * The pane's one « Annuler » in headless Chromium at 320 px against the sandbox's simulated workbook
 * (issue 24, points 1 and 7): fill → objectifs → bilan, then « Annuler » undoes the bilan only and
 * « Annuler plusieurs actions » goes back to the fill; resetting the rules asks first; by keyboard,
 * the focus returns to the control that opened a dialog, or goes to the result of an action or undo,
 * and the next Tab stays in the pane.
 */
import type { Page } from "playwright-core";
import { capture, openPage, withBrowser } from "../support/browser";
import { horizontalOverflow, overlappingTexts } from "./layout";
import { axeViolations, sheets } from "./sandbox";

jest.setTimeout(180_000);

const grid = (page: Page, sheet: string): Promise<unknown[][]> =>
  page.evaluate(
    (s) =>
      (window as unknown as { gefSandbox: { book: { grid: (s: string) => unknown[][] } } }).gefSandbox.book.grid(s),
    sheet,
  );

/** What has the keyboard focus: its text, and whether it is (in) the result of an action. */
const focused = (page: Page): Promise<{ text: string; inResult: boolean; inPane: boolean; tag: string }> =>
  page.evaluate(() => {
    const a = document.activeElement;
    return {
      text: a?.textContent ?? "",
      inResult: a?.closest("[data-gef-resultat]") != null,
      inPane: a?.closest("main") != null,
      tag: a?.tagName ?? "",
    };
  });

async function open(page: Page, url: string): Promise<void> {
  await page.goto(`${url}bac-a-sable.html`);
  await page.getByRole("button", { name: "Vérifier le modèle" }).waitFor({ timeout: 20_000 });
}

async function readable(page: Page, name: string): Promise<void> {
  await capture(page, name);
  expect(await horizontalOverflow(page, "main")).toBeLessThanOrEqual(0);
  expect(await overlappingTexts(page, "main")).toEqual([]);
}

describe("bac à sable : une seule annulation pour tout le volet, à 320 px", () => {
  const env = withBrowser();

  it("à la souris : remplissage → objectifs → bilan, « Annuler » n'annule que le bilan, puis remonte jusqu'au remplissage", async () => {
    const page = await openPage(env.browser, env.url, 320, 800);
    await open(page, env.url);
    const before = await sheets(page);
    const modeleBefore = await grid(page, "Calcul assiette");
    await page.getByText("Rien à annuler : GEF n'a rien écrit depuis l'ouverture du volet.").waitFor();
    await page.getByRole("button", { name: "Remplir les colonnes EPCI" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Conserver mes saisies" }).click();
    await page.getByText(/Colonnes EPCI .*remplies/).waitFor({ timeout: 30_000 });

    await page.getByRole("tab", { name: "Suivi du flux" }).click();
    await page.getByLabel("Volume annuel saisi (facultatif)").fill("268");
    await page.getByRole("button", { name: "Écrire la feuille Objectifs" }).click();
    await page.getByText(/^Objectifs écrits/).waitFor({ timeout: 30_000 });
    await page.getByLabel("Année", { exact: true }).fill("2024");
    await page.getByRole("button", { name: "Écrire le bilan de la période" }).click();
    await page.getByText(/^Bilan écrit/).waitFor({ timeout: 30_000 });

    await page.getByRole("tab", { name: "Modèle DDETS" }).click();
    await page
      .getByText("Dernière action : écriture du bilan dans la feuille « Bilan S1 2024 ».", { exact: false })
      .waitFor();
    await readable(page, "320-annuler-1-trois-actions");
    await page.getByRole("button", { name: "Annuler la dernière action" }).click();
    await page.getByText("Action annulée").waitFor({ timeout: 30_000 });
    expect(await sheets(page)).toEqual([...before, "Objectifs"]);
    await page.getByText(/Dernière action : écriture des objectifs dans la feuille « Objectifs »/).waitFor();

    await page.getByRole("button", { name: "Annuler plusieurs actions" }).click();
    const items = page.getByRole("menuitem");
    expect(await items.allTextContents()).toEqual([
      "Annuler la dernière action : écriture des objectifs dans la feuille « Objectifs »",
      expect.stringMatching(/^Annuler 2 actions, jusqu'à : remplissage de \d+ cellules de « Calcul assiette »$/),
    ]);
    await capture(page, "320-annuler-2-plusieurs");
    expect(await axeViolations(page)).toEqual([]);
    await items.nth(1).click();
    await page.getByText("2 actions annulées").waitFor({ timeout: 30_000 });
    expect(await sheets(page)).toEqual(before);
    expect(await grid(page, "Calcul assiette")).toEqual(modeleBefore);
    await page.getByText("Rien à annuler : GEF n'a rien écrit depuis l'ouverture du volet.").waitFor();
    await readable(page, "320-annuler-3-remonte");
    await page.close();
  });

  it("au clavier : le focus revient au bouton qui a ouvert un dialogue, puis va au résultat, et Tab reste dans le volet", async () => {
    const page = await openPage(env.browser, env.url, 320, 800);
    await open(page, env.url);
    const fill = page.getByRole("button", { name: "Remplir les colonnes EPCI" });
    await fill.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    // « Ne rien écrire »: back on the button that opened the dialog.
    await dialog.getByRole("button", { name: "Ne rien écrire" }).focus();
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "Remplir les colonnes EPCI");
    // Again, keeping the user's inputs: the focus goes to the result once the fill is done.
    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "Conserver mes saisies" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/Colonnes EPCI .*remplies/).waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.closest("[data-gef-resultat]") != null);
    await page.keyboard.press("Tab");
    expect((await focused(page)).inPane).toBe(true);

    // A blank template, then two steps back by keyboard from the menu.
    await page.getByRole("button", { name: "Insérer un modèle vierge" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/^Modèle vierge inséré/).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Annuler plusieurs actions" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem").first().waitFor();
    await page.keyboard.press("ArrowDown");
    expect((await focused(page)).text).toMatch(/^Annuler 2 actions, jusqu'à : remplissage/);
    await page.keyboard.press("Enter");
    await page.getByText("2 actions annulées").waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () =>
        document.activeElement?.closest("[data-gef-resultat]")?.textContent?.includes("2 actions annulées") === true,
    );
    await capture(page, "320-annuler-4-clavier");
    await page.keyboard.press("Tab");
    expect((await focused(page)).inPane).toBe(true);
    await page.close();
  });

  it("« Revenir aux règles par défaut » demande d'abord ; Échap rend le focus au bouton, et « Annuler » rend les règles", async () => {
    const page = await openPage(env.browser, env.url, 320, 800);
    await open(page, env.url);
    await page.getByRole("tab", { name: "Répartitions du parc" }).click();
    await page.getByText(/^Règles de classement des réservataires/).click();
    const summary = page.getByText(/^Règles de classement des réservataires \(\d+\)$/);
    await page.getByRole("button", { name: "Supprimer la règle 1", exact: true }).click();
    const mine = await summary.textContent();
    const reset = page.getByRole("button", { name: "Revenir aux règles par défaut" });
    await reset.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog").getByText("Revenir aux règles par défaut ?").waitFor();
    await readable(page, "320-annuler-5-regles");
    await page.keyboard.press("Escape");
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "Revenir aux règles par défaut");
    expect(await summary.textContent()).toBe(mine);
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog").getByRole("button", { name: "Remplacer mes règles" }).click();
    await page.getByText(/^Dernière action : retour aux règles de classement par défaut/).waitFor();
    expect(await summary.textContent()).not.toBe(mine);
    await page.getByRole("button", { name: "Annuler la dernière action" }).click();
    await page.getByText("Action annulée").waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toBe(mine);
    await page.close();
  });
});
