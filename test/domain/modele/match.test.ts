import { EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import {
  classifyHeaderCell,
  createLabelMatcher,
  labelTokens,
  LABEL_THRESHOLD,
  matchLabelCell,
  prepareEpci,
  MODELE_ROWS,
  IDENTITY_ROWS,
  yearInLabel,
  type LabelKey,
} from "../../../src/domain/modele";
import { BLOC_06, EPCI_VAR, IDENTITE_06, TITRE_06 } from "../../support/ddets-modele";

const matcher = createLabelMatcher<LabelKey>([
  ...MODELE_ROWS.filter((r) => r.role !== "separateur").flatMap((r) =>
    r.variants.map((text) => ({ key: r.key, text })),
  ),
  ...IDENTITY_ROWS.flatMap((r) => r.variants.map((text) => ({ key: r.key, text }))),
]);
const keyOf = (text: string): LabelKey | undefined => matchLabelCell(matcher, text)?.key;

describe("libellés du modèle : jetons", () => {
  it.each([
    ["Assiette à répartir entre les réservataires (L13-L23)", ["assiette", "repartir", "reservataire"]],
    [
      "taux de rotation bailleur commun aux réservataire sur chaque EPCI",
      ["taux", "rotation", "bailleur", "commun", "reservataire", "chaque", "epci"],
    ],
    [
      "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
      ["patrimoine", "locatif", "bailleur", "donnee", "rpls"],
    ],
    ["  STRUCTURES   Médico-Sociales ", ["structure", "medico", "sociale"]],
    ["Nb logts étudiants", ["logement", "etudiant"]],
  ])("« %s » → %j", (label, tokens) => {
    expect(labelTokens(label)).toEqual(tokens);
  });

  it.each([
    ["Patrimoine locatif du bailleur selon données RPLS au 01/01/2022", 2022],
    ["Patrimoine locatif du bailleur selon données RPLS au 01/01/2023", 2023],
    ["demandes de candidats prioritaires de l'État en 2024", 2024],
    ["Assiette à répartir entre les réservataires (L13-L23)", undefined],
    ["Patrimoine locatif", undefined],
  ])("lit l'année de « %s » : %p", (label, year) => {
    expect(yearInLabel(label)).toBe(year);
  });
});

describe("libellés du modèle : reconnaissance", () => {
  it("reconnaît chaque libellé de l'annexe A tel quel, coquilles comprises", () => {
    const expected: (LabelKey | undefined)[] = [
      "entete",
      "patrimoine",
      "exclusTotal",
      undefined,
      "exclusPli",
      "exclusFtm",
      "exclusMedicoSocial",
      "exclusChrs",
      "exclusEtudiants",
      "exclusDefense",
      "soustraitsTotal",
      undefined,
      "soustraitsMutations",
      "soustraitsAnru",
      "soustraitsHorsAnru",
      "soustraitsInsalubres",
      "soustraitsVentes",
      "nouvelles",
      "assiette",
      "tauxRotation",
      "etatPrioritaires",
      "etatFonctionnaires",
      undefined,
      "specifiquesTotal",
      "specifiquesPmr",
      "specifiquesPlaiAdapte",
      "commentairesSpecifiques",
      "commentairesMutations",
      "commentairesRelogements",
      "modeCalculTaux",
    ];
    expect(BLOC_06.map(keyOf)).toEqual(expected);
    expect([TITRE_06, ...IDENTITE_06].map(keyOf)).toEqual([
      "titre",
      "bailleur",
      "adresse",
      "correspondant",
      "telephone",
      "mail",
      "cus",
      "charte",
    ]);
  });

  it.each([
    ["Taux de rotation bailleur commun aux réservataires sur chaque EPCI", "tauxRotation"],
    ["Patrimoine locatif du bailleur selon les données RPLS au 1er janvier 2023", "patrimoine"],
    ["Total des logements exclus de l'assiette", "exclusTotal"],
    ["Logements exclus de l'assiette (total)", "exclusTotal"],
    ["Structures médico-sociales", "exclusMedicoSocial"],
    ["Foyers de travailleurs migrants (FTM)", "exclusFtm"],
    ["Volume de logements nécessaires aux mutations internes", "soustraitsMutations"],
    ["Relogements hors ANRU", "soustraitsHorsAnru"],
    ["Relogements ANRU", "soustraitsAnru"],
    ["Ventes", "soustraitsVentes"],
    ["Nouvelles opérations entrant dans l'assiette (mises en service)", "nouvelles"],
    ["ASSIETTE A REPARTIR ENTRE LES RESERVATAIRES", "assiette"],
    ["Demandes de candidats prioritaires de l'Etat en 2025", "etatPrioritaires"],
    ["Demandes de candidats fonctionnaires de l'Etat", "etatFonctionnaires"],
    ["Total autres logements spécifiques", "specifiquesTotal"],
    ["dont logements adaptés handicap (PMR - USH)", "specifiquesPmr"],
    ["dont PLAI adaptés", "specifiquesPlaiAdapte"],
    ["Mode de calcul du taux de rotation :", "modeCalculTaux"],
    ["Courriel :", "mail"],
    ["Nom du bailleur : Azur Habitat", "bailleur"],
    ["mail : claire.martin@azur-habitat.fr", "mail"],
  ] as const)("reconnaît la variante « %s » comme %s", (label, key) => {
    expect(keyOf(label)).toBe(key);
  });

  it.each([
    ["dont :"],
    ["Précisions complémentaires :"],
    ["ALPES-MARITIMES"],
    ["Commentaires sur les ventes"],
    ["Total général"],
    ["Observations de la DDETS"],
    [""],
  ])("ne reconnaît pas « %s »", (label) => {
    expect(keyOf(label)).toBeUndefined();
  });

  it("donne un libellé proche de deux lignes à la meilleure, de façon déterministe", () => {
    // « relogement hors ANRU » contient tous les mots de « relogement ANRU » : la ligne hors ANRU l'emporte.
    expect(matchLabelCell(matcher, "Relogement hors ANRU")).toEqual({ key: "soustraitsHorsAnru", score: 1 });
    const prio = matchLabelCell(matcher, "demandes de candidats prioritaires de l'État en 2024");
    expect(prio?.key).toBe("etatPrioritaires");
    expect(prio?.score).toBeGreaterThanOrEqual(LABEL_THRESHOLD);
  });
});

describe("en-têtes des colonnes EPCI", () => {
  const ref06 = prepareEpci(EPCI_MODELE_06);
  const sigleOf = (v: unknown, list = ref06): string | undefined => {
    const c = classifyHeaderCell(v, list);
    return c?.kind === "epci" ? (c.epci.sigle ?? c.epci.nom) : c?.kind;
  };

  it.each([
    ["CAPG", "CAPG"],
    ["capl", "CAPL"],
    [" CASA ", "CASA"],
    ["CA du Pays de Grasse (CAPG)", "CAPG"],
    ["Métropole Nice Côte d'Azur", "MNCA"],
    ["Nice Cote d Azur", "MNCA"],
    ["Riviera Française", "CARF"],
    ["Sophia Antipolis", "CASA"],
    ["200039915", "CAPL"],
    [240600551, "CARF"],
    ["SIREN 200 039 857", "CAPG"],
    ["Total", "autre"],
    ["Commentaires", "autre"],
    ["CCAA", "inconnu"],
    ["CA", "inconnu"],
    ["Pays", "inconnu"],
  ] as const)("« %s » → %s", (cell, expected) => {
    expect(sigleOf(cell)).toBe(expected);
  });

  it("ignore une cellule vide", () => {
    expect(classifyHeaderCell("  ", ref06)).toBeUndefined();
    expect(classifyHeaderCell(null, ref06)).toBeUndefined();
  });

  it("reconnaît les EPCI d'un autre département quand on lui en donne la liste", () => {
    const var83 = prepareEpci(EPCI_VAR);
    expect(sigleOf("Toulon Provence Méditerranée", var83)).toBe("MTPM");
    expect(sigleOf("CA de la Provence Verte", var83)).toBe("CAPV");
    expect(sigleOf("248300394", var83)).toBe("SSB");
    expect(sigleOf("CAPG", var83)).toBe("inconnu");
  });
});
