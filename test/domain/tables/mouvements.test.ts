import { EPCI_HORS_MODELE_06, EPCI_MODELE_06 } from "../../../src/domain/epci/alpes-maritimes";
import type { MethodeRotation } from "../../../src/domain/rotation";
import { formatIssue } from "../../../src/domain";
import {
  readMouvements,
  rotationByEpci,
  type MouvementsTable,
  type ReadMouvementsOptions,
} from "../../../src/domain/tables/mouvements";

const CANDIDATS = [...EPCI_MODELE_06, ...EPCI_HORS_MODELE_06];

function read(grid: unknown[][], options: ReadMouvementsOptions = { epci: CANDIDATS }): MouvementsTable {
  const r = readMouvements(grid, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.mouvements;
}

// The seed of rotation.test.ts: parc 5300, 5350, 5367; entrées 290, 262, 253; départs 280, 270, 260.
const SEED = [
  ["EPCI", "Année", "Entrées", "Départs", "Parc", "Mutations"],
  ["CASA", 2022, 253, 260, 5367, 13],
  ["CASA", 2020, 290, 280, 5300, 12],
  ["CASA", "2021", "262", 270, "5 350", 13],
];

describe("table des mouvements", () => {
  it("range les années dans l'ordre, la plus ancienne d'abord", () => {
    const m = read(SEED);
    expect(m.parEpci).toHaveLength(1);
    const casa = m.parEpci[0];
    expect(casa?.epci.sigle).toBe("CASA");
    expect(casa?.annees).toEqual([2020, 2021, 2022]);
    expect(casa?.parc).toEqual([5300, 5350, 5367]);
    expect(casa?.entrees).toEqual([290, 262, 253]);
    expect(casa?.departs).toEqual([280, 270, 260]);
    expect(casa?.lignes).toEqual([3, 4, 2]);
    expect(m.issues).toEqual([]);
  });

  it("reconnaît l'EPCI par son sigle, son SIREN ou son nom", () => {
    const m = read([
      ["Intercommunalité", "Exercice", "Baux signés", "Parc loué"],
      ["MNCA", 2023, 10, 100],
      [240600551, 2023, 10, 100],
      ["CA du Pays de Grasse", 2023, 10, 100],
      ["Cannes Pays de Lérins", 2023, 10, 100],
    ]);
    expect(m.parEpci.map((e) => e.epci.sigle)).toEqual(["MNCA", "CARF", "CAPG", "CAPL"]);
    expect(m.columns).toEqual({ departs: false, mutations: false });
  });

  it("signale les années manquantes et les lignes illisibles", () => {
    const m = read([
      ["Titre : mouvements du parc"],
      [],
      ["EPCI", "Année", "Entrées", "Départs", "Parc"],
      ["MNCA", 2019, 300, 290, 10000],
      ["MNCA", 2022, 310, "", 10100],
      ["MNCA", 2016, 5, "beaucoup", 10],
      ["MNCA", 2022, 999, 999, 99999],
      ["XYZ", 2022, 1, 1, 10],
      ["MNCA", "vingt", 1, 1, 10],
      ["MNCA", 2018, "", 1, 10],
      ["MNCA", 2017, 5, "beaucoup", -3],
      ["", 2021, 1, 1, 1],
      [null, null, null, null, null],
    ]);
    const mnca = m.parEpci[0];
    expect(mnca?.annees).toEqual([2016, 2019, 2022]);
    expect(mnca?.departs).toEqual([undefined, 290, undefined]);
    expect(mnca?.anneesManquantes).toEqual([2017, 2018, 2020, 2021]);
    expect(m.notes).toEqual(["MNCA : années manquantes 2017, 2018, 2020, 2021"]);
    expect(m.issues.map(formatIssue)).toEqual([
      "ligne 6 : colonne « départs » : « beaucoup » n'est pas un nombre positif, valeur ignorée",
      "ligne 7 : l'année 2022 de MNCA figure déjà ligne 5, ligne ignorée",
      "ligne 8 : EPCI « XYZ » inconnu, ligne ignorée",
      "ligne 9 : année « vingt » illisible (tapez 2023), ligne ignorée",
      "ligne 10 : colonne « entrées » vide, ligne ignorée",
      "ligne 11 : colonne « parc » : « -3 » n'est pas un nombre positif, ligne ignorée",
      "ligne 12 : EPCI vide, ligne ignorée",
    ]);
  });

  it("distingue un EPCI inconnu d'un EPCI hors de la liste attendue", () => {
    const m = read(
      [
        ["EPCI", "Année", "Entrées", "Parc"],
        ["CCAA", 2023, 1, 10],
        ["MTPM", 2023, 1, 10],
      ],
      { epci: EPCI_MODELE_06 },
    );
    expect(m.parEpci).toEqual([]);
    expect(m.issues.map(formatIssue)).toEqual([
      "ligne 2 : EPCI « CCAA » (CC Alpes d'Azur) hors des EPCI attendus, ligne ignorée",
      "ligne 3 : EPCI « MTPM » (Métropole Toulon-Provence-Méditerranée) hors des EPCI attendus, ligne ignorée",
    ]);
  });

  it("cherche l'EPCI dans toute la France quand aucune liste n'est donnée", () => {
    const m = read(
      [
        ["EPCI", "Année", "Entrées", "Parc"],
        ["MTPM", 2023, 1, 10],
      ],
      {},
    );
    expect(m.parEpci[0]?.epci.nom).toBe("Métropole Toulon-Provence-Méditerranée");
  });

  it("refuse une table sans colonne obligatoire, en la nommant", () => {
    const r = readMouvements([
      ["EPCI", "Année", "Entrées"],
      ["CASA", 2023, 1],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("COLONNE_OBLIGATOIRE");
      expect(r.error.message).toBe(
        "La ligne d'en-têtes de la table des mouvements (ligne 1) n'a pas de colonne « parc ». " +
          "Ajoutez-la ou renommez l'en-tête existant.",
      );
    }
    const vide = readMouvements([]);
    expect(!vide.ok && vide.error.code).toBe("TABLEAU_VIDE");
    const sans = readMouvements([
      ["a", "b"],
      [1, 2],
    ]);
    expect(!sans.ok && sans.error.code).toBe("ENTETE_INTROUVABLE");
  });
});

describe("rotation par EPCI", () => {
  const m = read(SEED);

  it.each<[MethodeRotation, number | undefined, number, number[]]>([
    ["ENTREES", undefined, 805 / 16017, [2020, 2021, 2022]],
    ["ENTREES", 1, 253 / 5367, [2022]],
    ["ENTREES", 2, (262 + 253) / (5350 + 5367), [2021, 2022]],
    ["DEPARTS", 3, 810 / 16017, [2020, 2021, 2022]],
    ["DEPARTS", 1, 260 / 5367, [2022]],
    ["MOYENNE", 3, (805 + 810) / 2 / 16017, [2020, 2021, 2022]],
    ["MOYENNE", 2, (515 + 530) / 2 / 10717, [2021, 2022]],
  ])("méthode %s sur %p an(s) : taux groupé", (methode, annees, expected, used) => {
    const [r] = rotationByEpci(m, { methode, annees });
    expect(r?.methode).toBe(methode);
    expect(r?.annees).toEqual(used);
    expect(r?.taux.ok && r.taux.value).toBeCloseTo(expected, 15);
  });

  it("prend MOYENNE par défaut quand la table a des départs, ENTREES sinon", () => {
    expect(rotationByEpci(m)[0]?.methode).toBe("MOYENNE");
    const sans = read([
      ["EPCI", "Année", "Entrées", "Parc"],
      ["CASA", 2023, 5, 100],
    ]);
    expect(rotationByEpci(sans)[0]?.methode).toBe("ENTREES");
    expect(rotationByEpci(sans)[0]?.taux).toEqual({ ok: true, value: 0.05 });
  });

  it("donne le volume de mutations en moyenne sur les mêmes années, décimales gardées", () => {
    expect(rotationByEpci(m, { annees: 3 })[0]?.mutations).toBeCloseTo(38 / 3, 12);
    expect(rotationByEpci(m, { annees: 2 })[0]?.mutations).toBe(13);
    const trou = read([
      ["EPCI", "Année", "Entrées", "Parc", "Mutations"],
      ["CASA", 2021, 5, 100, ""],
      ["CASA", 2022, 5, 100, 7],
      ["CASA", 2023, 5, 100, 8],
    ]);
    const [r] = rotationByEpci(trou);
    expect(r?.mutations).toBe(7.5);
    expect(r?.mutationsManquantes).toEqual([2021]);
    expect(rotationByEpci(trou, { annees: 1 })[0]?.mutationsManquantes).toEqual([]);
  });

  it("rend les erreurs par EPCI, sans lever d'exception", () => {
    const t = read([
      ["EPCI", "Année", "Entrées", "Départs", "Parc"],
      ["CASA", 2022, 5, "", 100],
      ["CASA", 2023, 5, 4, 100],
      ["MNCA", 2023, 5, 4, 0],
      ["CAPL", 2023, 500, 4, 100],
    ]);
    const codes = (methode: MethodeRotation, annees?: number): (string | number | undefined)[] =>
      rotationByEpci(t, { methode, annees }).map((r) => (r.taux.ok ? r.taux.value : r.taux.error.code));
    expect(codes("MOYENNE")).toEqual(["DEPARTS_MANQUANTS", "PARC_NUL", "TAUX_SUPERIEUR_100"]);
    expect(codes("MOYENNE", 1)).toEqual([0.045, "PARC_NUL", "TAUX_SUPERIEUR_100"]);
    expect(codes("ENTREES", 2)).toEqual([0.05, "ANNEES_INVALIDES", "ANNEES_INVALIDES"]);
    const [casa] = rotationByEpci(t, { methode: "DEPARTS" });
    expect(casa?.taux.ok === false && casa.taux.error.message).toBe(
      "La méthode « DEPARTS » utilise les départs : indiquez la plage « departs » (une valeur par année), " +
        "ou choisissez la méthode ENTREES.",
    );
  });
});
