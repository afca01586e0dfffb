/**
 * Issue 25 point 3: a bilan holds on messy journals. Shuffling the journal's rows, or pasting them
 * twice (then shuffling), never changes a bilan: the four counts (and the semester's alone for S2),
 * attendu, écart and taux de chute of every row and total, for S1, S2, the year and two dates.
 */
import fc from "fast-check";
import { serialFromParts } from "../../src/domain";
import { DEFAULT_REGLAGES_SUIVI, travailBilan, type ReglagesSuivi } from "../../src/jobs";
import { journalSuiviArb, OBJECTIFS_SUIVI } from "../support/suivi-exemple";
import { SEED } from "./arbitraries";

const PERIODES: readonly ReglagesSuivi["periode"][] = [
  { type: "S1", annee: 2024 },
  { type: "S2", annee: 2024 },
  { type: "ANNEE", annee: 2024 },
  { type: "DATES", debut: serialFromParts(2023, 11, 15), fin: serialFromParts(2024, 4, 10) },
];

/** What a bilan says, rows and totals, in a form two bilans can be compared by. */
function figures(journal: unknown[][], periode: ReglagesSuivi["periode"]): unknown {
  const b = travailBilan(
    [
      { name: "Journal", values: journal },
      { name: "Objectifs reçus", values: OBJECTIFS_SUIVI },
    ],
    { ...DEFAULT_REGLAGES_SUIVI, periode },
  ).bilan;
  if (b === undefined) return undefined;
  const row = (l: (typeof b.groupes)[number]["total"]): unknown[] => [
    l.epci,
    l.reservataire,
    l.objectif,
    l.comptes,
    l.comptesSemestre,
    l.attendu,
    l.ecart,
    l.tauxChute,
    l.prochain,
  ];
  return [
    b.groupes.map((g) => [g.libelle, g.lignes.map(row), row(g.total), g.prochain]),
    row(b.total),
    b.parReservataire,
  ];
}

/** A journal with its header and the rows `body` (reordered or doubled). */
const reorder = (journal: unknown[][], body: unknown[][]): unknown[][] => [journal[0] ?? [], ...body];

describe("bilans d'un journal en désordre ou collé deux fois", () => {
  it("mélanger les lignes du journal ne change aucun bilan", () => {
    fc.assert(
      fc.property(
        journalSuiviArb().chain((j) =>
          fc.tuple(
            fc.constant(j),
            fc.shuffledSubarray(j.slice(1), { minLength: j.length - 1, maxLength: j.length - 1 }),
          ),
        ),
        ([journal, shuffled]) => {
          for (const p of PERIODES) expect(figures(reorder(journal, shuffled), p)).toEqual(figures(journal, p));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("coller le journal deux fois, puis mélanger, ne change aucun bilan", () => {
    fc.assert(
      fc.property(
        journalSuiviArb().chain((j) => {
          const twice = [...j.slice(1), ...j.slice(1)];
          return fc.tuple(
            fc.constant(j),
            fc.shuffledSubarray(twice, { minLength: twice.length, maxLength: twice.length }),
          );
        }),
        ([journal, doubled]) => {
          for (const p of PERIODES) expect(figures(reorder(journal, doubled), p)).toEqual(figures(journal, p));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});
