/**
 * The sandbox's example workbook, made by seeded generators (never hand-typed tables): a DDETS 06
 * template partly filled, a dwelling table of a few thousand rows across the five EPCI of the
 * template and the two others of the département, a movements table, a décompte journal of those
 * dwellings (2024-2025) and the réservataires' rights (for « Suivi du flux »).
 */
import { blankFormulaGrid, blankModele } from "../src/domain";
import { EPCI_MODELE_06 } from "../src/domain/epci/alpes-maritimes";
import { makeLogementGrid } from "./logement-grid";
import { makeDroits, makeJournalSuivi } from "./journal";
import { seededRandom } from "./random";
import { avecChampsFiche, avecVacancesOuvertes } from "./vacances-exemple";

/** Figures typed by the bailleur in two EPCI columns (CAPG is the seed of docs/regles/assiette.md: assiette 5 367). */
const TYPED: Record<string, Partial<Record<string, number>>> = {
  CAPG: {
    exclusPli: 40,
    exclusFtm: 30,
    exclusMedicoSocial: 20,
    exclusChrs: 25,
    exclusDefense: 5,
    soustraitsAnru: 15,
    soustraitsHorsAnru: 10,
    soustraitsInsalubres: 5,
    soustraitsVentes: 10,
    nouvelles: 17,
  },
  CASA: {
    exclusFtm: 48,
    exclusMedicoSocial: 16,
    exclusChrs: 30,
    exclusDefense: 10,
    soustraitsAnru: 20,
    soustraitsHorsAnru: 12,
    soustraitsVentes: 15,
    nouvelles: 85,
  },
};

/** The template: blank DDETS 06 layout, a few inputs typed, one State cell typed by hand (0). */
export function exampleModele(): unknown[][] {
  const t = blankModele({ anneeConvention: 2024, anneeRpls: 2022, departement: "ALPES-MARITIMES" });
  const grid: unknown[][] = blankFormulaGrid(t).map((row) => [...row]);
  EPCI_MODELE_06.forEach((e, i) => {
    const typed = TYPED[e.sigle ?? ""];
    if (!typed) return;
    for (const [key, value] of Object.entries(typed)) {
      const row = t.rowOf[key as keyof typeof t.rowOf];
      if (row !== undefined && value !== undefined) (grid[row] as unknown[])[i + 1] = value;
    }
  });
  const prio = t.rowOf.etatPrioritaires;
  if (prio !== undefined) (grid[prio] as unknown[])[1] = 0;
  return grid;
}

/** Movements per EPCI of the template, 2021 to 2023 (CARF has none: its rate stays to be typed). */
export function exampleMouvements(): unknown[][] {
  const random = seededRandom(2021);
  const rows: unknown[][] = [["EPCI", "Année", "Entrées", "Départs", "Parc", "Mutations"]];
  for (const e of EPCI_MODELE_06.slice(0, 4)) {
    const parc = 1500 + Math.floor(random() * 4000);
    for (const annee of [2021, 2022, 2023]) {
      const p = parc + (annee - 2021) * 20;
      rows.push([
        e.sigle,
        annee,
        Math.round(p * (0.045 + random() * 0.015)),
        Math.round(p * (0.04 + random() * 0.015)),
        p,
        5 + Math.floor(random() * 20),
      ]);
    }
  }
  return rows;
}

/**
 * Codes kept as text, as an RPLS extract holds them (« 06084 », never the number 6 084): written
 * « '06084 », the way a user types a text that looks like a number in Excel.
 */
export function codesAsText(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => row.map((v) => (typeof v === "string" && /^0\d+$/.test(v) ? `'${v}` : v)));
}

/** All sheets of the example workbook, the template first (active). */
export function exampleSheets(today = new Date()): Record<string, unknown[][]> {
  return {
    "Calcul assiette": exampleModele(),
    Logements: codesAsText(avecChampsFiche(makeLogementGrid(4000, { seed: 2024, scheme: "2024", faulty: true }))),
    Mouvements: exampleMouvements(),
    Journal: avecVacancesOuvertes(makeJournalSuivi(1500, 4000), 4000, today),
    Droits: makeDroits(),
  };
}
