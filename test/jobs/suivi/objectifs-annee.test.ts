/**
 * Objectives from a typed volume (Suivi du flux → « Volume annuel saisi » → « Écrire la feuille
 * Objectifs »): the sheet's rule line names the volume's source as its « Sources » line does, the
 * sheet carries the Suivi tab's « Année » when one is given, and a bilan read against GEF's sheet
 * without a year says so (an information) instead of saying nothing.
 */
import { DEFAULT_REGLAGES_SUIVI, travailBilan, travailObjectifs, type ReglagesSuivi } from "../../../src/jobs";

const DROITS = [
  {
    name: "Droits",
    values: [
      ["Réservataire", "Droits"],
      ["ACTION LOGEMENT", 2000],
      ["ÉTAT", 2760],
      ["VILLE DE NICE", 607],
    ],
  },
];

/** The « Objectifs » sheet written for volume 268, as a grid the bilan reads back. */
function objectifs(periode: ReglagesSuivi["periode"]): unknown[][] {
  const o = travailObjectifs(DROITS, "Droits", { ...DEFAULT_REGLAGES_SUIVI, volume: 268, periode });
  const grid: unknown[][] = [];
  for (const b of o.plan?.blocks ?? [])
    b.cells.forEach((row, i) => row.forEach((v, j) => ((grid[b.row + i] ??= [])[b.col + j] = v)));
  return grid.map((row) => Array.from(row, (v) => v ?? ""));
}
const texts = (g: unknown[][]): string[] => g.map((r) => (typeof r[0] === "string" ? r[0] : ""));
const JOURNAL = {
  name: "Journal",
  values: [
    ["Logement", "Réservataire", "Étape", "Date"],
    ["L1", "ACTION LOGEMENT", "mise à disposition", "10/02/2025"],
  ],
};

describe("objectifs d'un volume saisi", () => {
  it("la règle de la feuille dit « le volume saisi », comme ses sources, et non « assiette × taux de rotation »", () => {
    const g = objectifs({ type: "S1", annee: undefined });
    const regle = texts(g).find((t) => t.startsWith("Règle :")) ?? "";
    expect(regle).toContain(
      "Règle : dans chaque EPCI, le volume annuel à attribuer (le volume saisi, arrondi au plus proche) est réparti entre les réservataires",
    );
    expect(regle).not.toContain("assiette");
    expect(texts(g)).toContain("Sources : volume saisi ; droits de la table « Droits ».");
    // 268 over 2 000 / 2 760 / 607 → 100 / 138 / 30 (docs/regles/bilans.md).
    expect(
      g.filter((r) => r[0] === "Ensemble du bailleur" && typeof r[1] === "string").map((r) => [r[1], r[5]]),
    ).toEqual([
      ["ACTION LOGEMENT", 100],
      ["ÉTAT", 138],
      ["VILLE DE NICE", 30],
    ]);
  });

  it("porte l'année du champ « Année » du volet, que le bilan vérifie", () => {
    const g = objectifs({ type: "S1", annee: 2024 });
    expect(g[0]?.[0]).toBe("Objectifs annuels par réservataire – 2024");
    const w = travailBilan([JOURNAL, { name: "Objectifs", values: g }], {
      ...DEFAULT_REGLAGES_SUIVI,
      periode: { type: "S1", annee: 2025 },
    });
    expect(w.diagnostics.map((c) => c.code)).toContain("ANNEES_OBJECTIFS_BILAN");
    expect(w.diagnostics.map((c) => c.code)).not.toContain("OBJECTIFS_SANS_ANNEE");
  });

  it("sans année connue, le bilan dit que les objectifs ne portent pas d'année", () => {
    const g = objectifs({ type: "S1", annee: undefined });
    expect(g[0]?.[0]).toBe("Objectifs annuels par réservataire");
    const w = travailBilan([JOURNAL, { name: "Objectifs", values: g }], {
      ...DEFAULT_REGLAGES_SUIVI,
      periode: { type: "S1", annee: 2025 },
    });
    const c = w.diagnostics.find((x) => x.code === "OBJECTIFS_SANS_ANNEE");
    expect(c?.severity).toBe("info");
    expect(c?.message).toBe(
      "Les objectifs de « Objectifs » ne portent pas d'année (volume saisi sans année) : GEF ne peut pas vérifier qu'ils sont ceux du bilan, S1 2025. " +
        "Pour la dater, recalculez les objectifs avec l'année remplie (champ « Année » du volet Suivi du flux), ou avec le modèle DDETS de l'année.",
    );
  });
});
