/**
 * The sandbox draws a chart from its source as Excel does (learn.microsoft.com, « ChartCollection.add »:
 * with seriesBy Columns, one series per column after the first); the bilan's clustered chart showed
 * « Objectif annuel » only, with its réservataires' names written over each other.
 */
import { chartData, clusteredLayout } from "../../sandbox/chart-data";

const SHEET: unknown[][] = [
  ["Réservataire", "Objectif annuel", "Réalisé (mise à disposition)"],
  ["ACTION LOGEMENT SERVICES", 53, 20],
  ["CONTINGENT PREFECTORAL DALO", 6, 4],
  ["METROPOLE NICE COTE D'AZUR", 27, 0],
];
const at = (r: number, c: number): unknown => SHEET[r]?.[c];

describe("graphiques du bac à sable", () => {
  it("lit une série par colonne après la première, nommée par son en-tête (seriesBy Columns)", () => {
    const d = chartData("A1:C4", at, "Columns");
    expect(d.labels).toEqual(["ACTION LOGEMENT SERVICES", "CONTINGENT PREFECTORAL DALO", "METROPOLE NICE COTE D'AZUR"]);
    expect(d.series).toEqual([
      { name: "Objectif annuel", values: [53, 6, 27] },
      { name: "Réalisé (mise à disposition)", values: [20, 4, 0] },
    ]);
  });

  it("lit une série par ligne après la première (seriesBy Rows)", () => {
    expect(chartData("A1:C2", at, "Rows").series).toEqual([{ name: "ACTION LOGEMENT SERVICES", values: [53, 20] }]);
  });

  it.each([3, 11, 40])(
    "dessine %d réservataires en colonnes groupées, chaque série côte à côte, sans étiquettes qui se chevauchent",
    (n) => {
      const labels = Array.from({ length: n }, (_, i) => `RÉSERVATAIRE AU NOM TRÈS LONG NUMÉRO ${i + 1}`);
      const d = {
        labels,
        series: [
          { name: "Objectif", values: labels.map((_, i) => 10 + i) },
          { name: "Réalisé", values: labels.map((_, i) => i) },
        ],
      };
      const l = clusteredLayout(d, 280, 300, 100);
      // Both series are drawn (the achieved 0 of the first réservataire has no bar), on one scale.
      expect(new Set(l.bars.map((b) => b.series))).toEqual(new Set([0, 1]));
      expect(l.bars.filter((b) => b.series === 0)).toHaveLength(n);
      const tallest = l.bars.reduce((m, b) => Math.max(m, b.height), 0);
      expect(
        l.bars.find((b) => b.series === 0 && b.x === Math.min(...l.bars.filter((x) => x.series === 0).map((x) => x.x)))
          ?.height,
      ).toBeCloseTo((10 / (10 + n - 1)) * tallest, 6);
      // Rotated labels take one line of text in width: their centres are at least that far apart,
      // and each is cut to the room under the axis.
      const xs = l.labels.map((t) => t.x);
      for (let i = 1; i < xs.length; i++)
        expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(l.fontSize + 2);
      for (const t of l.labels) expect(t.text.length * 0.7 * l.fontSize).toBeLessThanOrEqual(100 - 6);
      expect(l.labels.length).toBeGreaterThanOrEqual(Math.min(n, 10));
    },
  );
});
