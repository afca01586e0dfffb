/**
 * Reading a new operation's tables by their headers: dwellings (logement, financement, typologie,
 * bâtiment, étage) and « Droits du programme » (réservataire, part, garant, montant garanti).
 */
import { lireDroitsProgramme, lireOperation, readEtage } from "../../../src/domain";

describe("lireOperation", () => {
  it("trouve la table sous un titre, colonnes dans le désordre, et lit codes RPLS, pièces et étages écrits à la française", () => {
    const grid = [
      ["Les Oliviers – 4 logements"],
      [],
      ["Étage", "Bâtiment", "N° logement", "Typologie", "Financement"],
      ["RDC", "A", "A01", "T2", "PLAI"],
      ["R+1", "A", "A11", 3, "PLUS"],
      ["2e étage", "B", "B21", "F4", 12],
      ["", "B", "B31", "T5", "PLS"],
    ];
    const r = lireOperation("Opération", grid);
    expect(r?.diagnostics).toEqual([]);
    expect(r?.logements).toEqual([
      { logement: "A01", financement: "PLAI", typologie: "T2", batiment: "A", etage: 0 },
      { logement: "A11", financement: "PLUS", typologie: "T3", batiment: "A", etage: 1 },
      { logement: "B21", financement: "PLUS", typologie: "T4", batiment: "B", etage: 2 },
      { logement: "B31", financement: "PLS", typologie: "T5", batiment: "B", etage: undefined },
    ]);
  });

  it("signale chaque ligne illisible avec sa feuille, sa cellule et quoi taper, sans la répartir", () => {
    const grid = [
      ["Logement", "Financement", "Typologie", "Étage"],
      ["L1", "PLUS", "T3", "mezzanine"],
      ["L2", "LLI", "T2", 1],
      ["L1", "PLAI", "T2", 0],
      ["", "PLAI", "douze", 0],
    ];
    const r = lireOperation("Opération", grid);
    expect(r?.logements.map((l) => l.logement)).toEqual(["L1"]);
    expect(r?.diagnostics.map((c) => [c.severity, c.code, c.cell])).toEqual([
      ["avertissement", "ETAGE_ILLISIBLE", "D2"],
      ["erreur", "FINANCEMENT_ILLISIBLE", "B3"],
      ["erreur", "LOGEMENT_EN_DOUBLE", "A4"],
      ["erreur", "LOGEMENT_SANS_IDENTIFIANT", "A5"],
      ["erreur", "TYPOLOGIE_ILLISIBLE", "C5"],
    ]);
    expect(r?.diagnostics[1]?.message).toBe(
      "« Opération » B3 : le financement « LLI » n'est pas reconnu ; tapez PLAI, PLUS, PLS ou PLI. La ligne n'est pas répartie.",
    );
    expect(r?.diagnostics[2]?.message).toBe(
      "« Opération » A4 : le logement « L1 » est déjà à la ligne 2 ; il n'est réparti qu'une fois. Corrigez le numéro en double.",
    );
  });

  it("ne prend pas pour une opération une table sans typologie", () => {
    expect(
      lireOperation("Feuil1", [
        ["Logement", "Financement"],
        ["L1", "PLUS"],
      ]),
    ).toBeUndefined();
  });

  it.each([
    ["RDC", 0],
    ["Rez-de-chaussée", 0],
    ["R+3", 3],
    ["R-1", -1],
    ["-2", -2],
    ["1er", 1],
    ["4e étage", 4],
    [-1, -1],
    ["combles", undefined],
  ])("lit l'étage « %s » comme %s", (v, e) => expect(readEtage(v)).toBe(e));
});

describe("lireDroitsProgramme", () => {
  it("lit des parts tapées en points, en texte ou au format pourcentage d'Excel, garants et montants", () => {
    const points = lireDroitsProgramme("Droits", [
      ["Réservataire", "Part (%)", "Garant", "Montant garanti"],
      ["Ville", 10, "oui", "1 500 000 €"],
      ["Préfet", "25 %", "", ""],
      ["Action Logement", "12,5", "non", ""],
    ]);
    expect(points?.droits).toEqual([
      { reservataire: "Ville", part: 10, garant: true, montantGaranti: 1_500_000 },
      { reservataire: "Préfet", part: 25, garant: false, montantGaranti: undefined },
      { reservataire: "Action Logement", part: 12.5, garant: false, montantGaranti: undefined },
    ]);
    // Every number at most 1: Excel's percentage format (0,1 shown « 10 % »).
    const fractions = lireDroitsProgramme("Droits", [
      ["Réservataire", "Part"],
      ["Ville", 0.1],
      ["Préfet", 0.25],
    ]);
    expect(fractions?.droits.map((d) => d.part)).toEqual([10, 25]);
  });

  it("ignore avec un message la part ou le nom illisibles, et le montant illisible d'un garant", () => {
    const r = lireDroitsProgramme("Droits", [
      ["Réservataire", "Part", "Garant", "Montant garanti"],
      ["Ville", "beaucoup", "oui", 1],
      ["?", 5, "", ""],
      ["EPCI", 5, "oui", "un million"],
    ]);
    expect(r?.diagnostics.map((c) => [c.code, c.cell])).toEqual([
      ["PART_ILLISIBLE", "B2"],
      ["NOM_ILLISIBLE", "A3"],
      ["MONTANT_ILLISIBLE", "D4"],
    ]);
    expect(r?.diagnostics[0]?.message).toBe(
      "« Droits » B2 (Ville) : la part « beaucoup » n'est pas un pourcentage de 0 à 100 ; tapez-la en points, comme 20 ou 20 %. La ligne est ignorée.",
    );
    expect(r?.droits).toEqual([{ reservataire: "EPCI", part: 5, garant: true, montantGaranti: undefined }]);
  });
});
