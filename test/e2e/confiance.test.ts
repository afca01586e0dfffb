/**
 * Issue 24's second trial, in headless Chromium at 320 px on the sandbox's simulated workbook, by
 * mouse and by keyboard: what is typed stays across tabs with its message (point 3), a result is
 * never shown as current under a new refusal (point 4), the blank template's errors sit under their
 * fields and its options above its button (point 6).
 */
import type { Locator, Page } from "playwright-core";
import { capture, openPage, withBrowser } from "../support/browser";

jest.setTimeout(180_000);

const PRIORITAIRES = "Part de l'État pour ses candidats prioritaires (%)";

async function openSandbox(page: Page, url: string, tab?: string): Promise<void> {
  await page.goto(`${url}bac-a-sable.html`);
  await page.getByRole("tab", { name: "Modèle DDETS" }).waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Vérifier le modèle" }).waitFor();
  if (tab !== undefined) {
    await page.getByRole("tab", { name: tab }).click();
    await page.getByRole("tabpanel", { name: tab }).waitFor();
  }
}

/** What is said under a field (hint and message), as a screen reader reads it (aria-describedby). */
async function under(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** Selects a tab by keyboard: focus on the tab list, then Enter on the tab. */
async function tabByKeyboard(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("tabpanel", { name }).waitFor();
}

/** Types in a field by keyboard, as a user would: select all, then the keys. */
async function typeKeys(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

describe("bac à sable à 320 px : ce qui est tapé reste, chaque chiffre veut dire une chose", () => {
  const env = withBrowser();

  it("point 3, à la souris : « 30 » comme part (avec son message et la case de la convention) et « abc » en années reviennent après un tour par Suivi du flux", async () => {
    const page = await openPage(env.browser, env.url);
    await openSandbox(page, env.url);
    const part = page.getByLabel(PRIORITAIRES);
    await part.fill("30");
    await part.press("Tab");
    const annees = page.getByLabel("Années de mouvements");
    await annees.fill("abc");
    await page.getByRole("tab", { name: "Suivi du flux" }).click();
    await page.getByRole("button", { name: "Aperçu du bilan" }).waitFor();
    await page.getByRole("tab", { name: "Modèle DDETS" }).click();
    expect(await part.inputValue()).toBe("30");
    expect(await under(part)).toContain("dépasse le plafond légal de 25");
    expect(await page.getByRole("checkbox", { name: /Une convention signée fixe cette part/ }).isVisible()).toBe(true);
    expect(await annees.inputValue()).toBe("abc");
    expect(await under(annees)).toContain("Années de mouvements : « abc » n'est pas un nombre d'années");
    await capture(page, "confiance-320-modele-garde");
    await page.close();
  });

  it("point 3, au clavier : « 20245 » en année du bilan reste, avec son message, après un tour par Modèle DDETS", async () => {
    const page = await openPage(env.browser, env.url);
    await openSandbox(page, env.url);
    await tabByKeyboard(page, "Suivi du flux");
    const annee = page.getByLabel("Année", { exact: true });
    await typeKeys(page, annee, "20245");
    await tabByKeyboard(page, "Modèle DDETS");
    await tabByKeyboard(page, "Suivi du flux");
    expect(await annee.inputValue()).toBe("20245");
    expect(await under(annee)).toContain("Année de la période : « 20245 » est hors des bornes (de 1950 à 2200)");
    await page.close();
  });

  it("point 4, à la souris : le bilan devient « périmé » quand l'année change, et disparaît sous le refus de « 20245 »", async () => {
    const page = await openPage(env.browser, env.url);
    await openSandbox(page, env.url, "Suivi du flux");
    const annee = page.getByLabel("Année", { exact: true });
    await annee.fill("2024");
    await page.getByRole("button", { name: "Aperçu du bilan" }).click();
    await page
      .getByRole("table", { name: /^Bilan S1 2024, / })
      .first()
      .waitFor();
    await annee.fill("20245");
    await page.getByText(/«\sAnnée\s» a changé depuis ce calcul/).waitFor();
    await capture(page, "confiance-320-perime");
    await page.getByRole("button", { name: "Aperçu du bilan" }).click();
    await page
      .locator('[data-intent="refus"]')
      .getByText(/« 20245 » est hors des bornes/)
      .waitFor();
    expect(await page.getByRole("table", { name: /^Bilan S1 2024, / }).count()).toBe(0);
    expect(await page.getByText("Résultat périmé").count()).toBe(0);
    await capture(page, "confiance-320-refus-sans-ancien-bilan");
    await page.close();
  });

  it("point 4, au clavier : même chose, boutons actionnés par Entrée", async () => {
    const page = await openPage(env.browser, env.url);
    await openSandbox(page, env.url);
    await tabByKeyboard(page, "Suivi du flux");
    const annee = page.getByLabel("Année", { exact: true });
    const apercu = page.getByRole("button", { name: "Aperçu du bilan" });
    await typeKeys(page, annee, "2024");
    await apercu.focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("table", { name: /^Bilan S1 2024, / })
      .first()
      .waitFor();
    await typeKeys(page, annee, "20245");
    await page.getByText(/«\sAnnée\s» a changé depuis ce calcul/).waitFor();
    await apercu.focus();
    await page.keyboard.press("Enter");
    await page
      .locator('[data-intent="refus"]')
      .getByText(/« 20245 » est hors des bornes/)
      .waitFor();
    expect(await page.getByRole("table", { name: /^Bilan S1 2024, / }).count()).toBe(0);
    await page.close();
  });

  it("point 6, à la souris et au clavier : « 20245 » laisse l'année RPLS, l'erreur est sous la convention, les options sont au-dessus du bouton", async () => {
    const page = await openPage(env.browser, env.url);
    await openSandbox(page, env.url);
    await page.locator("summary", { hasText: "Modèle vierge" }).click();
    const convention = page.getByLabel("Année de la convention");
    const rpls = page.getByLabel("Données RPLS au 1er janvier");
    await typeKeys(page, convention, "20245");
    // Typed key by key, « 2024 » was a valid convention year on the way (RPLS 2022); « 20245 » is
    // not one and leaves it there, never 20243.
    expect(await rpls.inputValue()).toBe("2022");
    expect(await under(convention)).toContain(
      "L'année de la convention doit être une année de 2020 à 2100 (par exemple 2026) : « 20245 » n'en est pas une.",
    );
    expect(await under(rpls)).toBe("");
    await capture(page, "confiance-320-modele-vierge");
    const button = page.getByRole("button", { name: "Insérer un modèle vierge" });
    const bottom = async (l: Locator): Promise<number> => {
      const box = await l.boundingBox();
      return (box?.y ?? 0) + (box?.height ?? 0);
    };
    const top = (await button.boundingBox())?.y ?? 0;
    for (const option of [convention, rpls, page.getByLabel("Département")])
      expect(await bottom(option)).toBeLessThanOrEqual(top);
    // By mouse, a valid year again: the RPLS year follows it (two years before).
    await convention.fill("2030");
    expect(await rpls.inputValue()).toBe("2028");
    expect(await under(convention)).toBe("");
    await page.close();
  });
});
