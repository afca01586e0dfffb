/**
 * One job, two paths: the pane (src/excel on the simulated workbook) and `gef` (src/cli reading an
 * .xlsx) give the same plan for the same workbook, because both call the job of src/jobs.
 */
import { makeLogementGrid } from "../../sandbox/logement-grid";
import { inspectFile } from "../../src/cli/inspect";
import { readGrids, readXlsxGrids } from "../../src/cli/xlsx";
import { createRepartitionActions, DEFAULT_REPARTITION_SETTINGS } from "../../src/excel/repartition-actions";
import { createSuiviActions, DEFAULT_SUIVI_SETTINGS } from "../../src/excel/suivi-actions";
import { createModeleActions } from "../../src/excel/modele-actions";
import { computeRepartition, DEFAULT_MODELE_SETTINGS, fillModele, findModeleSheet } from "../../src/jobs";
import { exampleSheets } from "../../sandbox/example";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import { gef, tempDir, modeleRows, writeXlsx } from "../support/cli";
import { receivedModele, withCell } from "../support/ddets-modele";

const t = tempDir();
afterAll(() => t.cleanup());

const modele = withCell(receivedModele(), "B13", 4321);
const logements = makeLogementGrid(1500, { seed: 3, scheme: "2024" });
const grids = (): Record<string, unknown[][]> => ({ "Calcul assiette": modeleRows(modele), RPLS: logements });

async function file(name: string): Promise<string> {
  const f = t.file(name);
  await writeXlsx(f, grids());
  return f;
}

const pane = (): FakeWorkbook => new FakeWorkbook(grids(), "Calcul assiette");

describe("même plan dans le volet et dans gef", () => {
  it("vérifier : les mêmes diagnostics", async () => {
    const inVolet = await createModeleActions(pane().run).check(DEFAULT_MODELE_SETTINGS);
    const inGef = await inspectFile(await file("verifier.xlsx"), DEFAULT_MODELE_SETTINGS);
    expect(inVolet.diagnostics.length).toBeGreaterThan(0);
    expect(inGef.diagnostics).toEqual(inVolet.diagnostics);
  });

  it("remplir : les mêmes cellules écrites et conservées, les mêmes chiffres par EPCI", async () => {
    const book = pane();
    const inVolet = await createModeleActions(book.run).fill(DEFAULT_MODELE_SETTINGS, "conserver");
    if (inVolet.kind !== "fait") throw new Error("remplissage attendu");
    const read = await readXlsxGrids(await file("remplir.xlsx"));
    const sheet = findModeleSheet(read.sheets, read.active);
    if (!sheet) throw new Error("modèle attendu");
    const inGef = fillModele({
      sheets: read.sheets,
      modele: sheet,
      settings: DEFAULT_MODELE_SETTINGS,
      ecraser: false,
      merged: sheet.merged,
    });
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
    const inVolet = await createRepartitionActions(pane().run).preview(DEFAULT_REPARTITION_SETTINGS);
    if (inVolet.kind !== "apercu") throw new Error("aperçu attendu");
    const inGef = computeRepartition(
      (await readGrids(await file("repartitions.xlsx"))).sheets,
      DEFAULT_REPARTITION_SETTINGS,
    );
    if (inGef.kind !== "mise-en-page") throw new Error("mise en page attendue");
    expect(inVolet.layout.figures[0]?.rows.length).toBeGreaterThan(0);
    expect(inGef.layout).toEqual(inVolet.layout);
    expect(inGef.repartition.repartition.total).toBe(1500);
  });

  it("objectifs : les mêmes objectifs par réservataire (268 sur 2 000 / 2 760 / 607 → 100 / 138 / 30)", async () => {
    const droits = [
      ["Réservataire", "Droits"],
      ["PREFECTURE", 2000],
      ["ACTION LOGEMENT", 2760],
      ["VILLE DE NICE", 607],
    ];
    const inVolet = await createSuiviActions(new FakeWorkbook({ Droits: droits }, "Droits").run).objectifs(
      { ...DEFAULT_SUIVI_SETTINGS, volume: "268" },
      false,
    );
    if (inVolet.kind !== "fait") throw new Error(inVolet.message);
    const f = t.file("objectifs.xlsx");
    await writeXlsx(f, { Droits: droits });
    const r = await gef("objectifs", f, "--volume", "268", "--json");
    const inGef = JSON.parse(r.out) as { epci: unknown[] };
    expect(inVolet.travail.result?.epci[0]?.lignes.map((l) => l.objectif)).toEqual([100, 138, 30]);
    expect(inGef.epci).toEqual(JSON.parse(JSON.stringify(inVolet.travail.result?.epci)));
  });

  it("bilan : les mêmes comptes par réservataire sur le journal de l'exemple", async () => {
    const sheets = exampleSheets();
    const inVolet = await createSuiviActions(new FakeWorkbook(sheets, "Calcul assiette").run).bilan(
      { ...DEFAULT_SUIVI_SETTINGS, annee: "2024" },
      false,
    );
    if (inVolet.kind !== "fait") throw new Error(inVolet.message);
    const f = t.file("bilan.xlsx");
    await writeXlsx(f, sheets);
    const r = await gef("bilan", f, "--periode", "S1", "--annee", "2024", "--json");
    const inGef = JSON.parse(r.out) as { groupes: unknown[]; total: unknown };
    expect(inVolet.travail.bilan?.groupes.length).toBeGreaterThan(0);
    expect(inGef.groupes).toEqual(JSON.parse(JSON.stringify(inVolet.travail.bilan?.groupes)));
    expect(inGef.total).toEqual(JSON.parse(JSON.stringify(inVolet.travail.bilan?.total)));
  });
});
