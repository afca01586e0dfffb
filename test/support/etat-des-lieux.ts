/** État des lieux grids as bailleurs send them: one block per réservataire, PLAI / PLUS / PLS × T1…T6 et +, with totals. */
const HEADER = ["Financement", "T1", "T2", "T3", "T4", "T5", "T6 et +", "TOTAL"];

/** One réservataire's block: its name, the header, a row per financement (PLAI, PLUS, PLS) and the TOTAL row. */
export const edlBlock = (nom: string, lignes: number[][]): unknown[][] => [
  [nom],
  HEADER,
  ...lignes.map((l, f) => [["PLAI", "PLUS", "PLS"][f], ...l, l.reduce((a, b) => a + b, 0)]),
  [
    "TOTAL",
    ...[0, 1, 2, 3, 4, 5].map((t) => lignes.reduce((s, l) => s + (l[t] ?? 0), 0)),
    lignes.flat().reduce((a, b) => a + b, 0),
  ],
  [],
];

/** PREFECTURE: PLAI 6, PLUS 16, PLS 2; ACTION LOGEMENT: PLAI 1, PLUS 42, PLS 5. */
export const EDL_EXEMPLE = [
  ["ÉTAT DES LIEUX DES RÉSERVATIONS AU 01/01/2024"],
  [],
  ...edlBlock("PREFECTURE", [
    [1, 2, 3, 0, 0, 0],
    [4, 5, 6, 1, 0, 0],
    [0, 1, 1, 0, 0, 0],
  ]),
  ...edlBlock("ACTION LOGEMENT", [
    [0, 1, 0, 0, 0, 0],
    [2, 10, 20, 8, 1, 1],
    [0, 0, 3, 2, 0, 0],
  ]),
];
