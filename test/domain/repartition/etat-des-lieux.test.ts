import {
  bilanRepartition,
  CATEGORIES,
  lireEtatDesLieux,
  DEFAULT_REGLES,
  repartitionDepuisEdl,
  type EtatDesLieux,
} from "../../../src/domain/repartition";

type Ligne = (string | number | null)[];
const ENTETE: Ligne = ["Financement", "T1", "T2", "T3", "T4", "T5", "T6 et +", "TOTAL"];

/** The detail of a réservataire: PLAI, PLUS, PLS rows of T1..T6+. */
type Detail = readonly [readonly number[], readonly number[], readonly number[]];
const PREFECTURE: Detail = [
  [1, 2, 3, 0, 0, 0],
  [4, 5, 6, 1, 0, 0],
  [0, 1, 1, 0, 0, 0],
];
const ACTION_LOGEMENT: Detail = [
  [0, 1, 0, 0, 0, 0],
  [2, 10, 20, 8, 1, 1],
  [0, 0, 3, 2, 0, 0],
];
const LOGIREM: Detail = [
  [0, 0, 0, 0, 0, 0],
  [0, 1, 1, 0, 0, 0],
  [0, 0, 0, 0, 0, 0],
];

const somme = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const column = (d: Detail, t: number): number => somme(d.map((l) => l[t] ?? 0));
const FIN = ["PLAI", "PLUS", "PLS"];

/** Rows PLAI, PLUS, PLS with their totals, then TOTAL; `avant` prefixes each row (first-column layout). */
function lignesDe(d: Detail, avant: (k: number) => Ligne = () => []): Ligne[] {
  const lignes: Ligne[] = d.map((l, f) => [...avant(f), FIN[f] ?? "", ...l, somme(l)]);
  const totaux = [0, 1, 2, 3, 4, 5].map((t) => column(d, t));
  return [...lignes, [...avant(3), "TOTAL", ...totaux, somme(totaux)]];
}

/** Layout 1: a title cell above each block's header. */
function titresEtEntetes(blocks: readonly (readonly [string, Detail])[]): Ligne[] {
  const grid: Ligne[] = [["ÉTAT DES LIEUX DES RÉSERVATIONS AU 01/01/2024"], []];
  for (const [nom, d] of blocks) grid.push([nom], ENTETE, ...lignesDe(d), []);
  return grid;
}

/** Layout 2: one header, the réservataire in a first column (once per block, as merged cells). */
function firstColumn(blocks: readonly (readonly [string, Detail])[]): Ligne[] {
  return [["Réservataire", ...ENTETE], ...blocks.flatMap(([nom, d]) => lignesDe(d, (k) => [k === 0 ? nom : null]))];
}

/** Layout 3: one header, each block's name on a row of its own. */
function subHeaderTitles(blocks: readonly (readonly [string, Detail])[]): Ligne[] {
  return [ENTETE, ...blocks.flatMap(([nom, d]) => [[nom], ...lignesDe(d)])];
}

const BLOCS = [
  ["PREFECTURE", PREFECTURE],
  ["ACTION LOGEMENT", ACTION_LOGEMENT],
  ["LOGIREM", LOGIREM],
] as const;

const comptes = (edl: EtatDesLieux): Record<string, readonly (readonly number[])[]> =>
  Object.fromEntries(edl.reservataires.map((r) => [r.nom, r.comptes.slice(0, 3)]));

describe("lireEtatDesLieux : tableaux cohérents", () => {
  it.each([
    ["un titre au-dessus de chaque en-tête", titresEtEntetes(BLOCS)],
    ["le réservataire en première colonne", firstColumn(BLOCS)],
    ["un titre sous un en-tête unique", subHeaderTitles(BLOCS)],
  ])("lit %s", (_cas, grid) => {
    const edl = lireEtatDesLieux(grid);
    expect(edl.incoherences).toEqual([]);
    expect(edl.avertissements).toEqual([]);
    expect(comptes(edl)).toEqual({ PREFECTURE, "ACTION LOGEMENT": ACTION_LOGEMENT, LOGIREM });
    // PLI and AUTRE rows absent: zero.
    expect(edl.reservataires[0]?.comptes.slice(3)).toEqual([
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
  });

  it("lit le nom répété sur chaque ligne, et une ligne TOTAL à gauche des financements comme total général", () => {
    const grid: Ligne[] = [
      ["Réservataire", ...ENTETE],
      ...lignesDe(PREFECTURE, () => ["PREFECTURE"]),
      ...lignesDe(ACTION_LOGEMENT, () => ["ACTION LOGEMENT"]),
      ["TOTAL", null, 7, 19, 33, 11, 1, 1, 72],
    ];
    const edl = lireEtatDesLieux(grid);
    expect(edl.avertissements).toEqual([]);
    expect(edl.incoherences).toEqual([]);
    expect(comptes(edl)).toEqual({ PREFECTURE, "ACTION LOGEMENT": ACTION_LOGEMENT });
    (grid[9] as Ligne)[8] = 70;
    expect(lireEtatDesLieux(grid).incoherences).toEqual([
      {
        cell: "I10",
        kind: "colonne",
        expected: 72,
        found: 70,
        message:
          "Le total général de tous les réservataires (I10) vaut 70 ; la somme des réservataires au-dessus donne 72.",
      },
    ]);
  });

  it("situe les noms dans la feuille d'après l'origine de la plage", () => {
    const edl = lireEtatDesLieux(titresEtEntetes(BLOCS), { origine: { ligne: 4, column: 1 } });
    expect(edl.reservataires.map((r) => r.cell)).toEqual(["B7", "B14", "B21"]);
  });

  it("additionne les blocs d'un même réservataire écrits deux fois", () => {
    const edl = lireEtatDesLieux(
      firstColumn([
        ["PREFECTURE", PREFECTURE],
        ["Préfecture", PREFECTURE],
      ]),
    );
    expect(edl.reservataires).toHaveLength(1);
    expect(edl.reservataires[0]?.comptes[1]).toEqual([8, 10, 12, 2, 0, 0]);
  });

  it("lit « T6 » et « T7 » comme T6+, et le nom dans la ligne d'en-tête", () => {
    const grid: Ligne[] = [
      ["VILLE DE NICE", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "Total"],
      ["PLUS", 1, 1, 1, 1, 1, 2, 3, 10],
      ["Total", 1, 1, 1, 1, 1, 2, 3, 10],
    ];
    const edl = lireEtatDesLieux(grid);
    expect(edl.incoherences).toEqual([]);
    expect(edl.reservataires).toEqual([{ nom: "VILLE DE NICE", cell: "A1", comptes: expect.anything() as unknown }]);
    expect(edl.reservataires[0]?.comptes[1]).toEqual([1, 1, 1, 1, 1, 5]);
  });

  it("vérifie un récapitulatif TOTAL GÉNÉRAL contre les réservataires au-dessus, sans le compter", () => {
    const recap: Detail = [0, 1, 2].map((f) =>
      [0, 1, 2, 3, 4, 5].map((t) => (PREFECTURE[f]?.[t] ?? 0) + (ACTION_LOGEMENT[f]?.[t] ?? 0)),
    ) as unknown as Detail;
    const grid = firstColumn([
      ["PREFECTURE", PREFECTURE],
      ["ACTION LOGEMENT", ACTION_LOGEMENT],
      ["TOTAL GENERAL", recap],
    ]);
    const edl = lireEtatDesLieux(grid);
    expect(edl.incoherences).toEqual([]);
    expect(edl.reservataires.map((r) => r.nom)).toEqual(["PREFECTURE", "ACTION LOGEMENT"]);
    // A wrong recap cell is reported against the sum of the réservataires.
    const faux = grid.map((l) => [...l]);
    const plusRecap = faux.findIndex((l) => l[0] === "TOTAL GENERAL") + 1;
    (faux[plusRecap] as Ligne)[4] = 99;
    const e = lireEtatDesLieux(faux);
    expect(e.incoherences).toContainEqual({
      cell: `E${plusRecap + 1}`,
      kind: "colonne",
      expected: 26,
      found: 99,
      message: `Le récapitulatif PLUS T3 de « TOTAL GENERAL » (E${plusRecap + 1}) vaut 99 ; la somme des réservataires au-dessus donne 26.`,
    });
  });
});

describe("lireEtatDesLieux : totaux qui ne tombent pas juste, cellule par cellule", () => {
  // Layout 1: PREFECTURE's block is rows 3 (title) to 8; its PLUS row is sheet row 6, TOTAL row 8.
  const grid = titresEtEntetes(BLOCS).map((l) => [...l]);
  (grid[5] as Ligne)[7] = 17; // PLUS total: 16 expected
  (grid[7] as Ligne)[3] = 11; // TOTAL T3: 10 expected
  (grid[7] as Ligne)[7] = 23; // TOTAL général du bloc: 24 expected
  const edl = lireEtatDesLieux(grid);

  it("signale chaque total de ligne et de colonne faux avec sa cellule, l'attendu et le trouvé", () => {
    expect(edl.incoherences).toEqual([
      {
        cell: "H6",
        kind: "ligne",
        expected: 16,
        found: 17,
        message: "Le total de la ligne PLUS de « PREFECTURE » (H6) vaut 17 ; la somme des typologies donne 16.",
      },
      {
        cell: "D8",
        kind: "colonne",
        expected: 10,
        found: 11,
        message: "Le total T3 de « PREFECTURE » (D8) vaut 11 ; la somme des lignes PLAI, PLUS, PLS au-dessus donne 10.",
      },
      {
        cell: "H8",
        kind: "colonne",
        expected: 24,
        found: 23,
        message:
          "Le total général de « PREFECTURE » (H8) vaut 23 ; la somme des lignes PLAI, PLUS, PLS au-dessus donne 24.",
      },
    ]);
  });

  it("compte quand même les cellules de détail", () => {
    expect(comptes(edl)).toEqual({ PREFECTURE, "ACTION LOGEMENT": ACTION_LOGEMENT, LOGIREM });
  });

  it("traite un total vide comme 0", () => {
    const g = titresEtEntetes([["PREFECTURE", PREFECTURE]]).map((l) => [...l]);
    (g[4] as Ligne)[7] = null;
    expect(lireEtatDesLieux(g).incoherences.map((i) => [i.cell, i.expected, i.found])).toEqual([["H5", 6, 0]]);
  });
});

describe("lireEtatDesLieux : cellules et lignes illisibles", () => {
  it("avertit des textes, négatifs et décimaux, et des lignes de nombres sans libellé reconnu", () => {
    const grid: Ligne[] = [
      ["PREFECTURE"],
      ENTETE,
      ["PLAI", "deux", 1, 0, 0, 0, 0, 1],
      ["PLUS", -3, "1 000", 2.5, 0, 0, 0, 1003],
      ["Divers", 4, 0, 0, 0, 0, 0, 4],
      [null, 1, 0, 0, 0, 0, 0, 1],
    ];
    const edl = lireEtatDesLieux(grid);
    expect(edl.avertissements.map((a) => [a.code, a.cell, a.message])).toEqual([
      [
        "CELLULE_NON_NUMERIQUE",
        "B3",
        "La cellule B3 contient « deux », qui n'est pas un nombre de logements : comptée 0.",
      ],
      [
        "EFFECTIF_NEGATIF",
        "B4",
        "La cellule B4 contient -3 : un nombre de logements ne peut pas être négatif ; comptée 0.",
      ],
      [
        "EFFECTIF_NON_ENTIER",
        "D4",
        "La cellule D4 contient 2,5, qui n'est pas un nombre entier de logements : comptée 3.",
      ],
      [
        "LIGNE_NON_RECONNUE",
        "A5",
        "La ligne « Divers » (A5) n'est ni PLAI, PLUS, PLS ni TOTAL : elle n'est pas comptée.",
      ],
      [
        "LIGNE_NON_RECONNUE",
        "B6",
        "La ligne 6 a des nombres sans libellé PLAI, PLUS, PLS ou TOTAL : elle n'est pas comptée.",
      ],
    ]);
    expect(edl.reservataires[0]?.comptes.slice(0, 2)).toEqual([
      [0, 1, 0, 0, 0, 0],
      [0, 1000, 3, 0, 0, 0],
    ]);
  });

  it("dit qu'il n'a rien trouvé sans en-têtes de typologies", () => {
    expect(lireEtatDesLieux([["PREFECTURE"], ["PLAI", 1, 2]]).avertissements).toEqual([
      {
        severity: "avertissement",
        code: "EDL_INTROUVABLE",
        cell: "A1",
        message:
          "Aucun état des lieux trouvé : il faut une ligne d'en-têtes T1, T2, T3… et des lignes PLAI, PLUS, PLS.",
      },
    ]);
  });

  it("compte un bloc sans nom en NON IDENTIFIES et le signale", () => {
    const edl = lireEtatDesLieux([ENTETE, ...lignesDe(LOGIREM)]);
    expect(edl.reservataires.map((r) => r.nom)).toEqual([""]);
    expect(edl.avertissements.map((a) => [a.code, a.message])).toEqual([
      ["BLOC_SANS_NOM", "Le bloc qui commence en A2 n'a pas de nom de réservataire : il est compté en NON IDENTIFIES."],
    ]);
    expect(repartitionDepuisEdl(edl, DEFAULT_REGLES).graphique[CATEGORIES.indexOf("NON IDENTIFIES")]).toEqual([
      0, 2, 0,
    ]);
  });
});

describe("repartitionDepuisEdl", () => {
  const edl = lireEtatDesLieux(firstColumn(BLOCS));

  it("donne la même répartition qu'un tableau de logements", () => {
    const r = repartitionDepuisEdl(edl, DEFAULT_REGLES);
    expect(r.source).toBe("etat-des-lieux");
    expect(r.graphique[CATEGORIES.indexOf("ETAT PRIORITAIRES")]).toEqual([6, 16, 2]);
    expect(r.graphique[CATEGORIES.indexOf("ACTION LOGEMENT")]).toEqual([1, 42, 5]);
    expect(r.nonMappes).toEqual([{ libelle: "LOGIREM", logements: 2 }]);
    expect(r.parFinancement).toEqual([7, 60, 7]);
    expect(r.parTypologie).toEqual([7, 20, 34, 11, 1, 1]);
    expect(bilanRepartition(r)).toEqual({ total: 74, graphique: 72, horsGraphique: 2, ecart: 0 });
  });

  it("range les réservataires non mappés en AUTRES RESERVATAIRES avec consentement", () => {
    const r = repartitionDepuisEdl(edl, DEFAULT_REGLES, { autresAvecConsentement: true });
    expect(r.graphique[CATEGORIES.indexOf("AUTRES RESERVATAIRES")]).toEqual([0, 2, 0]);
    expect(bilanRepartition(r)).toEqual({ total: 74, graphique: 74, horsGraphique: 0, ecart: 0 });
  });
});
