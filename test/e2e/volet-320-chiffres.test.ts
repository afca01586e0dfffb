/**
 * Issue 24, point 5: at 320 px every figure of a result is readable without sideways scrolling
 * (no frame that scrolls, every figure's box inside the viewport), the four tabs stand on one row
 * (short names; the full name is the accessible name and the tooltip), and a result appears next to
 * the button that produced it — by mouse and by keyboard, in the sandbox's real pane.
 */
import type { Locator, Page } from "playwright-core";
import { capture, openPage, withBrowser } from "../support/browser";
import { horizontalOverflow, overlappingTexts } from "./layout";
import { axeViolations } from "./sandbox";

jest.setTimeout(180_000);

const WIDTH = 320;

/** Frames of results that scroll sideways, and figures drawn beyond the viewport, inside `selector`. */
async function hiddenFigures(
  page: Page,
  selector: string,
): Promise<{ frames: string[]; figures: string[]; count: number }> {
  return page.evaluate(
    ([sel, width]) => {
      const roots = Array.from(document.querySelectorAll(sel));
      const frames = roots.flatMap((root) =>
        Array.from(root.querySelectorAll("[role='region'], table"))
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.getAttribute("aria-label") ?? e.tagName),
      );
      const cells = roots.flatMap((root) =>
        Array.from(root.querySelectorAll("td, th[role='rowheader'], [role='cell']")),
      );
      const figures = cells
        .filter((e) => (e as HTMLElement).checkVisibility())
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.left < -0.5 || r.right > (width ?? 0) + 0.5);
        })
        .map((e) => (e.textContent ?? "").trim());
      return { frames, figures, count: cells.length };
    },
    [selector, WIDTH] as const,
  );
}

/**
 * Figures and one-word column names broken across lines in the cards (the trial saw « 9 » over « 1 »,
 * « PLU » over « S », « 106 (21,5 %) » on two lines): each as « text: lines ».
 */
async function brokenFigures(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const spans = Array.from(document.querySelectorAll(sel)).flatMap((root) =>
      Array.from(root.querySelectorAll("td > span")),
    );
    return spans
      .filter((e) => (e as HTMLElement).checkVisibility())
      .map((e) => {
        // The span is a flex item (a block): its text's line boxes are counted through a range.
        const range = document.createRange();
        range.selectNodeContents(e);
        const lines = new Set(
          Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        ).size;
        return { text: (e.textContent ?? "").trim(), lines };
      })
      .filter((f) => f.lines > 1 && (/^[^\p{L}]*$/u.test(f.text) || !/\s/.test(f.text)))
      .map((f) => `${f.text}: ${f.lines}`);
  }, selector);
}

async function expectFiguresInside(page: Page, selector: string, name: string): Promise<void> {
  await capture(page, name);
  expect(await brokenFigures(page, selector)).toEqual([]);
  expect(await horizontalOverflow(page, "main")).toBeLessThanOrEqual(0);
  const h = await hiddenFigures(page, selector);
  expect(h.count).toBeGreaterThan(0);
  expect(h.frames).toEqual([]);
  expect(h.figures).toEqual([]);
}

/** Pixels from the button's foot to the top of the status its action produced. */
async function gapBelow(button: Locator, result: Locator): Promise<number> {
  const b = await button.boundingBox();
  const r = await result.boundingBox();
  if (!b || !r) throw new Error("bouton ou résultat introuvable");
  return r.y - (b.y + b.height);
}

/** The status is wholly in the viewport (brought into view after the action). */
async function inViewport(page: Page, result: Locator): Promise<boolean> {
  const r = await result.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return r !== null && r.y >= 0 && r.y + Math.min(r.height, 120) <= height;
}

async function focus(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe("volet de 320 px : chaque chiffre d'un résultat lisible, onglets sur une ligne, résultat près du bouton", () => {
  const env = withBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await openPage(env.browser, env.url, WIDTH, 800);
    await page.goto(`${env.url}bac-a-sable.html`);
    await page.getByRole("button", { name: "Vérifier le modèle" }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it("met les quatre onglets sur une ligne, nommés en entier pour les lecteurs d'écran et au survol, et s'y déplace au clavier", async () => {
    const tabs = page.getByRole("tab");
    const names = ["Modèle DDETS", "Répartitions du parc", "Suivi du flux", "Fonctions"];
    for (const n of names) expect(await page.getByRole("tab", { name: n, exact: true }).count()).toBe(1);
    const tops = await tabs.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await horizontalOverflow(page, "[role='tablist']")).toBeLessThanOrEqual(0);
    const rights = await tabs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(WIDTH);
    await page.getByRole("tab", { name: "Suivi du flux" }).hover();
    await page.getByRole("tooltip").filter({ hasText: "Suivi du flux" }).waitFor();
    await capture(page, "320-chiffres-01-onglets");
    // Keyboard: from the selected tab, the arrows move along the row and Enter opens a tab.
    await page.getByRole("tab", { name: "Modèle DDETS" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Tracer les répartitions" }).waitFor();
    expect(await page.getByRole("tab", { name: "Répartitions du parc" }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("tab", { name: "Modèle DDETS" }).click();
  });

  it("Modèle DDETS : la fiche de chaque EPCI tient dans le volet et le résultat est amené sous les yeux", async () => {
    const button = page.getByRole("button", { name: "Remplir les colonnes EPCI" });
    await button.click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Conserver mes saisies" }).click();
    const list = page.getByRole("list", { name: /Assiette, taux, volume/ });
    await list.waitFor();
    const status = page
      .getByRole("status")
      .filter({ hasText: /remplies|écrites|Remplissage/ })
      .first();
    await page.waitForTimeout(300);
    expect(await inViewport(page, status)).toBe(true);
    expect(await gapBelow(button, status)).toBeLessThanOrEqual(220);
    await capture(page, "320-chiffres-02-modele");
    expect(await horizontalOverflow(page, "main")).toBeLessThanOrEqual(0);
    const outside = await list.evaluate(
      (el, width) =>
        Array.from(el.querySelectorAll("dd, dt"))
          .filter((e) => e.getBoundingClientRect().right > width + 0.5)
          .map((e) => e.textContent),
      WIDTH,
    );
    expect(outside).toEqual([]);
  });

  it("Répartitions : PLAI, PLUS et PLS de chaque catégorie dans le volet, sans défilement de côté (souris)", async () => {
    await page.getByRole("tab", { name: "Répartitions du parc" }).click();
    const button = page.getByRole("button", { name: "Aperçu", exact: true });
    await button.click();
    const status = page
      .getByRole("status")
      .filter({ hasText: /^Aperçu/ })
      .first();
    await status.waitFor();
    expect(await gapBelow(button, status)).toBeLessThanOrEqual(120);
    const table = page.getByRole("table", { name: /Tous réservataires par financement/ });
    await table.waitFor();
    for (const f of ["PLAI", "PLUS", "PLS"]) expect(await table.getByRole("columnheader", { name: f }).count()).toBe(1);
    const pls = table
      .getByRole("row", { name: /ÉTAT PRIORITAIRES/ })
      .getByRole("cell")
      .nth(2);
    const box = await pls.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= WIDTH).toBe(true);
    await expectFiguresInside(page, "[role='tabpanel']", "320-chiffres-03-repartitions");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("Suivi du flux : le bilan s'affiche sous son bouton, en fiches lisibles (clavier), et les objectifs sous le leur (souris)", async () => {
    await page.getByRole("tab", { name: "Suivi du flux" }).click();
    await page.getByLabel("Année", { exact: true }).fill("2024");
    const bilan = page.getByRole("button", { name: "Aperçu du bilan" });
    await focus(page, bilan);
    await page.keyboard.press("Enter");
    const status = page
      .getByRole("status")
      .filter({ hasText: /^Aperçu : bilan/ })
      .first();
    await status.waitFor();
    const gap = await gapBelow(bilan, status);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(120);
    // Brought into view once laid out (ActionStatus shows it again after 150 ms).
    await page.waitForTimeout(300);
    expect(await inViewport(page, status)).toBe(true);
    // Atteinte, Écart and Chute of every réservataire are inside the pane.
    const first = page.getByRole("table", { name: /^Bilan S1 2024, / }).first();
    for (const c of ["Objectif", "Réalisé", "Atteinte", "Écart", "Chute"])
      expect(await first.getByRole("columnheader", { name: c }).count()).toBe(1);
    await expectFiguresInside(page, "[role='tabpanel']", "320-chiffres-04-bilan");
    expect(await axeViolations(page)).toEqual([]);

    const objectifs = page.getByRole("button", { name: "Aperçu des objectifs" });
    await page.getByLabel("Volume annuel saisi (facultatif)").fill("268");
    await objectifs.click();
    const done = page
      .getByRole("status")
      .filter({ hasText: /^Aperçu : objectifs/ })
      .first();
    await done.waitFor();
    expect(await gapBelow(objectifs, done)).toBeLessThanOrEqual(120);
    await expectFiguresInside(page, "[role='tabpanel']", "320-chiffres-05-objectifs");
  });
});

describe("bac à sable : le graphique du bilan montre l'objectif et le réalisé, sans étiquettes qui se chevauchent", () => {
  const env = withBrowser();

  it("dessine les deux séries en colonnes groupées, légende des deux, noms des réservataires lisibles", async () => {
    const page = await openPage(env.browser, env.url, 1280, 900);
    await page.goto(`${env.url}bac-a-sable.html`);
    await page.getByRole("tab", { name: "Suivi du flux" }).click();
    await page.getByLabel("Volume annuel saisi (facultatif)").fill("268");
    await page.getByRole("button", { name: "Écrire la feuille Objectifs" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Objectifs écrits/ })
      .waitFor();
    await page.getByLabel("Année", { exact: true }).fill("2024");
    await page.getByRole("button", { name: "Écrire le bilan de la période" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Bilan écrit/ })
      .waitFor();
    const figure = page.locator("figure").filter({ hasText: "Objectif annuel et réalisé" });
    await figure.waitFor();
    expect(await figure.getByRole("img").getAttribute("aria-label")).toMatch(/^Colonnes groupées simulé/);
    expect(await figure.getByRole("listitem").allTextContents()).toEqual([
      "Objectif annuel",
      "Réalisé (mise à disposition)",
    ]);
    expect(await overlappingTexts(page, "figure")).toEqual([]);
    await capture(page, "chiffres-06-graphique-bilan");
    await page.close();
  });
});
