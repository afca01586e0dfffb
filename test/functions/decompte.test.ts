import { decompte } from "../../src/functions/functions";
import { excel, expectCatalogueError, type Arg, type Cell, type Range } from "./support";

const DECOMPTE = excel(decompte);

/** Excel serial numbers (1900 date system) of the days used below. */
const J = {
  "2023-01-01": 44927,
  "2023-12-15": 45275,
  "2023-12-31": 45291,
  "2024-01-01": 45292,
  "2024-01-10": 45301,
  "2024-01-15": 45306,
  "2024-02-01": 45323,
  "2024-03-01": 45352,
  "2024-03-31": 45382,
  "2024-04-10": 45392,
  "2024-05-02": 45414,
  "2024-06-30": 45473,
  "2024-07-01": 45474,
  "2024-12-31": 45657,
} as const;

type Champ = "logement" | "reservataire" | "etape" | "date";
type Evenement = Readonly<Record<Champ, Cell>>;

const ev = (logement: Cell, reservataire: Cell, etape: Cell, date: Cell): Evenement => ({
  logement,
  reservataire,
  etape,
  date,
});

/** Lays events out under headers given in any order; `null` events are blank rows. */
function journal(headers: readonly (readonly [Champ, string])[], evenements: readonly (Evenement | null)[]): Range {
  return [
    headers.map(([, libelle]) => libelle),
    ...evenements.map((e) => headers.map(([champ]) => (e === null ? null : e[champ]))),
  ];
}

const ENTETES: readonly (readonly [Champ, string])[] = [
  ["logement", "Logement"],
  ["reservataire", "Réservataire"],
  ["etape", "Étape"],
  ["date", "Date"],
];

/** Headers shuffled, accented, upper case and aliases. */
const ENTETES_MELANGEES: readonly (readonly [Champ, string])[] = [
  ["reservataire", "Réservataire"],
  ["date", "Date"],
  ["logement", "N° logement"],
  ["etape", "ÉTAPE"],
];

/**
 * Five dwellings. L1 is offered to the PREFECTURE on 15/12/2023, then to ACTION LOGEMENT on
 * 10/01/2024 (reinjection across 31 December), leased on 01/02/2024. L2 is offered to VILLE DE NICE,
 * which proposes candidates, then to the PREFECTURE, which gets it to the bail. L3 and L5 are offered
 * to VILLE DE NICE and go no further. L4 has only a proposition by the DEPARTEMENT.
 * Dates mix serial numbers and text; stages are French labels in various spellings.
 */
const EVENEMENTS: readonly (Evenement | null)[] = [
  ev("L1", "PREFECTURE", "Mise à disposition", "15/12/2023"),
  ev("L1", "ACTION LOGEMENT", "mise à disposition", "2024-01-10"),
  ev("L2", "VILLE DE NICE", "MISE_A_DISPOSITION", J["2024-03-01"]),
  ev("L1", "ACTION LOGEMENT", "Proposition", J["2024-01-15"]),
  ev("L1", "ACTION LOGEMENT", "Attribution", "20/01/2024"),
  ev("L1", "ACTION LOGEMENT", "Bail signé", J["2024-02-01"]),
  ev("L2", "VILLE DE NICE", "propositions", "15/03/2024"),
  ev("L2", "PREFECTURE", "Mise à disposition", "2024-04-01"),
  ev("L2", "PREFECTURE", "Proposition", J["2024-04-10"]),
  ev("L2", "PREFECTURE", "ATTRIBUTION", J["2024-05-02"]),
  ev("L2", "PREFECTURE", "baux signés", "03/06/2024"),
  null,
  ev("L3", "VILLE DE NICE", "MAD", J["2024-06-30"]),
  ev("L4", "DEPARTEMENT", "Proposition", "2024-07-01"),
  ev("L5", "VILLE DE NICE", "Mise à disposition", J["2024-07-01"]),
];

const JOURNAL = journal(ENTETES_MELANGEES, EVENEMENTS);

const EN_TETE_BILAN = [
  "Réservataire",
  "Mises à disposition",
  "Propositions",
  "Attributions",
  "Baux signés",
  "Taux de chute",
];

const BILAN_COMPLET = [
  EN_TETE_BILAN,
  ["ACTION LOGEMENT", 1, 1, 1, 1, 0],
  ["DEPARTEMENT", 0, 1, 0, 0, ""],
  ["PREFECTURE", 1, 1, 1, 1, 0],
  ["VILLE DE NICE", 2, 0, 0, 0, 1],
  ["Total", 4, 3, 2, 2, 0.5],
];

const BILAN_VIDE = [EN_TETE_BILAN, ["Total", 0, 0, 0, 0, ""]];

const ETAPES_ADMISES = "MISE_A_DISPOSITION, PROPOSITION, ATTRIBUTION, BAIL";
/** A journal also notes the vacancy's other steps (issue 19): its « Étape » column accepts eight. */
const ETAPES_DU_JOURNAL = `${ETAPES_ADMISES}, VALIDATION, DESIGNATION, REFUS, RETOUR_BAILLEUR`;

describe("DECOMPTE", () => {
  describe("bilan (sans réservataire)", () => {
    it("renvoie le tableau : en-tête, une ligne par réservataire triée par nom, puis le total", () => {
      expect(DECOMPTE(JOURNAL)).toEqual(BILAN_COMPLET);
    });

    it("donne le même bilan quels que soient l'ordre des colonnes et l'écriture des en-têtes", () => {
      expect(DECOMPTE(journal(ENTETES, EVENEMENTS))).toEqual(BILAN_COMPLET);
    });

    it.each<[string, readonly (readonly [Champ, string])[]]>([
      [
        "alias Contingent, Type, Date de l'événement, Identifiant",
        [
          ["date", "Date de l'événement"],
          ["etape", "Type"],
          ["reservataire", "Contingent"],
          ["logement", "Identifiant"],
        ],
      ],
      [
        "en-têtes en capitales avec espaces",
        [
          ["logement", " LOGEMENT "],
          ["reservataire", "RÉSERVATAIRE"],
          ["etape", "étape"],
          ["date", "DATE"],
        ],
      ],
      [
        "colonne de date nommée « Date de mise à disposition »",
        [
          ["logement", "Logement"],
          ["reservataire", "Bénéficiaire"],
          ["etape", "Statut"],
          ["date", "Date de mise à disposition"],
        ],
      ],
    ])("reconnaît les en-têtes : %s", (_cas, headers) => {
      expect(DECOMPTE(journal(headers, EVENEMENTS))).toEqual(BILAN_COMPLET);
    });

    it("compte l'année 2024 (bornes en numéros de série)", () => {
      expect(DECOMPTE(JOURNAL, null, null, J["2024-01-01"], J["2024-12-31"])).toEqual(BILAN_COMPLET);
    });

    it("ne compte rien en 2023 : la remise à disposition de janvier 2024 reprend le logement L1", () => {
      expect(DECOMPTE(JOURNAL, null, null, "01/01/2023", "31/12/2023")).toEqual(BILAN_VIDE);
    });

    it("au premier trimestre 2024, la mise à disposition de L2 reprise en avril n'est pas comptée", () => {
      expect(DECOMPTE(JOURNAL, "", "", "2024-01-01", "2024-03-31")).toEqual([
        EN_TETE_BILAN,
        ["ACTION LOGEMENT", 1, 1, 1, 1, 0],
        ["Total", 1, 1, 1, 1, 0],
      ]);
    });

    it("laisse vide le taux de chute d'un réservataire sans mise à disposition", () => {
      const bilan = DECOMPTE(JOURNAL, null, null, "01/07/2024", "31/12/2024");
      expect(bilan).toEqual([
        EN_TETE_BILAN,
        ["DEPARTEMENT", 0, 1, 0, 0, ""],
        ["VILLE DE NICE", 1, 0, 0, 0, 1],
        ["Total", 1, 1, 0, 0, 1],
      ]);
    });

    it("renvoie l'en-tête et un total nul pour un journal sans événement", () => {
      expect(DECOMPTE([["Logement", "Réservataire", "Étape", "Date"]])).toEqual(BILAN_VIDE);
    });

    it("trie les réservataires par nom à la française et garde leur première écriture", () => {
      const j = journal(ENTETES, [
        ev("A", "Ville de Nice", "MAD", J["2024-01-10"]),
        ev("B", "État", "MAD", J["2024-01-10"]),
        ev("C", "ETAT", "MAD", J["2024-01-10"]),
        ev("D", "action logement", "MAD", J["2024-01-10"]),
        ev("E", "Département", "MAD", J["2024-01-10"]),
      ]);
      expect(DECOMPTE(j)).toEqual([
        EN_TETE_BILAN,
        ["action logement", 1, 0, 0, 0, 1],
        ["Département", 1, 0, 0, 0, 1],
        ["État", 2, 0, 0, 0, 1],
        ["Ville de Nice", 1, 0, 0, 0, 1],
        ["Total", 5, 0, 0, 0, 1],
      ]);
    });
  });

  describe("compte d'un réservataire", () => {
    it.each<[string, Arg, Arg, Arg, Arg, number]>([
      [
        "PREFECTURE en 2023 : 0 mise à disposition (reprise en 2024)",
        "PREFECTURE",
        null,
        J["2023-01-01"],
        J["2023-12-31"],
        0,
      ],
      [
        "ACTION LOGEMENT en 2024 : 1 mise à disposition",
        "ACTION LOGEMENT",
        "MISE_A_DISPOSITION",
        J["2024-01-01"],
        J["2024-12-31"],
        1,
      ],
      ["ACTION LOGEMENT en 2024 : 1 bail signé", "ACTION LOGEMENT", "BAIL", "01/01/2024", "31/12/2024", 1],
      ["PREFECTURE sans période : 1 mise à disposition (L2 seulement)", "PREFECTURE", null, null, null, 1],
      ["VILLE DE NICE : 2 mises à disposition, étape par défaut", "VILLE DE NICE", null, null, null, 2],
      ["VILLE DE NICE : aucune proposition (reprise par la PREFECTURE)", "VILLE DE NICE", "Proposition", null, null, 0],
      ["nom en minuscules", "ville de nice", "mise à disposition", null, null, 2],
      ["nom accentué pour DEPARTEMENT", "Département", "propositions", null, null, 1],
      ["étape « bail signé »", "prefecture", "bail signé", null, null, 1],
      ["étape « Attributions »", "PREFECTURE", "Attributions", null, null, 1],
      ["réservataire absent du journal", "BAILLEUR SOCIAL", null, null, null, 0],
    ])("%s", (_cas, reservataire, etape, debut, fin, attendu) => {
      expect(DECOMPTE(JOURNAL, reservataire, etape, debut, fin)).toEqual([[attendu]]);
    });
  });

  describe("règles de décompte", () => {
    const madUnJour = journal(ENTETES, [ev("L1", "A", "MAD", J["2024-01-01"])]);

    it.each<[string, Arg, Arg, number]>([
      ["début et fin le jour même", J["2024-01-01"], J["2024-01-01"], 1],
      ["début et fin le jour même, en texte", "01/01/2024", "2024-01-01", 1],
      ["fin le jour même à 18 h", null, J["2024-01-01"] + 0.75, 1],
      ["début le jour même à midi", J["2024-01-01"] + 0.5, null, 1],
      ["début le lendemain", J["2024-01-01"] + 1, null, 0],
      ["fin la veille", null, "31/12/2023", 0],
    ])("inclut les bornes de la période : %s", (_cas, debut, fin, attendu) => {
      expect(DECOMPTE(madUnJour, "A", null, debut, fin)).toEqual([[attendu]]);
    });

    it("ne compte qu'une fois une vacance remise à disposition, pour le dernier réservataire", () => {
      const j = journal(ENTETES, [
        ev("L1", "A", "MAD", J["2024-01-10"]),
        ev("L1", "B", "MAD", J["2024-01-15"]),
        ev("L1", "B", "BAIL", J["2024-02-01"]),
      ]);
      expect(DECOMPTE(j)).toEqual([EN_TETE_BILAN, ["B", 1, 0, 0, 1, 1], ["Total", 1, 0, 0, 1, 1]]);
    });

    it("ordonne les événements par date, pas par ligne", () => {
      const j = journal(ENTETES, [ev("L1", "B", "MAD", J["2024-01-15"]), ev("L1", "A", "MAD", J["2024-01-10"])]);
      expect(DECOMPTE(j, "B")).toEqual([[1]]);
      expect(DECOMPTE(j, "A")).toEqual([[0]]);
    });

    it("ouvre une nouvelle vacance après un bail : le logement est compté à nouveau", () => {
      const j = journal(ENTETES, [
        ev("L1", "A", "MAD", J["2024-01-10"]),
        ev("L1", "A", "BAIL", J["2024-02-01"]),
        ev("L1", "B", "MAD", J["2024-05-02"]),
        ev("L1", "B", "BAIL", J["2024-06-30"]),
      ]);
      expect(DECOMPTE(j)).toEqual([
        EN_TETE_BILAN,
        ["A", 1, 0, 0, 1, 1],
        ["B", 1, 0, 0, 1, 1],
        ["Total", 2, 0, 0, 2, 1],
      ]);
    });

    it("le même jour, ordonne par étape avant la ligne (mise à disposition avant bail)", () => {
      // Rows: the bail comes first; ordered by stage, A's offer of the same day belongs to the
      // vacancy closed by that bail, so C's offer of the day before is replaced by A's.
      const j = journal(ENTETES, [
        ev("L1", "B", "BAIL", J["2024-01-15"]),
        ev("L1", "A", "MAD", J["2024-01-15"]),
        ev("L1", "C", "MAD", J["2024-01-10"]),
      ]);
      expect(DECOMPTE(j)).toEqual([
        EN_TETE_BILAN,
        ["A", 1, 0, 0, 0, 1],
        ["B", 0, 0, 0, 1, ""],
        ["Total", 1, 0, 0, 1, 1],
      ]);
    });

    it.each<[string, string, string, string]>([
      ["A puis B", "A", "B", "B"],
      ["B puis A", "B", "A", "A"],
    ])("le même jour et à la même étape, la dernière ligne l'emporte (%s)", (_cas, first, second, compte) => {
      const j = journal(ENTETES, [ev("L1", first, "MAD", J["2024-01-10"]), ev("L1", second, "MAD", J["2024-01-10"])]);
      expect(DECOMPTE(j, compte)).toEqual([[1]]);
      expect(DECOMPTE(j, first)).toEqual([[0]]);
    });

    it("reconnaît un logement écrit en nombre ou en texte comme le même", () => {
      const j = journal(ENTETES, [ev(101, "A", "MAD", J["2024-01-10"]), ev("101", "B", "MAD", J["2024-01-15"])]);
      expect(DECOMPTE(j, "A")).toEqual([[0]]);
      expect(DECOMPTE(j, "B")).toEqual([[1]]);
    });

    it('saute les lignes entièrement vides (null ou "")', () => {
      const j: Range = [
        ["Logement", "Réservataire", "Étape", "Date"],
        [null, null, null, null],
        ["L1", "A", "MAD", J["2024-01-10"]],
        ["", "", "", ""],
        ["  ", null, "", null],
      ];
      expect(DECOMPTE(j, "A")).toEqual([[1]]);
    });
  });

  describe("erreurs", () => {
    it.each<[string, string[], string, string]>([
      [
        "date",
        ["Logement", "Réservataire", "Étape", "Commentaire"],
        "date",
        "date evenement, date de l evenement, date etape, jour",
      ],
      [
        "réservataire",
        ["Logement", "Bailleur", "Étape", "Date"],
        "réservataire",
        "reservataires, nom reservataire, organisme reservataire, contingent",
      ],
      ["logement", ["Réservataire", "Étape", "Date"], "logement", "logements, log, lgt, n logement"],
    ])("refuse un journal sans colonne %s en la nommant", (_cas, header, column, detail) => {
      expectCatalogueError(
        () => DECOMPTE([header, ["L1", "A", "MAD", J["2024-01-10"]]]),
        "#VALUE!",
        "COLONNE_MANQUANTE",
        { valeur: column, detail },
        new RegExp(`colonne « ${column} »`),
      );
    });

    it("refuse un journal vide", () => {
      expectCatalogueError(() => DECOMPTE([[null, "", null, ""]]), "#VALUE!", "JOURNAL_VIDE", {}, /en-têtes/);
    });

    it("refuse une étape inconnue en donnant sa ligne (en-tête = ligne 1, lignes vides comptées)", () => {
      const j = journal(ENTETES, [
        ev("L1", "A", "MAD", J["2024-01-10"]),
        null,
        ev("L1", "A", "Visite", J["2024-01-15"]),
      ]);
      expectCatalogueError(
        () => DECOMPTE(j),
        "#VALUE!",
        "ETAPE_INCONNUE",
        { valeur: "Visite", position: 4, detail: ETAPES_DU_JOURNAL },
        /Ligne 4/,
        /« Visite »/,
        /MISE_A_DISPOSITION, PROPOSITION, ATTRIBUTION, BAIL/,
      );
    });

    it.each<[string, Cell, string]>([
      ["un texte", "demain", "demain"],
      ["un jour qui n'existe pas", "31/02/2024", "31/02/2024"],
      ["un mois 13", "2024-13-01", "2024-13-01"],
      ["zéro", 0, "0"],
      ["une valeur logique", true, "VRAI"],
    ])("refuse une date illisible dans le journal (%s) en donnant sa ligne", (_cas, date, valeur) => {
      const j = journal(ENTETES, [ev("L1", "A", "MAD", J["2024-01-10"]), ev("L1", "B", "MAD", date)]);
      expectCatalogueError(() => DECOMPTE(j), "#VALUE!", "DATE_ILLISIBLE", { valeur, position: 3 }, /Ligne 3/);
    });

    it.each<[string, Evenement, string]>([
      ["réservataire", ev("L1", "", "MAD", J["2024-01-10"]), "réservataire"],
      ["logement", ev(null, "A", "MAD", J["2024-01-10"]), "logement"],
      ["étape", ev("L1", "A", " ", J["2024-01-10"]), "étape"],
      ["date", ev("L1", "A", "MAD", ""), "date"],
    ])("refuse une ligne dont la colonne %s est vide", (_cas, evenement, column) => {
      expectCatalogueError(
        () => DECOMPTE(journal(ENTETES, [evenement])),
        "#VALUE!",
        "CHAMP_MANQUANT",
        { valeur: column, position: 2 },
        /Ligne 2/,
        new RegExp(`« ${column} »`),
      );
    });

    it("refuse une étape qui ne contient qu'une espace insécable au lieu de la compter en mise à disposition", () => {
      // Régression : l'étape « espace insécable » était prise pour vide par readKeyword seulement,
      // et la ligne comptée en mise à disposition par défaut.
      expectCatalogueError(
        () => DECOMPTE(journal(ENTETES, [ev("L1", "A", "\u00a0", J["2024-01-10"])])),
        "#VALUE!",
        "CHAMP_MANQUANT",
        { valeur: "étape", position: 2 },
        /Ligne 2/,
      );
    });

    it("refuse une étape inconnue en argument en listant les étapes admises", () => {
      expectCatalogueError(
        () => DECOMPTE(JOURNAL, "PREFECTURE", "SIGNATURE"),
        "#VALUE!",
        "ETAPE_INCONNUE",
        { argument: "etape", valeur: "SIGNATURE", detail: ETAPES_ADMISES },
        /« etape »/,
        /« SIGNATURE »/,
      );
    });

    it.each<[string, Arg, Arg, string, string]>([
      ["en numéros de série", J["2024-12-31"], J["2024-01-01"], "2024-12-31", "2024-01-01"],
      ["en texte", "31/12/2024", "2024-01-01", "2024-12-31", "2024-01-01"],
    ])("refuse un début postérieur à la fin (%s)", (_cas, debut, fin, valeur, detail) => {
      expectCatalogueError(
        () => DECOMPTE(JOURNAL, null, null, debut, fin),
        "#VALUE!",
        "PERIODE_INVERSEE",
        { valeur, detail },
        /« debut » et « fin »/,
      );
    });

    it.each<[string, Arg, Arg, string, string]>([
      ["début en texte", "demain", null, "debut", "demain"],
      ["début impossible", "30/02/2024", null, "debut", "30/02/2024"],
      ["fin en texte", null, "fin d'année", "fin", "fin d'année"],
      ["fin logique", null, false, "fin", "FAUX"],
    ])("refuse une borne illisible : %s", (_cas, debut, fin, argument, valeur) => {
      expectCatalogueError(
        () => DECOMPTE(JOURNAL, null, null, debut, fin),
        "#VALUE!",
        "DATE_ILLISIBLE",
        { argument, valeur },
        new RegExp(`« ${argument} »`),
        new RegExp(`« ${valeur} »`),
      );
    });
  });
});
