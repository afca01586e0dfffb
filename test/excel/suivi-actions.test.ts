import { createSuiviActions, DEFAULT_SUIVI_SETTINGS, type SuiviSettings } from "../../src/excel/suivi-actions";
import { exampleSheets } from "../../sandbox/example";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";

const DROITS = [
  ["Réservataire", "Droits"],
  ["PREFECTURE", 2000],
  ["ACTION LOGEMENT", 2760],
  ["VILLE DE NICE", 607],
];
const S: SuiviSettings = { ...DEFAULT_SUIVI_SETTINGS, volume: "268" };

describe("volet : suivi du flux sur le classeur simulé", () => {
  it("écrit « Objectifs » (100 / 138 / 30) en une écriture, avec la formule de contrôle", async () => {
    const book = new FakeWorkbook({ Droits: DROITS }, "Droits");
    const r = await createSuiviActions(book.run).objectifs(S, true);
    expect(r.kind).toBe("fait");
    if (r.kind !== "fait") return;
    expect(r.ecriture).toEqual({ feuille: "Objectifs", renomme: false, voulu: "Objectifs" });
    const g = book.grid("Objectifs");
    expect(g.slice(7, 10).map((row) => [row[1], row[5]])).toEqual([
      ["PREFECTURE", 100],
      ["ACTION LOGEMENT", 138],
      ["VILLE DE NICE", 30],
    ]);
    expect(book.cell("Objectifs", "C13")?.formula).toBe("=SUMIF($A$8:$A$10,A13,$F$8:$F$10)");
    // Settings, sheet list, windows, one write, then GEF's sheet recorded by id.
    expect(r.stats.syncs).toBe(5);
  });

  it("n'écrase jamais une feuille « objectifs » de l'utilisateur : écrit à côté et le dit ; remplace la sienne ensuite", async () => {
    const book = new FakeWorkbook({ Droits: DROITS, objectifs: [["mes notes"]] }, "Droits");
    const actions = createSuiviActions(book.run);
    const r = await actions.objectifs(S, true);
    expect(r.kind === "fait" && r.ecriture).toEqual({ feuille: "Objectifs (GEF)", renomme: true, voulu: "Objectifs" });
    expect(book.grid("objectifs")).toEqual([["mes notes"]]);
    await actions.objectifs({ ...S, volume: "10" }, true);
    expect([...book.sheets.keys()]).toEqual(["Droits", "objectifs", "Objectifs (GEF)"]);
  });

  it("ne fait rien d'un réglage mal saisi, avec un message français", async () => {
    const book = new FakeWorkbook({ Droits: DROITS }, "Droits");
    const r = await createSuiviActions(book.run).bilan({ ...S, seuil: "beaucoup" }, true);
    expect(r).toMatchObject({ kind: "reglages", message: expect.stringContaining("Seuil des déséquilibres") });
    expect([...book.sheets.keys()]).toEqual(["Droits"]);
  });

  it("trace le bilan du S1 de l'exemple avec un graphique en colonnes groupées, et le bilan annuel", async () => {
    const book = new FakeWorkbook(exampleSheets(), "Calcul assiette");
    const actions = createSuiviActions(book.run);
    await actions.objectifs(S, true);
    const r = await actions.bilan({ ...S, annee: "2024" }, true);
    if (r.kind !== "fait") throw new Error(r.message);
    expect(r.ecriture?.feuille).toBe("Bilan S1 2024");
    expect(book.charts("Bilan S1 2024").map((c) => c.type)).toEqual(["ColumnClustered"]);
    // The chart's source holds both series (objective and achieved), legend below, no value labels.
    const chart = book.charts("Bilan S1 2024")[0];
    const grid = book.grid("Bilan S1 2024", "values");
    const head = grid.findIndex((row) => row[0] === "Réservataire" && row[1] === "Objectif annuel");
    expect(chart?.source).toMatch(new RegExp(`^A${head + 1}:C\\d+$`));
    expect(grid[head]?.slice(0, 3)).toEqual(["Réservataire", "Objectif annuel", "Réalisé (mise à disposition)"]);
    expect(chart?.legend.position).toBe("Bottom");
    expect(chart?.dataLabels.showValue).toBe(false);
    const b = r.travail.bilan;
    // Objectives of the whole bailleur: one group, whose objectives add up to the volume typed.
    expect(b?.groupes.map((g) => [g.libelle, g.total.objectif])).toEqual([["Ensemble du bailleur", 268]]);
    const a = await actions.annuel({ ...S, anneeAnnuel: "2024" }, true);
    if (a.kind !== "fait") throw new Error(a.message);
    expect(a.ecriture?.feuille).toBe("Bilan annuel 2024");
    expect(a.travail.bilan?.nonRapproches.length).toBeGreaterThan(0);
    // Settings, sheet list, windows, the rest of the windows and the table rows below them (the
    // example's 4 000 dwellings and 1 500 events, with the template's formulas), one write, GEF's sheet recorded.
    expect(a.stats.syncs).toBeLessThanOrEqual(7);
  });
});

describe("volet : objectifs du modèle rempli de l'exemple", () => {
  it("répartit le volume de chaque EPCI rempli, signale CARF sans taux, puis compte le bilan par EPCI", async () => {
    const { createModeleActions } = await import("../../src/excel/modele-actions");
    const book = new FakeWorkbook(exampleSheets(), "Calcul assiette");
    const fill = await createModeleActions(book.run).fill(
      { partPrioritaires: 0.25, partFonctionnaires: 0.05, methode: "ENTREES", annees: undefined },
      "conserver",
    );
    if (fill.kind !== "fait") throw new Error("remplissage attendu");
    const actions = createSuiviActions(book.run);
    const o = await actions.objectifs(DEFAULT_SUIVI_SETTINGS, true);
    if (o.kind !== "fait") throw new Error(o.message);
    const epci = o.travail.result?.epci ?? [];
    // Each EPCI's objectives add up to its volume: assiette × taux of the filled template, rounded half up.
    for (const e of epci) {
      const summary = fill.epci.find((x) => x.libelle === e.libelle);
      expect(e.volume).toBe(Math.floor((summary?.volume ?? NaN) + 0.5));
      expect(e.total).toBe(e.volume);
    }
    expect(epci.map((e) => e.libelle)).toEqual(["CAPG", "CAPL", "CASA", "MNCA"]);
    expect(o.travail.diagnostics.map((c) => c.code)).toContain("VOLUME_INCONNU");
    const b = await actions.bilan({ ...DEFAULT_SUIVI_SETTINGS, periode: "ANNEE", annee: "2024" }, false);
    if (b.kind !== "fait") throw new Error(b.message);
    expect(b.travail.bilan?.groupes.map((g) => g.libelle)).toEqual(
      expect.arrayContaining(["CAPG", "CAPL", "CASA", "MNCA"]),
    );
  });
});
