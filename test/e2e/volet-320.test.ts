/**
 * The pane at 320 px, the narrowest Office task pane: in every state, nothing spills sideways and no
 * two text boxes overlap (tables stack or scroll inside their own frame). Screenshots of each state
 * are saved under test-results/captures/ for a reviewer.
 */
import type { Page } from "playwright-core";
import { capture, openPage, withBrowser } from "../support/browser";
import { horizontalOverflow, overlappingTexts } from "./layout";
import { axeViolations } from "./sandbox";

jest.setTimeout(120_000);

async function expectReadable(page: Page, name: string): Promise<void> {
  await capture(page, name);
  expect(await horizontalOverflow(page, "main")).toBeLessThanOrEqual(0);
  expect(await overlappingTexts(page, "main")).toEqual([]);
}

describe("volet de 320 px : lisible dans tous ses états", () => {
  const env = withBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await openPage(env.browser, env.url, 320, 800);
    await page.goto(`${env.url}bac-a-sable.html`);
    await page.getByRole("button", { name: "Vérifier le modèle" }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it("onglet du modèle, vérification et groupes de problèmes ouverts", async () => {
    await expectReadable(page, "320-01-modele");
    await page.getByRole("button", { name: "Vérifier le modèle" }).click();
    const list = page.getByRole("region", { name: "Problèmes trouvés" });
    await list.waitFor();
    await list.locator("details:not([open]) summary").first().click();
    await expectReadable(page, "320-02-verification");
  });

  it("confirmation et résultat du remplissage", async () => {
    await page.getByRole("button", { name: "Remplir les colonnes EPCI" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await capture(page, "320-03-confirmation");
    expect(await horizontalOverflow(page, "[role='alertdialog']")).toBeLessThanOrEqual(0);
    expect(await overlappingTexts(page, "[role='alertdialog']")).toEqual([]);
    await dialog.getByRole("button", { name: "Conserver mes saisies" }).click();
    await page.getByRole("list", { name: /Assiette, taux, volume/ }).waitFor();
    await expectReadable(page, "320-04-remplissage");
  });

  it("répartitions, tableaux et règles", async () => {
    await page.getByRole("tab", { name: "Répartitions du parc" }).click();
    await page.getByText(/^Règles de classement des réservataires/).click();
    await page.getByRole("button", { name: "Aperçu" }).click();
    await page.getByText(/^Aperçu à partir de « Logements »/).waitFor();
    await page.getByRole("region", { name: "Hors des graphiques" }).waitFor();
    // Motifs are never cut: each input is as wide as its text needs, or wider.
    const cut = await page
      .locator("textarea[aria-label^='Motif de la règle']")
      .evaluateAll((els) =>
        els
          .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
          .map((e) => (e as HTMLTextAreaElement).value),
      );
    expect(cut).toEqual([]);
    await expectReadable(page, "320-05-repartitions");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("onglet des fonctions", async () => {
    await page.getByRole("tab", { name: "Fonctions" }).click();
    await page.getByText(/^Calculer dans vos propres cellules/).waitFor();
    await expectReadable(page, "320-06-fonctions");
  });
});
