import { diagnoseModele, DIAGNOSTICS, type ModeleDiagnostic } from "../../../src/domain/modele";
import {
  ROW,
  filledModele,
  insertColumn,
  relabel,
  removeLine,
  withCell,
  type ModeleGrids,
  editedModele as edited,
} from "../../support/ddets-modele";

/** Messages use no-break spaces in numbers (« 5 367 », « 5 % »): compare them as plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");
const codes = (list: readonly ModeleDiagnostic[]): string[] => list.map((d) => d.code);
const find = (list: readonly ModeleDiagnostic[], code: string): ModeleDiagnostic | undefined =>
  list.find((d) => d.code === code);

interface Case {
  name: string;
  modele: () => ModeleGrids;
  /** Give the formulas grid to the checker. */
  formulas?: boolean;
  options?: Parameters<typeof diagnoseModele>[2];
  /** Every code expected, in the order of the result. */
  codes: string[];
  /** The finding under test. */
  code: string;
  severity: ModeleDiagnostic["severity"];
  cell: string;
  says: string[];
}

const CASES: Case[] = [
  {
    name: "ligne manquante (PLI)",
    modele: () => removeLine(filledModele("valeurs"), "PLI"),
    codes: ["LIGNE_MANQUANTE"],
    code: "LIGNE_MANQUANTE",
    severity: "erreur",
    cell: "A14",
    says: ["« PLI » est introuvable", "après la ligne « total des logements exclus » (A14)"],
  },
  {
    name: "ligne en double (« ventes » renommée « PLI »)",
    modele: () => relabel(filledModele("valeurs"), "ventes", "PLI"),
    codes: ["LIGNE_MANQUANTE", "LIGNE_EN_DOUBLE"],
    code: "LIGNE_EN_DOUBLE",
    severity: "erreur",
    cell: "A28",
    says: ["« PLI » apparaît une seconde fois", "GEF lit celle de A16"],
  },
  {
    name: "ligne d'identité manquante (mail)",
    modele: () => removeLine(filledModele("valeurs"), "mail :"),
    codes: ["LIGNE_IDENTITE_MANQUANTE"],
    code: "LIGNE_IDENTITE_MANQUANTE",
    severity: "avertissement",
    cell: "A11",
    says: ["« mail » est introuvable", "« mail : »"],
  },
  {
    name: "colonne EPCI manquante",
    modele: () => withCell(filledModele("valeurs"), "F12", null),
    codes: ["COLONNE_EPCI_MANQUANTE"],
    code: "COLONNE_EPCI_MANQUANTE",
    severity: "erreur",
    cell: "F12",
    says: ["« CARF » est introuvable", "en-tête est « CARF »"],
  },
  {
    name: "colonne EPCI en double",
    modele: () => withCell(filledModele("valeurs"), "F12", "Pays de Grasse"),
    codes: ["COLONNE_EPCI_EN_DOUBLE", "COLONNE_EPCI_MANQUANTE"],
    code: "COLONNE_EPCI_EN_DOUBLE",
    severity: "erreur",
    cell: "F12",
    says: ["« CAPG » a déjà une colonne (B12)"],
  },
  {
    name: "en-tête inconnu",
    modele: () => insertColumn(filledModele("valeurs"), 6, ROW.entete, "CCAA"),
    codes: ["ENTETE_INCONNU"],
    code: "ENTETE_INCONNU",
    severity: "avertissement",
    cell: "G12",
    says: ["« CCAA » n'est pas un EPCI attendu (CAPG, CAPL, CASA, MNCA, CARF)"],
  },
  {
    name: "aucune colonne EPCI",
    modele: () => ["B12", "C12", "D12", "E12", "F12"].reduce((t, a) => withCell(t, a, null), filledModele("valeurs")),
    codes: ["ENTETE_EPCI_INTROUVABLE"],
    code: "ENTETE_EPCI_INTROUVABLE",
    severity: "erreur",
    cell: "A12",
    says: ["aucune colonne EPCI", "(CAPG, CAPL, CASA, MNCA, CARF)"],
  },
  {
    name: "texte non numérique",
    modele: () => edited({ B16: "beaucoup" }),
    formulas: true,
    codes: ["VALEUR_NON_NUMERIQUE"],
    code: "VALEUR_NON_NUMERIQUE",
    severity: "erreur",
    cell: "B16",
    says: ["B16 (PLI, CAPG) : « beaucoup » n'est pas un nombre", "nombre entier de logements"],
  },
  {
    name: "cellule en erreur",
    modele: () => withCell(filledModele("valeurs"), "C20", "#DIV/0!"),
    codes: ["CELLULE_EN_ERREUR"],
    code: "CELLULE_EN_ERREUR",
    severity: "erreur",
    cell: "C20",
    says: ["C20 (logements étudiants, CAPL) : la cellule est en erreur (#DIV/0!)"],
  },
  {
    name: "nombre négatif",
    modele: () => edited({ D17: -4 }),
    formulas: true,
    codes: ["VALEUR_NEGATIVE"],
    code: "VALEUR_NEGATIVE",
    severity: "erreur",
    cell: "D17",
    says: ["D17 (foyers de travailleurs migrants, CASA) : -4 est négatif", "Tapez 0"],
  },
  {
    name: "nombre non entier",
    modele: () => edited({ E24: 240.5 }),
    formulas: true,
    codes: ["VALEUR_NON_ENTIERE"],
    code: "VALEUR_NON_ENTIERE",
    severity: "erreur",
    cell: "E24",
    says: ["240,5 n'est pas un nombre entier", "par exemple 241"],
  },
  {
    name: "saisie vide",
    modele: () => edited({ B29: null }),
    formulas: true,
    codes: ["SAISIE_VIDE"],
    code: "SAISIE_VIDE",
    severity: "avertissement",
    cell: "B29",
    says: ["B29 (nouvelles opérations, CAPG) : cellule vide", "ou 0 s'il n'y en a pas"],
  },
  {
    name: "précision vide (facultative)",
    modele: () => edited({ C36: null }),
    formulas: true,
    codes: ["MODELE_CONFORME", "PRECISION_VIDE"],
    code: "PRECISION_VIDE",
    severity: "info",
    cell: "C36",
    says: ["C36 (logements PMR-USH, CAPL) : cellule vide (précision facultative)"],
  },
  {
    name: "total qui ne fait pas la somme de ses lignes",
    modele: () => withCell(filledModele("valeurs"), "B14", 140),
    codes: ["TOTAL_INCORRECT", "ASSIETTE_INCORRECTE"],
    code: "TOTAL_INCORRECT",
    severity: "erreur",
    cell: "B14",
    says: [
      "B14 (total des logements exclus, CAPG) : le total vaut 140 alors que ses lignes « dont » font 150",
      "=SOMME(B16:B21)",
    ],
  },
  {
    name: "total saisi à la main faux (valeurs recalculées)",
    modele: () => edited({ C22: 50 }),
    formulas: true,
    codes: ["TOTAL_INCORRECT", "SAISIE_MANUELLE"],
    code: "TOTAL_INCORRECT",
    severity: "erreur",
    cell: "C22",
    says: ["le total vaut 50 alors que ses lignes « dont » font 47"],
  },
  {
    name: "assiette fausse",
    modele: () => edited({ B30: 5000 }),
    formulas: true,
    codes: ["ASSIETTE_INCORRECTE", "SAISIE_MANUELLE"],
    code: "ASSIETTE_INCORRECTE",
    severity: "erreur",
    cell: "B30",
    says: ["l'assiette vaut 5 000", "= 5 600 − 150 − 100 + 17 = 5 367", "=B13-B14-B22+B29"],
  },
  {
    name: "assiette négative",
    modele: () => edited({ B13: 200 }),
    formulas: true,
    codes: ["ASSIETTE_NEGATIVE"],
    code: "ASSIETTE_NEGATIVE",
    severity: "erreur",
    cell: "B30",
    says: ["(200 − 150 − 100 + 17 = -33)", "Les logements exclus et soustraits dépassent le patrimoine"],
  },
  {
    name: "assiette négative parce que le patrimoine est vide",
    modele: () => edited({ B13: null }),
    formulas: true,
    codes: ["ASSIETTE_NEGATIVE", "SAISIE_VIDE"],
    code: "ASSIETTE_NEGATIVE",
    severity: "erreur",
    cell: "B30",
    says: ["(0 − 150 − 100 + 17 = -233)", "La cellule B13 est vide : tapez-y le nombre de logements"],
  },
  {
    name: "calcul vide",
    modele: () => edited({ B14: null }),
    formulas: true,
    codes: ["CALCUL_VIDE"],
    code: "CALCUL_VIDE",
    severity: "avertissement",
    cell: "B14",
    says: ["cellule vide alors que le calcul donne 150", "=SOMME(B16:B21)"],
  },
  {
    name: "valeur saisie à la main dans une ligne calculée",
    modele: () => edited({ D30: 5864 }),
    formulas: true,
    codes: ["SAISIE_MANUELLE"],
    code: "SAISIE_MANUELLE",
    severity: "avertissement",
    cell: "D30",
    says: ["D30 (assiette, CASA) : valeur saisie à la main (5 864)", "formule =D13-D14-D22+D29"],
  },
  {
    name: "taux tapé « 5 » au lieu de « 5 % »",
    modele: () => edited({ B31: 5 }),
    formulas: true,
    codes: ["TAUX_EN_POINTS"],
    code: "TAUX_EN_POINTS",
    severity: "erreur",
    cell: "B31",
    says: ["le taux vaut 5, soit 500 %", "tapez « 5 % »"],
  },
  {
    name: "taux tapé « 5,6 » en texte",
    modele: () => withCell(filledModele("valeurs"), "E31", "5,6"),
    codes: ["TAUX_EN_POINTS"],
    code: "TAUX_EN_POINTS",
    severity: "erreur",
    cell: "E31",
    says: ["tapez « 5,6 % »"],
  },
  {
    name: "taux au-delà de 100",
    modele: () => edited({ B31: 150 }),
    formulas: true,
    codes: ["TAUX_SUPERIEUR_100"],
    code: "TAUX_SUPERIEUR_100",
    severity: "erreur",
    cell: "B31",
    says: ["plus de 100 %"],
  },
  {
    name: "taux inhabituel (25 %)",
    modele: () => edited({ C31: 0.25 }),
    formulas: true,
    codes: ["TAUX_INHABITUEL"],
    code: "TAUX_INHABITUEL",
    severity: "avertissement",
    cell: "C31",
    says: ["un taux de rotation de 25 % est inhabituel", "entre 1 % et 20 %"],
  },
  {
    name: "taux inhabituel (0,5 %)",
    modele: () => edited({ C31: 0.005 }),
    formulas: true,
    codes: ["TAUX_INHABITUEL"],
    code: "TAUX_INHABITUEL",
    severity: "avertissement",
    cell: "C31",
    says: ["0,5 %"],
  },
  {
    name: "demande prioritaire de l'État au-dessus du plafond",
    modele: () => edited({ B32: 80 }),
    formulas: true,
    codes: ["PLAFOND_ETAT_DEPASSE", "SAISIE_MANUELLE"],
    code: "PLAFOND_ETAT_DEPASSE",
    severity: "erreur",
    cell: "B32",
    says: ["80 dépasse le plafond ⌊5 367 × 5 % × 25 %⌋ = 67", "Tapez au plus 67"],
  },
  {
    name: "demande fonctionnaires de l'État au-dessus du plafond",
    modele: () => withCell(filledModele("valeurs"), "E33", 49),
    codes: ["PLAFOND_ETAT_DEPASSE"],
    code: "PLAFOND_ETAT_DEPASSE",
    severity: "erreur",
    cell: "E33",
    says: ["49 dépasse le plafond ⌊17 302 × 5,6 % × 5 %⌋ = 48"],
  },
  {
    name: "demande de l'État sous le plafond (info)",
    modele: () => withCell(filledModele("valeurs"), "B32", 60),
    codes: ["MODELE_CONFORME", "DEMANDE_ETAT_SOUS_PLAFOND"],
    code: "DEMANDE_ETAT_SOUS_PLAFOND",
    severity: "info",
    cell: "B32",
    says: ["60, moins que le plafond", "= 67"],
  },
  {
    name: "ligne « dont » au-dessus de son total (PMR)",
    modele: () => edited({ B36: 130 }),
    formulas: true,
    codes: ["DONT_SUPERIEUR_TOTAL"],
    code: "DONT_SUPERIEUR_TOTAL",
    severity: "erreur",
    cell: "B36",
    says: ["130 dépasse le total « total autres logements spécifiques » (120)"],
  },
  {
    name: "ligne « dont » au-dessus de son total (PLAI adapté)",
    modele: () => edited({ F37: 36 }),
    formulas: true,
    codes: ["DONT_SUPERIEUR_TOTAL"],
    code: "DONT_SUPERIEUR_TOTAL",
    severity: "erreur",
    cell: "F37",
    says: ["F37 (PLAI adapté, CARF)"],
  },
  {
    name: "réponse OUI/NON invalide",
    modele: () => withCell(filledModele("valeurs"), "B9", "peut-être"),
    codes: ["OUI_NON_INVALIDE"],
    code: "OUI_NON_INVALIDE",
    severity: "erreur",
    cell: "B9",
    says: ["B9 (impact de la CUS) : « peut-être »", "Répondez OUI ou NON"],
  },
  {
    name: "réponse OUI/NON vide",
    modele: () => withCell(filledModele("valeurs"), "B10", null),
    codes: ["REPONSE_VIDE"],
    code: "REPONSE_VIDE",
    severity: "avertissement",
    cell: "B10",
    says: ["B10 (impact de la charte de relogement) : non renseigné. Répondez OUI ou NON."],
  },
  {
    name: "mail invalide",
    modele: () => withCell(filledModele("valeurs"), "B8", "claire.martin@azur"),
    codes: ["MAIL_INVALIDE"],
    code: "MAIL_INVALIDE",
    severity: "erreur",
    cell: "B8",
    says: ["« claire.martin@azur » n'est pas une adresse mail valide"],
  },
  {
    name: "année RPLS absente du libellé",
    modele: () =>
      relabel(
        filledModele("valeurs"),
        "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
        "Patrimoine locatif du bailleur",
      ),
    codes: ["MODELE_CONFORME", "ANNEE_RPLS_ABSENTE"],
    code: "ANNEE_RPLS_ABSENTE",
    severity: "info",
    cell: "A13",
    says: ["l'année des données RPLS"],
  },
  {
    name: "années différentes dans les lignes de l'État",
    modele: () =>
      relabel(
        filledModele("valeurs"),
        "demandes de candidats fonctionnaires de l'État en 2024",
        "demandes de candidats fonctionnaires de l'État en 2025",
      ),
    codes: ["ANNEES_INCOHERENTES"],
    code: "ANNEES_INCOHERENTES",
    severity: "avertissement",
    cell: "A33",
    says: ["l'année 2025", "l'année 2024"],
  },
  {
    name: "part de l'État fixée plus bas par la convention (20 %)",
    modele: () => filledModele("formules"),
    formulas: true,
    options: { partPrioritaires: 0.2 },
    codes: new Array<string>(5).fill("PLAFOND_ETAT_DEPASSE"),
    code: "PLAFOND_ETAT_DEPASSE",
    severity: "erreur",
    cell: "B32",
    says: ["67 dépasse le plafond ⌊5 367 × 5 % × 20 %⌋ = 53", "=ARRONDI.INF(B30*B31*0,2;0)"],
  },
  {
    name: "feuille sans modèle",
    modele: () => ({ values: [["Logement", "Commune"]], formulas: [["Logement", "Commune"]] }),
    codes: ["MODELE_INTROUVABLE"],
    code: "MODELE_INTROUVABLE",
    severity: "erreur",
    cell: "A1",
    says: ["Aucune ligne du modèle DDETS"],
  },
];

describe("diagnoseModele : chaque règle enfreinte une fois", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const t = c.modele();
    const list = diagnoseModele(t.values, c.formulas === true ? t.formulas : undefined, c.options);
    expect(codes(list)).toEqual(c.codes);
    const d = find(list, c.code);
    expect(d).toMatchObject({ code: c.code, severity: c.severity, cell: c.cell });
    for (const part of c.says) expect(plain(d?.message ?? "")).toContain(plain(part));
  });

  it("couvre chaque code du catalogue par au moins un cas", () => {
    const tested = new Set([...CASES.map((c) => c.code), "MODELE_CONFORME", "MODELE_VIERGE", "COLONNE_IGNOREE"]);
    expect(Object.keys(DIAGNOSTICS).filter((code) => !tested.has(code))).toEqual([]);
  });

  it("garde la sévérité du catalogue pour chaque code", () => {
    for (const c of CASES) expect(DIAGNOSTICS[c.code as keyof typeof DIAGNOSTICS].severity).toBe(c.severity);
  });
});
