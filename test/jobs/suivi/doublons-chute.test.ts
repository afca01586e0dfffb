/**
 * Issue 25 point 2 (a row pasted twice counts once, and the bilan says how many rows were ignored)
 * and issue 24 point 8 (the taux de chute of a bilan is the cohort's: its total agrees with its rows).
 */
import { serialFromParts } from "../../../src/domain";
import { DEFAULT_REGLAGES_SUIVI, travailAnnuel, travailBilan, type ReglagesSuivi } from "../../../src/jobs";

const d = (y: number, m: number, day: number): number => serialFromParts(y, m, day) ?? 0;
const ANNEE_2024: ReglagesSuivi = { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "ANNEE", annee: 2024 } };
const HEADER = ["Logement", "Réservataire", "Étape", "Date"];

describe("une ligne collée deux fois", () => {
  const sequence = [
    ["L1", "ACTION LOGEMENT", "mise à disposition", d(2024, 1, 10)],
    ["L1", "ACTION LOGEMENT", "attribution", d(2024, 2, 10)],
    ["L1", "ACTION LOGEMENT", "bail signé", d(2024, 3, 1)],
  ];
  const sheets = [{ name: "Journal", values: [HEADER, ...sequence, ...sequence] }];

  it("compte 1 mise à disposition, 1 attribution et 1 bail (pas 2), et le dit dans les remarques du bilan", () => {
    const w = travailBilan(sheets, ANNEE_2024);
    expect(w.bilan?.total.comptes).toEqual([1, 0, 1, 1]);
    const c = w.diagnostics.find((x) => x.code === "DOUBLONS");
    expect(c?.severity).toBe("avertissement");
    expect(c?.message).toBe(
      "3 lignes du journal répètent une ligne précédente (même logement, étape, date et réservataire) : ignorées, l'événement ne compte " +
        "qu'une fois (ligne 5 = ligne 2, ligne 6 = ligne 3, ligne 7 = ligne 4). Supprimez les lignes en double du journal.",
    );
  });

  it("compte une fois aussi dans le bilan annuel légal, avec la même remarque", () => {
    const w = travailAnnuel(sheets, "Journal", 2024, DEFAULT_REGLAGES_SUIVI);
    expect([w.bilan?.reservataires[0]?.proposes, w.bilan?.reservataires[0]?.attribues]).toEqual([1, 1]);
    expect(w.diagnostics.map((c) => c.code)).toContain("DOUBLONS");
  });

  it("ne signale rien sans ligne en double", () => {
    expect(
      travailBilan([{ name: "Journal", values: [HEADER, ...sequence] }], ANNEE_2024).diagnostics.map((c) => c.code),
    ).not.toContain("DOUBLONS");
  });
});

describe("taux de chute d'un bilan annuel", () => {
  it("donne au total la part de la cohorte non attribuée, cohérente avec ses lignes (était 0 % pour des lignes à 50 %, 50 % et 33 %)", () => {
    // A and B: 2 dwellings offered in 2024, 1 allocated; C: 3, 2 allocated; D: 3 allocations in 2024 of
    // dwellings offered in 2023. The year's cohort: 7 offered, 4 allocated → 3 ÷ 7.
    const rows: unknown[][] = [HEADER];
    const offre = (l: string, r: string, attribue: boolean): void => {
      rows.push([l, r, "mise à disposition", d(2024, 2, 1)]);
      if (attribue) rows.push([l, r, "attribution", d(2024, 3, 1)]);
    };
    for (const [l, r, attribue] of [
      ["A1", "A", true],
      ["A2", "A", false],
      ["B1", "B", true],
      ["B2", "B", false],
      ["C1", "C", true],
      ["C2", "C", true],
      ["C3", "C", false],
    ] as const) {
      offre(l, r, attribue);
    }
    for (const l of ["D1", "D2", "D3"])
      rows.push([l, "D", "mise à disposition", d(2023, 11, 1)], [l, "D", "attribution", d(2024, 1, 10)]);
    const b = travailBilan([{ name: "Journal", values: rows }], ANNEE_2024).bilan;
    expect(b?.groupes[0]?.lignes.map((l) => [l.reservataire, l.tauxChute])).toEqual([
      ["A", 0.5],
      ["B", 0.5],
      ["C", 1 / 3],
      ["D", undefined],
    ]);
    expect([b?.total.comptes[0], b?.total.comptes[2], b?.total.tauxChute]).toEqual([7, 7, 3 / 7]);
  });
});
