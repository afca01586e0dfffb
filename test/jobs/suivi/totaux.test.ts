/**
 * A bilan's totals (docs/regles/bilans.md, docs/choix.md « Totaux d'un bilan »): the total's
 * atteinte and écart are computed over the réservataires that have an objective only (their réalisé ÷
 * the sum of their objectives; écart = that réalisé − the sum of their attendus = the sum of the rows'
 * écarts); the total's counts stay all dwellings. The rule lines say so, and state the atteinte's basis.
 */
import { serialFromParts } from "../../../src/domain";
import { DEFAULT_REGLAGES_SUIVI, travailBilan } from "../../../src/jobs";

const d = (y: number, m: number, day: number): number => serialFromParts(y, m, day) ?? 0;
const mad = (n: number, nom: string, from: number) =>
  Array.from({ length: n }, (_, i) => [`L${from + i}`, nom, "mise à disposition", d(2024, 1 + (i % 12), 10)]);

/** 2024: A (objective 12) gets 6, B (objective 12) gets 12, VILLE DE NICE (no objective) gets 5. */
const CLASSEUR = [
  {
    name: "Journal",
    values: [
      ["Logement", "Réservataire", "Étape", "Date"],
      ...mad(6, "A", 1),
      ...mad(12, "B", 100),
      ...mad(5, "VILLE DE NICE", 200),
    ],
  },
  {
    name: "Objectifs reçus",
    values: [
      ["Réservataire", "Objectif"],
      ["A", 12],
      ["B", 12],
    ],
  },
];

describe("totaux d'un bilan : atteinte et écart sur les réservataires qui ont un objectif", () => {
  const w = travailBilan(CLASSEUR, { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "ANNEE", annee: 2024 } });
  const g = w.bilan?.groupes[0];

  it("le total du territoire : atteinte (6 + 12) ÷ 24 = 75 %, écart (6 − 12) + (12 − 12) = −6, mises à disposition 23", () => {
    expect(g?.lignes.map((l) => [l.reservataire, l.objectif, l.ecart])).toEqual([
      ["A", 12, -6],
      ["B", 12, 0],
      ["VILLE DE NICE", undefined, undefined],
    ]);
    expect(g?.total.atteinte).toBeCloseTo(18 / 24, 12);
    expect(g?.total.ecart).toBeCloseTo(-6, 12);
    expect(g?.total.attendu).toBe(24);
    expect(g?.total.comptes[0]).toBe(23);
  });

  it("le total du bailleur suit la même règle", () => {
    expect(w.bilan?.total.atteinte).toBeCloseTo(0.75, 12);
    expect(w.bilan?.total.ecart).toBeCloseTo(-6, 12);
    expect(w.bilan?.total.comptes[0]).toBe(23);
  });

  it("la feuille dit la base de l'atteinte et celle des totaux sous le tableau", () => {
    const texts = (w.plan?.blocks ?? []).flatMap((b) => b.cells.map((r) => String(r[0] ?? "")));
    expect(texts).toContain(
      "Atteinte = réalisé ÷ objectif annuel : la part de l'objectif de toute l'année déjà atteinte, à comparer à la part de l'année couverte (100\u00a0%) ; " +
        "l'écart, lui, compare le réalisé à l'attendu à date.",
    );
    expect(texts).toContain(
      "Les totaux comptent tous les logements, mais leur atteinte et leur écart ne portent que sur les réservataires qui ont un objectif : " +
        "leur réalisé ÷ la somme de leurs objectifs, et écart = ce réalisé − la somme de leurs attendus (la somme de leurs écarts) ; " +
        "un réservataire sans objectif (« — ») n'y entre pas.",
    );
  });
});
