import { CATEGORIES, FINANCEMENTS_GRAPHIQUE, LIBELLES_CATEGORIES, displayValue } from "../../../src/domain";
import {
  SHEET_REPARTITIONS,
  repartitionLayout,
  countSourceRepartition,
  findRepartitionSource,
} from "../../../src/jobs";
import { makeLogementGrid } from "../../../sandbox/logement-grid";

const grid = makeLogementGrid(3000, { seed: 7, scheme: "2024", faulty: true });
// Some labels no rule matches, and blank ones: they must be counted beside the stacked columns.
const withUnknown = grid.map((row, i) => (i > 0 && i % 37 === 0 ? [...row.slice(0, -1), "ASSOCIATION INCONNUE"] : row));
const source = findRepartitionSource([{ name: "Logements", values: withUnknown }]);
if (!source) throw new Error("table attendue");

describe("feuille « Répartitions du parc »", () => {
  const r = countSourceRepartition(source).repartition;
  const layout = repartitionLayout(r, "tous EPCI", "ERILIA");

  it("porte un nom pour les utilisateurs et des catégories accentuées, les clés restant inchangées", () => {
    expect(SHEET_REPARTITIONS).toBe("Répartitions du parc");
    expect(layout.sheetName).toBe("Répartitions du parc");
    expect(layout.figures[0]?.rows.map((x) => x.label)).toEqual([
      "ÉTAT FONCTIONNAIRES",
      "ÉTAT PRIORITAIRES",
      "ACTION LOGEMENT",
      "COLLECTIVITÉS TERRITORIALES",
      "CIAS ET AUTRES MINISTÈRES",
      "AUTRES RÉSERVATAIRES",
      "NON RÉSERVÉ",
      "NON IDENTIFIÉS",
    ]);
    expect(CATEGORIES.map((c) => LIBELLES_CATEGORIES[c].normalize("NFD").replace(/[\u0300-\u036f]/g, ""))).toEqual([
      ...CATEGORIES,
    ]);
  });

  it("fait tomber juste les totaux : colonnes empilées + hors des graphiques = logements lus", () => {
    const graphique = r.graphique.flat().reduce((a, b) => a + b, 0);
    const hors = layout.horsGraphiques
      .filter((l) => l.detail !== true && !l.label.startsWith("Typologie"))
      .reduce((a, l) => a + l.count, 0);
    expect(graphique + hors).toBe(r.total);
    expect(r.horsGraphique.nonMappes).toBeGreaterThan(0);
    // Each column of the stacked chart + its non-classified dwellings = its slice of the financement pie.
    const nonMappes = layout.horsGraphiques.find((l) => l.label.startsWith("Réservataires non classés"))?.label ?? "";
    FINANCEMENTS_GRAPHIQUE.forEach((f, i) => {
      const column = r.graphique.reduce((a, row) => a + (row[i] ?? 0), 0);
      const m = new RegExp(`${f} ([\\d\\s\\u00a0]+)`).exec(nonMappes);
      expect(column + Number((m?.[1] ?? "").replace(/\D/g, ""))).toBe(r.parFinancement[i]);
    });
  });

  it("explique NON IDENTIFIÉS et en donne le nombre", () => {
    const k = CATEGORIES.indexOf("NON IDENTIFIES");
    const blank = withUnknown.slice(1).filter((row) => displayValue(row[row.length - 1]).trim() === "").length;
    expect(blank).toBeGreaterThan(0);
    const line = layout.explications.find((e) => e.startsWith("NON IDENTIFIÉS"));
    expect(line).toMatch(/cellule réservataire vide/);
    expect(
      Number((/: ([\d\s\u00a0]+) logement/.exec(line ?? "")?.[1] ?? "").replace(/\D/g, "")),
    ).toBeGreaterThanOrEqual(r.graphique[k]?.reduce((a, b) => a + b, 0) ?? 0);
  });
});
