/**
 * One job, two paths: the pane (src/excel on the simulated workbook) and `gef` (src/cli reading an
 * .xlsx) give the same plan for the same workbook, because both call the job of src/jobs.
 */
import { makeDwellingGrid } from "../../src/domain/tables/generator";
import { inspectFile } from "../../src/cli/inspect";
import { readGrids, readXlsxGrids } from "../../src/cli/xlsx";
import { createBreakdownActions, DEFAULT_BREAKDOWN } from "../../src/excel/breakdown-actions";
import { createTemplateActions } from "../../src/excel/template-actions";
import { computeRepartition, DEFAULT_MODELE_SETTINGS, fillModele, findTemplateSheet } from "../../src/jobs";
import { FakeWorkbook } from "../../sandbox/fake-workbook";
import { tempDir, templateRows, writeXlsx } from "../support/cli";
import { receivedTemplate, withCell } from "../support/ddets-template";

const t = tempDir();
afterAll(() => t.cleanup());

const template = withCell(receivedTemplate(), "B13", 4321);
const logements = makeDwellingGrid(1500, { seed: 3, scheme: "2024" });
const grids = (): Record<string, unknown[][]> => ({ "Calcul assiette": templateRows(template), RPLS: logements });

async function file(name: string): Promise<string> {
  const f = t.file(name);
  await writeXlsx(f, grids());
  return f;
}

const pane = (): FakeWorkbook => new FakeWorkbook(grids(), "Calcul assiette");

describe("même plan dans le volet et dans gef", () => {
  it("vérifier : les mêmes diagnostics", async () => {
    const inVolet = await createTemplateActions(pane().run).check(DEFAULT_MODELE_SETTINGS);
    const inGef = await inspectFile(await file("verifier.xlsx"), DEFAULT_MODELE_SETTINGS);
    expect(inVolet.diagnostics.length).toBeGreaterThan(0);
    expect(inGef.diagnostics).toEqual(inVolet.diagnostics);
  });

  it("remplir : les mêmes cellules écrites et conservées, les mêmes chiffres par EPCI", async () => {
    const book = pane();
    const inVolet = await createTemplateActions(book.run).fill(DEFAULT_MODELE_SETTINGS, "conserver");
    if (inVolet.kind !== "fait") throw new Error("remplissage attendu");
    const read = await readXlsxGrids(await file("remplir.xlsx"));
    const sheet = findTemplateSheet(read.sheets, read.active);
    if (!sheet) throw new Error("modèle attendu");
    const inGef = fillModele({ sheets: read.sheets, template: sheet, settings: DEFAULT_MODELE_SETTINGS, ecraser: false, merged: sheet.merged });
    expect(inVolet.kept.map((c) => c.cell)).toContain("B13");
    expect(inGef.kept).toEqual(inVolet.kept);
    expect(inGef.writes.length).toBe(inVolet.written);
    for (const w of inGef.writes) {
      const cell = book.cell("Calcul assiette", w.cell);
      if (w.formula !== undefined) expect(cell?.formula).toBe(w.formula);
      else expect(cell?.value).toBe(w.value);
    }
    expect(inGef.figures).toEqual(inVolet.epci);
    expect(inGef.diagnostics).toEqual(inVolet.diagnostics);
  });

  it("répartitions : la même feuille « Répartitions du parc »", async () => {
    const inVolet = await createBreakdownActions(pane().run).preview(DEFAULT_BREAKDOWN);
    if (inVolet.kind !== "apercu") throw new Error("aperçu attendu");
    const inGef = computeRepartition((await readGrids(await file("repartitions.xlsx"))).sheets, DEFAULT_BREAKDOWN);
    if (inGef.kind !== "layout") throw new Error("mise en page attendue");
    expect(inVolet.layout.figures[0]?.rows.length).toBeGreaterThan(0);
    expect(inGef.layout).toEqual(inVolet.layout);
    expect(inGef.breakdown.repartition.total).toBe(1500);
  });
});
