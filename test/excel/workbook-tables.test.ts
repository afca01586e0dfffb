import { countEpciFigures } from "../../src/domain/tables/epci-figures";
import { readLogements } from "../../src/domain/tables/logements";
import { makeLogementGrid } from "../../sandbox/logement-grid";
import { EPCI_MODELE_06 } from "../../src/domain/epci/alpes-maritimes";
import type { ModeleSettings } from "../../src/excel/action-types";
import { createRepartitionActions, DEFAULT_REPARTITION_SETTINGS } from "../../src/excel/repartition-actions";
import { createModeleActions } from "../../src/excel/modele-actions";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import { ROW, receivedModele } from "../support/ddets-modele";
import { EDL_EXEMPLE } from "../support/etat-des-lieux";

const SETTINGS: ModeleSettings = {
  partPrioritaires: 0.25,
  partFonctionnaires: 0.05,
  methode: "ENTREES",
  annees: undefined,
};

function book(rows: number): FakeWorkbook {
  return new FakeWorkbook(
    { Modèle: receivedModele().formulas, Logements: makeLogementGrid(rows, { seed: 7, scheme: "ancien" }) },
    "Modèle",
  );
}

describe("volet : remplir depuis la table des logements", () => {
  it("remplit le patrimoine de chaque EPCI et compte les logements hors EPCI du modèle", async () => {
    const b = book(3000);
    const r = await createModeleActions(b.run).fill(SETTINGS, "conserver");
    if (r.kind !== "fait") throw new Error("remplissage attendu");
    const read = readLogements(makeLogementGrid(3000, { seed: 7, scheme: "ancien" }));
    if (!read.ok) throw new Error(read.error.message);
    const expected = countEpciFigures(read.table, EPCI_MODELE_06);
    EPCI_MODELE_06.forEach((e, i) => {
      const cell = `${String.fromCharCode(66 + i)}${ROW.patrimoine + 1}`;
      expect(b.cell("Modèle", cell)?.value).toBe(expected.parEpci[e.siren]?.patrimoine);
    });
    expect(r.logements).toMatchObject({ sheet: "Logements", rows: 3000 });
    expect(r.horsModele?.count).toBe(expected.horsModele.count);
    expect(r.horsModele?.count).toBeGreaterThan(0);
    const patrimoine = EPCI_MODELE_06.reduce((s, e) => s + (expected.parEpci[e.siren]?.patrimoine ?? 0), 0);
    expect(patrimoine + (r.horsModele?.count ?? 0)).toBe(3000);
  });

  it("garde 3 synchronisations sur une petite table ; au-delà, une de plus par budget de données lu", async () => {
    const small = book(500);
    const large = book(50_000);
    await createModeleActions(small.run).fill(SETTINGS, "conserver");
    const r = await createModeleActions(large.run).fill(SETTINGS, "conserver");
    expect(small.runs).toEqual([3]);
    // Names, windows, the rest of the windows, the write: then ⌈bytes ÷ 2 Mo⌉ syncs of data.
    expect(r.stats.syncs).toBeLessThanOrEqual(4 + Math.ceil((r.stats.bytesRead ?? 0) / (2 * 1024 * 1024)));
    expect(r.stats.syncs).toBeGreaterThan(3);
  });
});

describe("volet : tracer les répartitions", () => {
  it("écrit la feuille « Répartitions du parc » avec trois graphiques natifs, sans doublon au second tracé", async () => {
    const b = book(2000);
    const actions = createRepartitionActions(b.run);
    const settings = { ...DEFAULT_REPARTITION_SETTINGS, bailleur: "ERILIA" };
    const r = await actions.draw(settings);
    expect(r.kind).toBe("trace");
    if (r.kind !== "trace") return;
    // Names, windows, the rows below the windows, the write, then GEF's sheet recorded by id.
    expect(r.stats.syncs).toBeLessThanOrEqual(5);
    expect(r.written).toEqual({ sheet: "Répartitions du parc", besideUserSheet: false, replaced: false });
    const charts = b.charts("Répartitions du parc");
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ["ColumnStacked100", "Tous réservataires par financement – ERILIA"],
      ["Pie", "Tous réservataires par plafond – ERILIA"],
      ["Pie", "Tous réservataires par typologie – ERILIA"],
    ]);
    expect(charts[0]?.seriesBy).toBe("Rows");
    expect(charts[1]?.dataLabels).toMatchObject({ showValue: true, showPercentage: true });
    expect(charts[0]?.dataLabels).toMatchObject({ showValue: true, numberFormat: "0%" });
    // The counts in the sheet are the domain's.
    const total = r.repartition.repartition.parFinancement.reduce((a, c) => a + c, 0);
    const grid = b.grid("Répartitions du parc", "values");
    const plafondTotal = grid.find((row) => row[0] === "Total" && row.length >= 3 && row[2] === 1);
    expect(plafondTotal?.[1]).toBe(total);
    await actions.draw(settings);
    expect([...b.sheets.keys()].filter((n) => n === "Répartitions du parc")).toHaveLength(1);
    expect(b.charts("Répartitions du parc")).toHaveLength(3);
  });

  it("restreint à un EPCI et le dit dans le périmètre", async () => {
    const b = book(2000);
    const actions = createRepartitionActions(b.run);
    const all = await actions.preview(DEFAULT_REPARTITION_SETTINGS);
    if (all.kind !== "apercu") throw new Error("aperçu attendu");
    const casa = await actions.preview({ ...DEFAULT_REPARTITION_SETTINGS, epci: "240600585" });
    if (casa.kind !== "apercu") throw new Error("aperçu attendu");
    expect(casa.repartition.perimetre).toBe("CASA");
    const casaCount = all.repartition.epci.find((e) => e.siren === "240600585")?.logements;
    expect(casa.repartition.repartition.total).toBe(casaCount);
    expect(casa.repartition.repartition.total).toBeLessThan(all.repartition.repartition.total);
    expect(b.sheets.has("Répartitions du parc")).toBe(false);
  });

  it("garde les règles de classement dans le classeur", async () => {
    const b = book(10);
    const actions = createRepartitionActions(b.run);
    const regles = [{ motif: "VILLE", categorie: "COLLECTIVITES TERRITORIALES" as const }];
    await actions.saveSettings({ ...DEFAULT_REPARTITION_SETTINGS, regles, bailleur: "ERILIA" });
    const again = await createRepartitionActions(b.run).loadSettings();
    expect(again.value.regles).toEqual(regles);
    expect(again.value.bailleur).toBe("ERILIA");
  });

  it("dit qu'il ne trouve aucune donnée sans rien écrire", async () => {
    const b = new FakeWorkbook({ Feuil1: [["rien"]] });
    const r = await createRepartitionActions(b.run).draw(DEFAULT_REPARTITION_SETTINGS);
    expect(r.kind).toBe("sans-source");
    expect(b.sheets.has("Répartitions du parc")).toBe(false);
  });
});

describe("volet : remplir depuis la table des mouvements", () => {
  const mouvements = [
    ["EPCI", "Année", "Entrées", "Départs", "Parc", "Mutations"],
    ["CASA", 2021, 290, 280, 5300, 12],
    ["CASA", 2022, 262, 270, 5350, 13],
    ["CASA", 2023, 253, 260, 5367, 13],
    ["MNCA", 2023, 1000, 900, 18000, 40],
  ];
  const casa = (key: keyof typeof ROW): string => `D${ROW[key] + 1}`;

  it.each([
    ["ENTREES", undefined, 805 / 16017],
    ["ENTREES", 1, 253 / 5367],
    ["MOYENNE", 2, (262 + 253 + 270 + 260) / 2 / (5350 + 5367)],
  ] as const)(
    "écrit le taux de rotation (méthode %s, %p an(s)) et le volume de mutations",
    async (methode, annees, expected) => {
      const b = new FakeWorkbook({ Modèle: receivedModele().formulas, Mouvements: mouvements }, "Modèle");
      const r = await createModeleActions(b.run).fill({ ...SETTINGS, methode, annees }, "conserver");
      if (r.kind !== "fait") throw new Error("remplissage attendu");
      expect(b.cell("Modèle", casa("tauxRotation"))?.value).toBeCloseTo(expected, 12);
      // Mean of the same years, rounded half up: (12 + 13 + 13) ÷ 3 = 12,67 → 13.
      expect(b.cell("Modèle", casa("soustraitsMutations"))?.value).toBe(13);
      expect(r.mouvements?.sheet).toBe("Mouvements");
      // CAPG has no movements: its rate stays blank, to be typed.
      expect(b.cell("Modèle", `B${ROW.tauxRotation + 1}`)?.value ?? "").toBe("");
    },
  );
});

describe("volet : répartitions depuis un état des lieux", () => {
  const edl = EDL_EXEMPLE;

  it("trace depuis un état des lieux cohérent", async () => {
    const b = new FakeWorkbook({ EDL: edl });
    const r = await createRepartitionActions(b.run).draw(DEFAULT_REPARTITION_SETTINGS);
    if (r.kind !== "trace") throw new Error(`tracé attendu, reçu ${r.kind}`);
    expect(r.source).toBe("etat-des-lieux");
    expect(r.repartition.repartition.parFinancement).toEqual([7, 58, 7]);
    expect(b.charts("Répartitions du parc")).toHaveLength(3);
  });

  it("signale un total faux sans rien tracer, puis trace sur demande à partir des cellules de détail", async () => {
    const faux = edl.map((row) => [...row]);
    (faux[5] as unknown[])[7] = 17; // PLUS de la PREFECTURE : 16 attendu
    const b = new FakeWorkbook({ EDL: faux });
    const actions = createRepartitionActions(b.run);
    const r = await actions.draw(DEFAULT_REPARTITION_SETTINGS);
    expect(r.kind).toBe("incoherences");
    if (r.kind !== "incoherences") return;
    expect(r.repartition.incoherences).toEqual([
      expect.objectContaining({ cell: "H6", kind: "ligne", expected: 16, found: 17 }),
    ]);
    expect(b.sheets.has("Répartitions du parc")).toBe(false);
    const again = await actions.draw({ ...DEFAULT_REPARTITION_SETTINGS, malgreIncoherences: true });
    expect(again.kind).toBe("trace");
    expect(b.charts("Répartitions du parc")).toHaveLength(3);
  });
});
