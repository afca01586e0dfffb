/**
 * The sandbox's example holds vacancies to run (issue 19): open ones at the journal's end, dated from
 * the day the sandbox opens, and the fiche's RPLS fields in the dwelling table. Worked by hand for
 * 8 December 2026 (serial 46364: 1 January 2026 is 45292 + 366 + 365 = 46023, plus 341 days): a month
 * after 29 October 2026 is 29 November (9 days late), after 4 November 4 December (4 late), after
 * 11 November 11 December (3 days left), after 13 November 13 December (5 left), after 26 November
 * 26 December (18 left, not to chase yet); 31 January 2024 gives 29 February 2024.
 */
import {
  aRelancer,
  lireColonnesVacances,
  readJournal,
  vacancesDuJournal,
  DEFAULT_REGLES_DECOMPTE,
} from "../../src/domain";
import { exampleSheets } from "../../sandbox/example";
import { COLONNES_FICHE_EXEMPLE } from "../../sandbox/vacances-exemple";

const AU = 46364;

describe("exemple du bac à sable : vacances ouvertes", () => {
  const sheets = exampleSheets(new Date(2026, 11, 8));
  const grid = sheets.Journal ?? [];
  const read = readJournal(grid);
  if (!read.ok) throw new Error(read.error.message);
  const { vacances } = vacancesDuJournal(
    read.value,
    lireColonnesVacances(grid, read.value, "Journal"),
    DEFAULT_REGLES_DECOMPTE,
    AU,
  );
  const ajoutees = grid.slice(-9).map((r) => String(r[0]));
  const de = (logement: string | undefined) => vacances.filter((v) => v.logement === logement).at(-1);

  it("met à disposition le 31 janvier 2024 avec une limite au 29 février 2024 (45322 → 45351), en retard", () => {
    expect(de(ajoutees[0])).toMatchObject({ miseADisposition: 45322, dateLimite: 45351, statut: "en_retard" });
  });

  it.each([
    [1, -9, "en_retard"],
    [2, -4, "en_retard"],
    [3, -3, "en_retard"],
    [4, 3, "a_designer"],
    [5, 5, "a_designer"],
    [6, 18, "a_designer"],
  ])("la vacance n° %i a %i jours restants (%s)", (i, jours, statut) => {
    expect(de(ajoutees[i])).toMatchObject({ joursRestants: jours, statut });
  });

  it("liste à relancer sous 7 jours les retards et les proches, pas la vacance à 18 jours ni la désignée", () => {
    const liste = aRelancer(vacances, 7).map((v) => v.logement);
    expect(liste).toEqual(expect.arrayContaining([0, 1, 2, 3, 4, 5].map((i) => ajoutees[i])));
    expect(liste).not.toContain(ajoutees[6]);
    expect(de(ajoutees[7])).toMatchObject({ statut: "designee" });
  });

  it("donne à la table des logements les champs RPLS de la fiche navette", () => {
    const header = (sheets.Logements ?? []).find((r) => r.includes("NUMLOG")) ?? [];
    expect(header.slice(-COLONNES_FICHE_EXEMPLE.length)).toEqual([...COLONNES_FICHE_EXEMPLE]);
  });
});
