/**
 * The real pane in headless Chromium against the simulated workbook (sandbox page of the production
 * build): each button clicked as a user would (and by keyboard), then the simulated workbook and
 * the pane are checked; axe-core runs on each state; a screenshot of each state is saved.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { blankTemplate } from "../../src/domain";
import { capture, launchChromium, openPage, serveDist } from "../support/browser";

/** Rows of the sandbox's template (sandbox/example.ts starts from the blank template), 1-based. */
const ROWS = blankTemplate({ anneeConvention: 2024, anneeRpls: 2022 }).rowOf;
const row = (key: keyof typeof ROWS): number => (ROWS[key] ?? -10) + 1;

jest.setTimeout(90_000);

const AXE = path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js");

interface SandboxState {
  cell: (sheet: string, address: string) => { value: unknown; formula?: string } | undefined;
}

/** Serious or critical accessibility violations of the page, with their rule ids. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Fluent UI's focus manager (Tabster) adds aria-hidden focus guards on purpose: they hand the
    // focus on and are never read; axe flags them (aria-hidden-focus), so they are left out.
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

const cell = (page: Page, sheet: string, address: string): Promise<{ value: unknown; formula?: string } | undefined> =>
  page.evaluate(([s, a]) => (window as unknown as { gefSandbox: { book: SandboxState } }).gefSandbox.book.cell(s ?? "", a ?? ""), [sheet, address]);

const syncLog = (page: Page): Promise<string[]> => page.locator('[data-testid="syncs"] li').allTextContents();

async function noHorizontalScroll(page: Page, selector: string): Promise<void> {
  const overflow = await page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe("bac à sable : le volet sur un classeur simulé", () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    page = await openPage(browser, server.url, 1280, 900);
    await page.goto(`${server.url}bac-a-sable.html`);
    await page.getByRole("button", { name: "Vérifier le modèle" }).waitFor({ timeout: 20_000 });
  });
  afterEach(async () => {
    await page.close();
  });

  it("vérifie le modèle, et un clic sur un problème sélectionne sa cellule", async () => {
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Vérifier le modèle" }).click();
    await page.getByRole("region", { name: "Problèmes trouvés" }).or(page.getByLabel("Problèmes trouvés")).first().waitFor();
    const first = page.getByLabel("Problèmes trouvés").getByRole("button").first();
    const address = (await first.getAttribute("data-cell")) ?? undefined;
    expect(address).toMatch(/^[A-Z]+\d+$/);
    await first.click();
    await page.getByText(`Cellule sélectionnée : Calcul assiette!${address ?? ""}`).waitFor();
    expect((await syncLog(page)).some((l) => l.endsWith(": 2 synchronisation(s)"))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await capture(page, "01-verification");
  });

  it("remplit les colonnes EPCI après confirmation, puis annule", async () => {
    const pli = `B${row("exclusPli")}`;
    const typed = await cell(page, "Calcul assiette", pli);
    await page.getByRole("button", { name: "Remplir les colonnes EPCI" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`${pli} (valeur saisie) : 40`);
    expect(await axeViolations(page)).toEqual([]);
    await capture(page, "02-confirmation");
    await dialog.getByRole("button", { name: "Conserver mes saisies" }).click();
    await page.getByText("Colonnes EPCI remplies").waitFor();
    // The user's value is kept; computed rows got native formulas; patrimoine came from the table.
    const total = `B${row("exclusTotal")}`;
    const sum = `=SUM(B${row("exclusPli")}:B${row("exclusDefense")})`;
    const patrimoineC = `C${row("patrimoine")}`;
    expect(await cell(page, "Calcul assiette", pli)).toEqual(typed);
    expect((await cell(page, "Calcul assiette", total))?.formula).toBe(sum);
    expect(typeof (await cell(page, "Calcul assiette", patrimoineC))?.value).toBe("number");
    await page.getByRole("table", { name: /Assiette, taux, volume/ }).waitFor();
    expect(await page.getByText(/Hors EPCI du modèle : [\d\s ]+ logement/).count()).toBe(1);
    const log = await syncLog(page);
    expect(log[log.length - 1]).toMatch(/: 3 synchronisation\(s\)$/);
    await noHorizontalScroll(page, "main");
    expect(await axeViolations(page)).toEqual([]);
    await capture(page, "03-remplissage");
    await page.getByRole("button", { name: "Annuler la dernière action" }).click();
    await page.getByText("Action annulée").waitFor();
    expect((await cell(page, "Calcul assiette", total))?.formula).toBe(sum);
    expect(await cell(page, "Calcul assiette", patrimoineC)).toMatchObject({ value: "" });
    await capture(page, "04-annulation");
  });

  it("insère un modèle vierge au clavier seulement", async () => {
    const button = page.getByRole("button", { name: "Insérer un modèle vierge" });
    // Tab through the pane until the button has the focus, then press Enter.
    for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByText("Modèle vierge inséré dans la feuille « Calcul assiette (2) »").waitFor();
    expect(await page.evaluate(() => [...(window as unknown as { gefSandbox: { book: { sheets: Map<string, unknown> } } }).gefSandbox.book.sheets.keys()])).toContain("Calcul assiette (2)");
    await capture(page, "05-modele-vierge");
  });

  it("trace les trois répartitions et les montre aussi en tableaux", async () => {
    await page.getByRole("tab", { name: "Répartitions du parc" }).click();
    await page.getByLabel("Nom du bailleur (dans les titres)").fill("ERILIA");
    await page.getByRole("button", { name: "Tracer les répartitions" }).click();
    await page.getByText("Répartitions tracées dans la feuille « Répartitions du parc »").waitFor();
    const charts = await page.evaluate(() =>
      (window as unknown as { gefSandbox: { book: { charts: (s: string) => { type: string; title: string }[] } } }).gefSandbox.book
        .charts("Répartitions du parc")
        .map((c) => `${c.type} ${c.title}`),
    );
    expect(charts).toEqual([
      "ColumnStacked100 Tous réservataires par financement – ERILIA",
      "Pie Tous réservataires par plafond – ERILIA",
      "Pie Tous réservataires par typologie – ERILIA",
    ]);
    for (const name of ["Tous réservataires par financement", "Tous réservataires par plafond", "Tous réservataires par typologie"]) {
      expect(await page.getByRole("table", { name }).count()).toBe(1);
    }
    expect(await page.getByRole("img", { name: /simulé/ }).count()).toBe(3);
    await page.getByRole("button", { name: "Tracer les répartitions" }).click();
    await page.getByText("Répartitions tracées dans la feuille « Répartitions du parc »").waitFor();
    expect(await page.evaluate(() => (window as unknown as { gefSandbox: { book: { charts: (s: string) => unknown[] } } }).gefSandbox.book.charts("Répartitions du parc").length)).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await capture(page, "06-repartitions");
  });

  it("tient dans un volet de 320 px sans défilement horizontal", async () => {
    const narrow = await openPage(browser, server.url, 320, 800);
    await narrow.goto(`${server.url}bac-a-sable.html`);
    await narrow.getByRole("button", { name: "Vérifier le modèle" }).waitFor({ timeout: 20_000 });
    await noHorizontalScroll(narrow, "main");
    await capture(narrow, "07-volet-320px");
    await narrow.close();
  });
});
