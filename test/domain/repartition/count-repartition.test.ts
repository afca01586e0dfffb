import fc from "fast-check";
import {
  countRepartition,
  bilanRepartition,
  CATEGORIES,
  cell,
  LIGNE_NON_MAPPES,
  DEFAULT_REGLES,
  type Repartition,
} from "../../../src/domain/repartition";
import { logementTable, fois, type LogementRow } from "../../support/logement-table";

const CASA = "240600585";
const MNCA = "200030195";
const cat = (c: (typeof CATEGORIES)[number]): number => CATEGORIES.indexOf(c);

/** The chart's row of a category: PLAI, PLUS, PLS. */
const barre = (r: Repartition, c: (typeof CATEGORIES)[number]): readonly number[] => r.graphique[cat(c)] ?? [];

describe("aggregate : tableau de logements codé RPLS ou en libellés", () => {
  const codes: LogementRow[] = [
    { financement: 10, typologie: 1, reservataire: "PREFECTURE" },
    { financement: 13, typologie: 3, reservataire: "PREFECTURE" },
    { financement: "13", typologie: 3, reservataire: "ACTION LOGEMENT" },
    { financement: 15, typologie: 6, reservataire: "VILLE DE NICE" },
    { financement: 50, typologie: 7, reservataire: "" },
  ];
  const libelles: LogementRow[] = [
    { financement: "PLA-I", typologie: "T1", reservataire: "PREFECTURE" },
    { financement: "PLUS", typologie: "T3", reservataire: "PREFECTURE" },
    { financement: "PLUS CD", typologie: "F3", reservataire: "ACTION LOGEMENT" },
    { financement: "PLS", typologie: "T6 et +", reservataire: "VILLE DE NICE" },
    { financement: "PLUS", typologie: "T7", reservataire: "" },
  ];

  it.each([
    ["codes RPLS", codes],
    ["libellés", libelles],
  ])("compte par catégorie, financement et typologie (%s)", (_cas, lignes) => {
    const r = countRepartition(logementTable(lignes), DEFAULT_REGLES);
    expect(r.total).toBe(5);
    expect(barre(r, "ETAT PRIORITAIRES")).toEqual([1, 1, 0]);
    expect(barre(r, "ACTION LOGEMENT")).toEqual([0, 1, 0]);
    expect(barre(r, "COLLECTIVITES TERRITORIALES")).toEqual([0, 0, 1]);
    expect(barre(r, "NON IDENTIFIES")).toEqual([0, 1, 0]);
    expect(r.parFinancement).toEqual([1, 3, 1]);
    expect(r.parTypologie).toEqual([1, 0, 2, 0, 0, 2]);
    expect(r.nonMappes).toEqual([]);
    expect(r.lignes).toEqual([]);
  });

  it("compte PLI, AUTRE et les financements non reconnus à part, avec la ligne et la raison", () => {
    const r = countRepartition(
      logementTable([
        { financement: 16, typologie: 2, reservataire: "PREFECTURE" },
        { financement: 99, typologie: 2, reservataire: "PREFECTURE" },
        { financement: "??", typologie: 2, reservataire: "PREFECTURE" },
        { financement: 13, typologie: "grand", reservataire: "PREFECTURE" },
        { financement: "X", typologie: 0, reservataire: "PREFECTURE" },
        { financement: 13, typologie: 2, reservataire: "PREFECTURE" },
      ]),
      DEFAULT_REGLES,
    );
    expect(r.horsGraphique).toEqual({ pli: 1, autre: 1, financementNonClasse: 2, nonMappes: 0 });
    expect(barre(r, "ETAT PRIORITAIRES")).toEqual([0, 2, 0]);
    expect(r.parFinancement).toEqual([0, 2, 0]);
    expect(r.parTypologie).toEqual([0, 1, 0, 0, 0, 0]);
    expect(r.typologieNonClasseeChamp).toBe(1);
    expect(r.financementsHorsChamp).toBe(4);
    expect(r.lignes).toEqual([
      { ligne: 4, raison: "Financement non reconnu : logement compté hors graphiques." },
      { ligne: 5, raison: "Typologie non reconnue : logement compté hors camembert des typologies." },
      { ligne: 6, raison: "Financement et typologie non reconnus : logement compté hors graphiques." },
    ]);
    expect(r.totalRows).toBe(3);
    expect(bilanRepartition(r)).toEqual({ total: 6, graphique: 2, horsGraphique: 4, ecart: 0 });
  });

  it("range les libellés vides en NON IDENTIFIES, et un tableau sans colonne réservataire entièrement", () => {
    const r = countRepartition(
      logementTable([
        { financement: 13, typologie: 2 },
        { financement: 11, typologie: 4 },
      ]),
      DEFAULT_REGLES,
    );
    expect(barre(r, "NON IDENTIFIES")).toEqual([1, 1, 0]);
  });
});

describe("aggregate : libellés non mappés", () => {
  const lignes: LogementRow[] = [
    ...fois(3, { financement: 13, typologie: 3, reservataire: "LOGIREM" }),
    { financement: 11, typologie: 2, reservataire: "Logirem " },
    { financement: 16, typologie: 2, reservataire: "LOGIREM" },
    ...fois(2, { financement: 14, typologie: 1, reservataire: "CAF" }),
    { financement: 13, typologie: 1, reservataire: "PREFECTURE" },
  ];

  it("sans consentement : listés avec leurs logements, hors des colonnes empilées, dans les camemberts", () => {
    const r = countRepartition(logementTable(lignes), DEFAULT_REGLES);
    expect(r.nonMappes).toEqual([
      { libelle: "LOGIREM", logements: 5 },
      { libelle: "CAF", logements: 2 },
    ]);
    expect(r.autresAvecConsentement).toBe(false);
    expect(barre(r, "AUTRES RESERVATAIRES")).toEqual([0, 0, 0]);
    expect([0, 1, 2, 3, 4, 5].map((f) => cell(r.categorieFinancement, LIGNE_NON_MAPPES, f))).toEqual([
      1, 3, 2, 1, 0, 0,
    ]);
    expect(r.horsGraphique.nonMappes).toBe(7);
    expect(r.parFinancement).toEqual([1, 4, 2]);
    expect(bilanRepartition(r)).toEqual({ total: 8, graphique: 1, horsGraphique: 7, ecart: 0 });
  });

  it("avec consentement : comptés en AUTRES RESERVATAIRES, et toujours listés", () => {
    const r = countRepartition(logementTable(lignes), DEFAULT_REGLES, { autresAvecConsentement: true });
    expect(barre(r, "AUTRES RESERVATAIRES")).toEqual([1, 3, 2]);
    expect(r.horsGraphique).toEqual({ pli: 1, autre: 0, financementNonClasse: 0, nonMappes: 0 });
    expect(r.nonMappes.map((n) => n.libelle)).toEqual(["LOGIREM", "CAF"]);
    expect(bilanRepartition(r).ecart).toBe(0);
  });

  it("une règle ajoutée les fait entrer dans leur catégorie", () => {
    const regles = [{ motif: "LOGIREM", categorie: "NON RESERVE" as const }, ...DEFAULT_REGLES];
    const r = countRepartition(logementTable(lignes), regles);
    expect(barre(r, "NON RESERVE")).toEqual([1, 3, 0]);
    expect(r.nonMappes).toEqual([{ libelle: "CAF", logements: 2 }]);
  });
});

describe("aggregate : filtre par EPCI", () => {
  const lignes: LogementRow[] = [
    { financement: 13, typologie: 3, reservataire: "PREFECTURE", epci: CASA },
    { financement: 11, typologie: 2, reservataire: "ACTION LOGEMENT", epci: CASA },
    { financement: 13, typologie: 4, reservataire: "PREFECTURE", epci: MNCA },
    { financement: "?", typologie: 4, reservataire: "PREFECTURE", epci: MNCA },
    { financement: 14, typologie: 1, reservataire: "LOGIREM", epci: MNCA },
  ];
  const issues = [
    { ligne: 3, raison: "Commune « 6088 » : code INSEE à 5 chiffres attendu." },
    { ligne: 5, raison: "Financement « ? » non reconnu." },
    { ligne: 40, raison: "Ligne vide ignorée." },
  ];
  const table = logementTable(lignes, { issues });

  it("par un prédicat sur la ligne", () => {
    const r = countRepartition(table, DEFAULT_REGLES, { filtre: (i) => table.epci[i] === CASA });
    expect(r.total).toBe(2);
    expect(barre(r, "ETAT PRIORITAIRES")).toEqual([0, 1, 0]);
    expect(barre(r, "ACTION LOGEMENT")).toEqual([1, 0, 0]);
    expect(r.nonMappes).toEqual([]);
    // Row 3 is in CASA: the reader's issue is kept; row 5 belongs to MNCA; row 40 was never read.
    expect(r.lignes).toEqual([issues[0]]);
    expect(r.lignesNonLues).toEqual([issues[2]]);
  });

  it("par un index d'EPCI précalculé", () => {
    const index = Int32Array.from(table.epci, (e) => (e === CASA ? 0 : e === MNCA ? 1 : -1));
    const r = countRepartition(table, DEFAULT_REGLES, { filtre: { epciIndex: index, epci: 1 } });
    expect(r.total).toBe(3);
    expect(barre(r, "ETAT PRIORITAIRES")).toEqual([0, 1, 0]);
    expect(r.horsGraphique.financementNonClasse).toBe(1);
    expect(r.nonMappes).toEqual([{ libelle: "LOGIREM", logements: 1 }]);
    // The reader's reason is kept for row 5, which is not listed a second time.
    expect(r.lignes).toEqual([issues[1]]);
    expect(r.totalRows).toBe(1);
    expect(r.lignesNonLues).toEqual([issues[2]]);
  });

  it("sans filtre, tout le tableau", () => {
    const r = countRepartition(table, DEFAULT_REGLES);
    expect(r.total).toBe(5);
    expect(r.lignes).toEqual([issues[0], issues[1]]);
  });
});

describe("aggregate : lignes signalées", () => {
  it("limite la liste mais compte toutes les lignes", () => {
    const r = countRepartition(
      logementTable(fois(50, { financement: "?", typologie: 2, reservataire: "ETAT" })),
      DEFAULT_REGLES,
      { rowLimit: 10 },
    );
    expect(r.lignes).toHaveLength(10);
    expect(r.totalRows).toBe(50);
    expect(r.horsGraphique.financementNonClasse).toBe(50);
  });
});

describe("aggregate : propriétés", () => {
  const rowArb: fc.Arbitrary<LogementRow> = fc.record({
    financement: fc.constantFrom<number | string>(
      10,
      11,
      12,
      13,
      14,
      15,
      16,
      17,
      49,
      99,
      50,
      0,
      "PLAI",
      "PLUS",
      "PLS",
      "PLI",
      "?",
      "",
    ),
    typologie: fc.constantFrom<number | string>(0, 1, 2, 3, 4, 5, 6, 9, "T1", "T6 et +", "?"),
    reservataire: fc.constantFrom(
      "",
      " ",
      "PREFECTURE",
      "AGENTS DE L'ETAT",
      "ACTION LOGEMENT",
      "VILLE DE NICE",
      "CHU",
      "LIBRE",
      "LOGIREM",
      "logirem",
      "CAF",
    ),
    epci: fc.constantFrom(CASA, MNCA, ""),
  });

  it("chaque logement est compté une fois : dans le graphique ou à côté (bilan nul)", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 200 }),
        fc.boolean(),
        fc.constantFrom(undefined, CASA, MNCA),
        (lignes, consent, epci) => {
          const table = logementTable(lignes);
          const garder = (i: number): boolean => epci === undefined || table.epci[i] === epci;
          const r = countRepartition(table, DEFAULT_REGLES, {
            autresAvecConsentement: consent,
            filtre: epci === undefined ? undefined : garder,
          });
          const attendus = lignes.filter((_, i) => garder(i)).length;
          const somme = (xs: ArrayLike<number>): number => Array.from(xs).reduce((a, b) => a + b, 0);

          expect(r.total).toBe(attendus);
          expect(bilanRepartition(r).ecart).toBe(0);
          expect(somme(r.typologieFinancement)).toBe(attendus);
          expect(somme(r.parFinancement) + r.financementsHorsChamp).toBe(attendus);
          expect(somme(r.parFinancement)).toBe(somme(r.parTypologie) + r.typologieNonClasseeChamp);
          const listes = somme(r.nonMappes.map((n) => n.logements));
          if (consent) expect(r.horsGraphique.nonMappes).toBe(0);
          else expect(listes).toBe(r.horsGraphique.nonMappes);
          const nonClassees = lignes.filter(
            (_, i) => garder(i) && (table.financement[i] === 255 || table.typologie[i] === 255),
          ).length;
          expect(r.totalRows).toBe(nonClassees);
        },
      ),
      { numRuns: 300 },
    );
  });
});
