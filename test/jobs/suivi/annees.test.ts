/**
 * Issue 24 point 8: years that differ are flagged. A bilan of 2025 against objectives computed from
 * the 2024 template, and an annual bilan of 2025 whose forecast of the soustraits comes from the 2024
 * template (it read « Prévision 2026 »), each get a French remark (pane and `gef` show the job's
 * remarks).
 */
import { DEFAULT_REGLAGES_SUIVI, travailAnnuel, travailBilan, travailObjectifs } from "../../../src/jobs";
import { filledModele } from "../../support/ddets-modele";

const JOURNAL = (annee: number): unknown[][] => [
  ["Logement", "Réservataire", "Étape", "Date"],
  ["L1", "ACTION LOGEMENT", "mise à disposition", `10/02/${annee}`],
];

/** GEF's « Objectifs » sheet of a given template year, as written in the workbook. */
function objectifsSheet(annee: number): unknown[][] {
  const droits = [
    ["Réservataire", "Droits"],
    ["ACTION LOGEMENT", 3],
  ];
  const o = travailObjectifs([{ name: "Droits", values: droits }], "Droits", { ...DEFAULT_REGLAGES_SUIVI, volume: 40 });
  const grid: unknown[][] = [];
  for (const b of o.plan?.blocks ?? [])
    b.cells.forEach((row, i) => row.forEach((v, j) => ((grid[b.row + i] ??= [])[b.col + j] = v)));
  const sheet = grid.map((row) => Array.from(row, (v) => v ?? ""));
  // The title carries the template's convention year (« Objectifs annuels par réservataire – 2024 »).
  const titre = sheet[0]?.[0];
  sheet[0] = [`${typeof titre === "string" ? titre : ""} – ${annee}`];
  return sheet;
}

describe("années qui diffèrent", () => {
  it("signale un bilan S1 2025 comparé aux objectifs de 2024", () => {
    const w = travailBilan(
      [
        { name: "Journal", values: JOURNAL(2025) },
        { name: "Objectifs", values: objectifsSheet(2024) },
      ],
      { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "S1", annee: 2025 } },
    );
    const c = w.diagnostics.find((x) => x.code === "ANNEES_OBJECTIFS_BILAN");
    expect(c?.message).toBe(
      "Les objectifs de « Objectifs » sont ceux de 2024 et le bilan porte sur S1 2025 : les années diffèrent. Recalculez les objectifs de 2025 " +
        "(avec le modèle DDETS de cette année), ou choisissez l'année 2024 pour le bilan.",
    );
    const same = travailBilan(
      [
        { name: "Journal", values: JOURNAL(2024) },
        { name: "Objectifs", values: objectifsSheet(2024) },
      ],
      { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "S1", annee: 2024 } },
    );
    expect(same.diagnostics.map((x) => x.code)).not.toContain("ANNEES_OBJECTIFS_BILAN");
  });

  it("signale un bilan annuel 2025 dont la prévision vient du modèle 2024, et intitule la prévision de l'année du modèle", () => {
    const m = filledModele("valeurs");
    const sheets = (annee: number) => [
      { name: "Journal", values: JOURNAL(annee) },
      { name: "Modèle", values: m.values, formulas: m.formulas },
    ];
    const w = travailAnnuel(sheets(2025), "Modèle", 2025, DEFAULT_REGLAGES_SUIVI);
    const c = w.diagnostics.find((x) => x.code === "ANNEES_MODELE_ANNUEL");
    expect(c?.message).toBe(
      "Le modèle DDETS « Modèle » est celui de 2024 : la prévision des logements soustraits qui accompagne le bilan annuel 2025 devrait venir du " +
        "modèle de 2026, l'année qui suit. La feuille l'intitule donc « Prévision 2024 » ; remplissez le modèle de 2026, ou vérifiez l'année du bilan annuel.",
    );
    const titles = (w.plan?.blocks ?? [])
      .flatMap((b) => b.cells.flat())
      .filter((x) => typeof x === "string" && x.startsWith("Prévision"));
    expect(titles).toContain("Prévision 2024 total");
    expect(titles).not.toContain("Prévision 2026 total");
    // The annual bilan of 2023 is sent with the forecast of 2024: the 2024 template is the right one.
    expect(
      travailAnnuel(sheets(2023), "Modèle", 2023, DEFAULT_REGLAGES_SUIVI).diagnostics.map((x) => x.code),
    ).not.toContain("ANNEES_MODELE_ANNUEL");
  });
});
