import { countEpciFigures, diagnoseModele, EPCI_MODELE_06, locateModele, readLogements } from "../../../src/domain";
import { makeLogementGrid } from "../../../sandbox/logement-grid";
import {
  checkModele,
  DEFAULT_MODELE_SETTINGS,
  evaluateModele,
  fillModele,
  findModeleSheet,
  insertModele,
} from "../../../src/jobs";
import {
  FIGURES_06,
  FIGURES_06_LIST,
  ROW,
  buildModele,
  expectedComputed,
  receivedModele,
  type ModeleGrids,
} from "../../support/ddets-modele";

const COLS = ["B", "C", "D", "E", "F"];
const at = (key: keyof typeof ROW, i: number): string => `${COLS[i] ?? "?"}${ROW[key] + 1}`;
const sheet = (t: ModeleGrids, name = "Modèle") => ({ name, values: t.values, formulas: t.formulas });

describe("travail « vérifier le modèle » (checkModele)", () => {
  it("rend les diagnostics des règles du modèle, avec les EPCI des Alpes-Maritimes", () => {
    const t = receivedModele();
    const r = checkModele(t, DEFAULT_MODELE_SETTINGS);
    expect(r.epci).toBe(EPCI_MODELE_06);
    expect(r.diagnostics).toEqual(
      diagnoseModele(t.values, t.formulas, { ...DEFAULT_MODELE_SETTINGS, epci: EPCI_MODELE_06 }),
    );
  });
});

describe("travail « remplir les colonnes EPCI » (fillModele)", () => {
  it("garde les zéros saisis dans les lignes de l'État et écrit les formules des lignes calculées", () => {
    const t = receivedModele();
    const plan = fillModele({
      sheets: [sheet(t)],
      modele: sheet(t),
      settings: DEFAULT_MODELE_SETTINGS,
      ecraser: false,
    });
    const etat = [0, 1, 2, 3, 4].flatMap((i) => [at("etatPrioritaires", i), at("etatFonctionnaires", i)]).sort();
    expect(plan.conflicts.map((c) => c.cell).sort()).toEqual(etat);
    expect(plan.kept.map((c) => c.cell).sort()).toEqual(etat);
    const written = new Map(plan.writes.map((w) => [w.cell, w]));
    expect(written.get(at("exclusTotal", 0))?.formula).toBe(`=SUM(B${ROW.exclusPli + 1}:B${ROW.exclusDefense + 1})`);
    for (const cell of etat) expect(written.has(cell)).toBe(false);
  });

  it("après consentement, remplace ces zéros par les plafonds de l'État (ARRONDI.INF(assiette × taux × 25 %))", () => {
    const t = receivedModele();
    const plan = fillModele({ sheets: [sheet(t)], modele: sheet(t), settings: DEFAULT_MODELE_SETTINGS, ecraser: true });
    expect(plan.kept).toEqual([]);
    expect(plan.writes.find((w) => w.cell === at("etatPrioritaires", 0))?.formula).toBe(
      `=ROUNDDOWN(B${ROW.assiette + 1}*B${ROW.tauxRotation + 1}*0.25,0)`,
    );
  });

  it("donne par EPCI l'assiette, le volume et les demandes de l'État du modèle rempli (CAPG : 5 600 − 150 − 100 + 17 = 5 367)", () => {
    const t = buildModele({ figures: FIGURES_06_LIST, computed: "valeurs" });
    const plan = fillModele({ sheets: [sheet(t)], modele: sheet(t), settings: DEFAULT_MODELE_SETTINGS, ecraser: true });
    const capg = expectedComputed(FIGURES_06.CAPG);
    expect(capg.assiette).toBe(5367);
    expect(plan.figures[0]).toMatchObject({
      libelle: "CAPG",
      assiette: 5367,
      taux: 0.05,
      prioritaires: capg.etatPrioritaires,
      fonctionnaires: capg.etatFonctionnaires,
    });
    expect(plan.figures[0]?.volume).toBeCloseTo(5367 * 0.05, 9);
    const mnca = expectedComputed(FIGURES_06.MNCA);
    expect(plan.figures[3]).toMatchObject({
      libelle: "MNCA",
      assiette: mnca.assiette,
      prioritaires: mnca.etatPrioritaires,
    });
    expect(plan.diagnostics.filter((d) => d.severity === "erreur")).toEqual([]);
  });

  it("prend le patrimoine de chaque EPCI dans la table des logements du classeur", () => {
    const t = receivedModele();
    const logements = makeLogementGrid(2000, { seed: 5, scheme: "2024" });
    const read = readLogements(logements);
    if (!read.ok) throw new Error(read.error.message);
    const agg = countEpciFigures(read.table, EPCI_MODELE_06);
    const plan = fillModele({
      sheets: [sheet(t), { name: "RPLS", values: logements }],
      modele: sheet(t),
      settings: DEFAULT_MODELE_SETTINGS,
      ecraser: false,
    });
    expect(plan.sources.logements).toMatchObject({ sheet: "RPLS", rows: 2000 });
    EPCI_MODELE_06.forEach((epci, i) => {
      expect(plan.writes.find((w) => w.cell === at("patrimoine", i))?.value).toBe(agg.parEpci[epci.siren]?.patrimoine);
    });
  });

  it("n'écrit jamais dans une zone fusionnée : l'écriture est listée à part, ni écrite ni « conservée »", () => {
    const t = receivedModele();
    const row = ROW.etatPrioritaires;
    const plan = fillModele({
      sheets: [sheet(t)],
      modele: sheet(t),
      settings: DEFAULT_MODELE_SETTINGS,
      ecraser: true,
      merged: [{ top: row, left: 1, bottom: row, right: 2 }],
    });
    expect(plan.merged.map((m) => m.cell).sort()).toEqual([at("etatPrioritaires", 0), at("etatPrioritaires", 1)]);
    expect(plan.merged[0]?.area).toBe(`B${row + 1}:C${row + 1}`);
    const cells = new Set(plan.writes.map((w) => w.cell));
    expect(cells.has(at("etatPrioritaires", 0))).toBe(false);
    expect(cells.has(at("etatPrioritaires", 2))).toBe(true);
    expect(plan.kept).toEqual([]);
  });

  it("trouve la feuille du modèle même quand une autre feuille est active", () => {
    const t = receivedModele();
    const sheets = [{ name: "Notes", values: [["bonjour"]] }, sheet(t, "Calcul assiette")];
    expect(findModeleSheet(sheets, "Notes")?.name).toBe("Calcul assiette");
  });
});

describe("travail « insérer un modèle vierge » (insertModele)", () => {
  it("prépare une feuille conforme, sous un nom qu'aucune feuille ne porte", () => {
    const plan = insertModele(DEFAULT_MODELE_SETTINGS, ["Calcul assiette", "CALCUL ASSIETTE (2)"]);
    expect(plan.sheet).toBe("Calcul assiette (3)");
    // As Excel shows it: the formulas' results in place of the formulas.
    const formulas = plan.formulas.map((r) => [...r]);
    const typed = formulas.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? null : v)));
    const values = evaluateModele(typed, formulas, locateModele(typed), DEFAULT_MODELE_SETTINGS);
    expect(diagnoseModele(values, formulas).filter((d) => d.severity === "erreur")).toEqual([]);
    expect(plan.formulas.every((r) => r.length === plan.width)).toBe(true);
    expect(plan.numberFormats).toHaveLength(plan.formulas.length);
    expect(plan.bold.length).toBeGreaterThan(0);
    expect(plan.columnWidths).toHaveLength(plan.width);
  });

  it("écrit dans les lignes de l'État les parts choisies (20 % et 4 %)", () => {
    const plan = insertModele({ partPrioritaires: 0.2, partFonctionnaires: 0.04 }, []);
    const all = plan.formulas.flat().filter((v): v is string => typeof v === "string");
    expect(all.some((f) => /^=ROUNDDOWN\(.*\*0\.2,0\)$/.test(f))).toBe(true);
    expect(all.some((f) => /^=ROUNDDOWN\(.*\*0\.04,0\)$/.test(f))).toBe(true);
    expect(plan.sheet).toBe("Calcul assiette");
  });
});
