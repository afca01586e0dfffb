/** How the bilan reads an objectives table (issue 25, point 5): an objective is a whole number of dwellings. */
import { serialFromParts } from "../../../src/domain";
import { DEFAULT_REGLAGES_SUIVI, travailBilan, type ReglagesSuivi } from "../../../src/jobs";

const d = (y: number, m: number, day: number): number => serialFromParts(y, m, day) ?? 0;
const ANNEE_2024: ReglagesSuivi = { ...DEFAULT_REGLAGES_SUIVI, periode: { type: "ANNEE", annee: 2024 } };

/** 12 mises à disposition for ACTION LOGEMENT, 3 for VILLE, in 2024. */
const JOURNAL: unknown[][] = [
  ["Logement", "Réservataire", "Étape", "Date"],
  ...Array.from({ length: 12 }, (_, i) => [`A${i}`, "ACTION LOGEMENT", "mise à disposition", d(2024, 3, 1)]),
  ...Array.from({ length: 3 }, (_, i) => [`V${i}`, "VILLE", "mise à disposition", d(2024, 3, 1)]),
];

const bilanAvec = (objectifs: unknown[][], journal: unknown[][] = JOURNAL): ReturnType<typeof travailBilan> =>
  travailBilan(
    [
      { name: "Journal", values: journal },
      { name: "Objectifs", values: objectifs },
    ],
    ANNEE_2024,
  );
const ligneDe = (w: ReturnType<typeof travailBilan>, nom: string) =>
  w.bilan?.groupes.flatMap((g) => g.lignes).find((l) => l.reservataire === nom);

describe("objectifs lus par le bilan (issue 25)", () => {
  it("refuse « 50 % » (un pourcentage) au lieu de le lire 0,5 et d'afficher une atteinte de 2 400 %", () => {
    const w = bilanAvec([
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", "50 %"],
      ["VILLE", 6],
    ]);
    expect(ligneDe(w, "ACTION LOGEMENT")?.objectif).toBeUndefined();
    expect(ligneDe(w, "ACTION LOGEMENT")?.atteinte).toBeUndefined();
    const c = w.diagnostics.find((x) => x.code === "OBJECTIF_POURCENTAGE");
    expect(c?.severity).toBe("erreur");
    expect(c?.message).toBe(
      "« Objectifs » B2 (ACTION LOGEMENT) : l'objectif « 50 % » est un pourcentage ; un objectif est un nombre de logements de l'année : tapez un nombre entier, comme 67. La ligne est ignorée.",
    );
  });

  it.each<[string, unknown, string]>([
    [
      "négatif",
      -5,
      "« Objectifs » B2 (ACTION LOGEMENT) : l'objectif « -5 » est négatif ; tapez 0 ou un nombre entier de logements. La ligne est ignorée.",
    ],
    [
      "décimal",
      12.5,
      "« Objectifs » B2 (ACTION LOGEMENT) : l'objectif « 12,5 » n'est pas un nombre entier de logements (GEF n'arrondit pas à votre place) ; tapez 12 ou 13. La ligne est ignorée.",
    ],
    [
      "décimal en texte",
      "12,5",
      "« Objectifs » B2 (ACTION LOGEMENT) : l'objectif « 12,5 » n'est pas un nombre entier de logements (GEF n'arrondit pas à votre place) ; tapez 12 ou 13. La ligne est ignorée.",
    ],
    [
      "absurde (1E+308)",
      1e308,
      "« Objectifs » B2 (ACTION LOGEMENT) : l'objectif « 1E+308 » dépasse 100 000 000 logements (faute de frappe probable) ; tapez le nombre de logements de l'année. La ligne est ignorée.",
    ],
  ])("refuse un objectif %s en disant quoi taper", (_cas, valeur, message) => {
    const w = bilanAvec([
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", valeur],
      ["VILLE", 6],
    ]);
    expect(w.diagnostics.filter((x) => x.severity === "erreur").map((x) => x.message)).toEqual([message]);
    expect(ligneDe(w, "ACTION LOGEMENT")?.objectif).toBeUndefined();
  });

  it("prend 100 000 000, la borne, comme un objectif", () => {
    const w = bilanAvec([
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", 100_000_000],
      ["VILLE", 6],
    ]);
    expect(ligneDe(w, "ACTION LOGEMENT")?.objectif).toBe(100_000_000);
  });

  it("lit un objectif vide comme « pas d'objectif », jamais 0 : le réservataire est listé sans objectif", () => {
    const w = bilanAvec([
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", null],
      ["VILLE", 6],
    ]);
    expect(ligneDe(w, "ACTION LOGEMENT")?.objectif).toBeUndefined();
    expect(w.bilan?.sansObjectif).toEqual(["ACTION LOGEMENT"]);
    expect(w.diagnostics.some((x) => x.severity === "erreur")).toBe(false);
  });

  it("additionne deux lignes d'un réservataire dans un EPCI en avertissant, lignes nommées", () => {
    const w = bilanAvec([
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", 40],
      ["VILLE", 6],
      ["Action Logement", 20],
    ]);
    expect(ligneDe(w, "ACTION LOGEMENT")?.objectif).toBe(60);
    expect(w.diagnostics.find((x) => x.code === "OBJECTIF_EN_DOUBLE")?.message).toBe(
      "« Objectifs » : ACTION LOGEMENT a 2 lignes d'objectif (lignes 2 et 4) : leurs objectifs sont additionnés (40 + 20 = 60). Si c'est un doublon, supprimez la ligne de trop.",
    );
  });

  it("avertit quand les objectifs d'une feuille modifiée ne totalisent plus son volume annuel (46 contre 10)", () => {
    const feuille = [
      ["Objectifs annuels par réservataire – 2024"],
      [],
      ["EPCI", "Réservataire", "Droits", "Part des droits", "Part exacte du volume", "Objectif annuel"],
      ["Ensemble du bailleur", "ACTION LOGEMENT", 100, 0.6, 6, 40],
      ["Ensemble du bailleur", "VILLE", 66, 0.4, 4, 6],
      [],
      ["EPCI", "Volume annuel", "Somme des objectifs", "Contrôle (somme = volume)"],
      ["Ensemble du bailleur", 10, 46, "ÉCART"],
    ];
    const w = bilanAvec(feuille);
    const c = w.diagnostics.find((x) => x.code === "OBJECTIFS_ECART_VOLUME");
    expect(c?.cell).toBe("B8");
    expect(c?.message).toBe(
      "« Objectifs » : les objectifs de l'ensemble du bailleur totalisent 46 logements, mais le volume annuel de la feuille est 10 (B8). Recalculez les objectifs (Suivi du flux > Objectifs, ou gef objectifs) ou corrigez la feuille.",
    );
  });

  it("avertit quand les objectifs ne sont donnés que pour un EPCI absent du journal", () => {
    const journal = [
      ["Logement", "Réservataire", "Étape", "Date", "EPCI"],
      ["A1", "VILLE", "MAD", d(2024, 3, 1), "CASA"],
    ];
    const w = bilanAvec(
      [
        ["EPCI", "Réservataire", "Objectif"],
        ["CAPG", "VILLE", 6],
      ],
      journal,
    );
    expect(w.diagnostics.find((x) => x.code === "OBJECTIFS_AUTRE_EPCI")?.message).toBe(
      "Les objectifs de « Objectifs » sont donnés pour CAPG, aucun des EPCI du journal (CASA) : les comptes du journal n'ont pas d'objectif. Vérifiez que ces objectifs sont ceux de ce bailleur.",
    );
  });

  it("laisse vides le total des objectifs et son atteinte quand une ligne est refusée, au lieu de 200 %", () => {
    // VILLE's 6 alone would make the total 6 and its atteinte 15 ÷ 6.
    const w = bilanAvec([
      ["Réservataire", "Objectif"],
      ["ACTION LOGEMENT", "beaucoup"],
      ["VILLE", 6],
    ]);
    expect(ligneDe(w, "VILLE")?.objectif).toBe(6);
    expect(w.bilan?.groupes[0]?.total.objectif).toBeUndefined();
    expect(w.bilan?.groupes[0]?.total.atteinte).toBeUndefined();
    expect(w.bilan?.total.atteinte).toBeUndefined();
    expect(w.diagnostics.find((x) => x.code === "OBJECTIFS_INCOMPLETS")?.message).toBe(
      "1 ligne d'objectif de « Objectifs » est refusée : le total des objectifs et son atteinte sont laissés vides, plutôt que calculés sur les seules lignes lues.",
    );
  });

  it("refuse une ligne d'objectif dont le réservataire n'a ni lettre ni chiffre, sans la fondre avec une autre", () => {
    const w = bilanAvec([
      ["Réservataire", "Objectif"],
      ["?", 5],
      ["-", 7],
      ["VILLE", 6],
    ]);
    expect(w.diagnostics.filter((x) => x.code === "NOM_SANS_LETTRE").map((x) => x.message)).toEqual([
      "« Objectifs » A2 : le réservataire « ? » n'a ni lettre ni chiffre, il ne peut être distingué d'aucun autre ; tapez son nom. La ligne est ignorée.",
      "« Objectifs » A3 : le réservataire « - » n'a ni lettre ni chiffre, il ne peut être distingué d'aucun autre ; tapez son nom. La ligne est ignorée.",
    ]);
  });

  it("dit quelle colonne d'objectifs est lue quand deux en-têtes « Objectif » se suivent", () => {
    const w = bilanAvec([
      ["Réservataire", "Objectif", "Objectif"],
      ["ACTION LOGEMENT", 20, 99],
      ["VILLE", 6, 99],
    ]);
    expect(ligneDe(w, "ACTION LOGEMENT")?.objectif).toBe(20);
    expect(w.diagnostics.find((x) => x.code === "COLONNE_CHOISIE")?.message).toBe(
      "« Objectifs » : plusieurs en-têtes désignent la colonne objectif : « Objectif » (colonne B) est lue, « Objectif » (colonne C) est ignorée. Renommez ou supprimez l'en-tête de trop.",
    );
  });
});
