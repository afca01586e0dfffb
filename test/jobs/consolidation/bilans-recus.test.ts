/**
 * A received bilan recognised by its layout: the pane's « Bilan <période> » sheet, inside the bailleur's workbook
 * beside its journal, with every réservataire and no bailleur named in its title.
 */
import {
  consolidateBilans,
  readBilanRecu,
  travailBilan,
  DEFAULT_REGLAGES_SUIVI,
  type PlanSheet,
} from "../../../src/jobs";
import { JOURNAL_SUIVI, OBJECTIFS_SUIVI } from "../../support/suivi-exemple";

/** The cells of a plan as a sheet read back. */
function grid(plan: PlanSheet): unknown[][] {
  const rows: unknown[][] = [];
  for (const b of plan.blocks)
    b.cells.forEach((r, i) => r.forEach((v, j) => ((rows[b.row + i] ??= [])[b.col + j] = v)));
  return Array.from(rows, (r) => r ?? []);
}

describe("Bilans reçus : un bilan reconnu à sa disposition", () => {
  const journal = { name: "Journal", values: JOURNAL_SUIVI };
  const objectifs = { name: "Objectifs", values: OBJECTIFS_SUIVI };
  const w = travailBilan([journal, objectifs], {
    ...DEFAULT_REGLAGES_SUIVI,
    periode: { type: "S1", annee: 2024 },
    etape: "ATTRIBUTION",
  });
  const plan = w.plan;
  if (plan === undefined) throw new Error("bilan");
  const sheets = [journal, objectifs, { name: plan.name, values: grid(plan) }];

  it("lit la feuille du volet parmi les autres, nomme le bailleur d'après le fichier et le dit", () => {
    const r = readBilanRecu("envois/Bailleur Sud.xlsx", sheets);
    if (!("bilan" in r)) throw new Error(r.refus.message);
    expect(r.bilan.feuille).toBe("Bilan S1 2024");
    expect(r.bilan.periode).toBe("S1 2024");
    expect(r.bilan.bailleur).toBe("Bailleur Sud");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["BAILLEUR_NON_NOMME"]);
    // Counted at « attribution en CALEOL »: the réalisé is the third count.
    expect(r.bilan.etape).toBe(2);
    // ACTION LOGEMENT in CASA (test/cli/bilan.test.ts): objective 20, 1 mise à disposition, 0, 1 attribution, 1 bail.
    const al = r.bilan.lignes.find((l) => l.reservataire === "ACTION LOGEMENT");
    expect(al).toMatchObject({ epci: "CASA", objectif: 20, comptes: [1, 0, 1, 1], realise: 1 });
    // No total row among the lines.
    expect(r.bilan.lignes.some((l) => l.reservataire.startsWith("Total") || l.epci === "Bailleur")).toBe(false);
  });

  it("signale deux bilans d'une période comptés à des étapes différentes", () => {
    const mad = travailBilan([journal, objectifs], {
      ...DEFAULT_REGLAGES_SUIVI,
      periode: { type: "S1", annee: 2024 },
    }).plan;
    if (mad === undefined) throw new Error("bilan");
    const c = consolidateBilans([
      { fichier: "sud.xlsx", sheets },
      { fichier: "nord.xlsx", sheets: [{ name: mad.name, values: grid(mad) }] },
    ]);
    const flag = c.diagnostics.find((d) => d.code === "ETAPES_DIFFERENTES");
    expect(flag?.message).toContain(
      "Les bilans de S1 2024 ne comptent pas le réalisé à la même étape (attribution en CALEOL : sud.xlsx ; mise à disposition : nord.xlsx)",
    );
  });

  it("refuse le journal seul, en nommant le fichier", () => {
    const c = consolidateBilans([{ fichier: "dossier/journal.xlsx", sheets: [journal] }]);
    expect(c.bilans).toEqual([]);
    expect(c.diagnostics[0]?.message).toMatch(/^« journal\.xlsx » n'est pas un bilan du flux écrit par GEF/);
  });
});
