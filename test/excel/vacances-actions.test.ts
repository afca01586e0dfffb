/**
 * « Vacances » on the simulated workbook: events appended to the journal (created « Journal du flux »
 * with its drop-down lists, or a journal the user keeps, in its own columns), the fiche navette's sheet
 * with its page setup, each undone by the pane's history; an older Excel (without ExcelApi 1.8 or 1.9)
 * still gets the cells. Dates are Excel serial days: 31/01/2024 = 45322, 29/02/2024 = 45351.
 */
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import { LISTE_COLONNE, LISTE_ENTETE } from "../../src/excel/journal-write";
import { UndoHistory } from "../../src/excel/undo-history";
import { createVacancesActions, type EcritureVacance } from "../../src/excel/vacances-actions";
import type { PlanFiche } from "../../src/excel/fiche-write";

const MAD: EcritureVacance = {
  lignes: [
    {
      logement: "0012",
      reservataire: "ACTION LOGEMENT",
      etape: "MISE_A_DISPOSITION",
      date: 45322,
      epci: "CASA",
      dateLimite: 45351,
    },
  ],
  reservataires: ["ÉTAT", "ACTION LOGEMENT", "VILLE DE NICE"],
};

const FICHE: PlanFiche = {
  name: "Fiche 0012",
  blocks: [
    { row: 0, col: 0, cells: [["Fiche navette"], ["Logement", "0012"]], formats: [["@"], ["@", "@"]], boldRows: [0] },
  ],
  widths: [30, 40],
  impression: {
    zone: "A1:B52",
    lignesTitre: "1:2",
    orientation: "portrait",
    papier: "A4",
    marges: { haut: 36, bas: 36, gauche: 36, droite: 36, entete: 18, pied: 18 },
    unePage: true,
  },
};

describe("Vacances : journal du flux", () => {
  it("crée « Journal du flux » avec ses huit colonnes, l'événement en ligne 2 et les listes déroulantes", async () => {
    const book = new FakeWorkbook({ Parc: [["Logement"], ["0012"]] });
    const r = await createVacancesActions(book.run).ecrire(MAD, true);
    expect(r).toMatchObject({ ecrit: true, listes: "posees", journal: { feuille: "Journal du flux", creee: true } });
    expect(book.grid("Journal du flux", "values")).toEqual([
      ["Logement", "Réservataire", "Étape", "Date", "EPCI", "Date limite", "Candidats", "Commentaire"],
      ["0012", "ACTION LOGEMENT", "Mise à disposition", 45322, "CASA", 45351, "", ""],
    ]);
    expect(book.cell("Journal du flux", "D2")?.numberFormat).toBe("dd/mm/yyyy");
    expect(book.cell("Journal du flux", "A2")?.numberFormat).toBe("@");
    expect(book.validations("Journal du flux").map((v) => [v.box.c0, v.box.r0, v.source])).toEqual([
      [
        2,
        1,
        "Mise à disposition,Proposition en CALEOL,Attribution,Bail signé,Validation,Désignation,Refus,Retour bailleur",
      ],
      [1, 1, "ÉTAT,ACTION LOGEMENT,VILLE DE NICE"],
    ]);
  });

  it("écrit la liste des réservataires dans une colonne quand elle dépasse les 255 caractères d'une liste tapée", async () => {
    const book = new FakeWorkbook({ Parc: [["Logement"]] });
    const noms = Array.from({ length: 30 }, (_, i) => `COMMUNE NUMÉRO ${i + 1}`);
    await createVacancesActions(book.run).ecrire({ ...MAD, reservataires: noms }, true);
    expect(book.cell("Journal du flux", "J1")?.value).toBe(LISTE_ENTETE);
    expect(book.cell("Journal du flux", "J31")?.value).toBe("COMMUNE NUMÉRO 30");
    expect(book.validations("Journal du flux")[1]).toMatchObject({
      box: { c0: 1, c1: 1 },
      source: "='Journal du flux'!J2:J31",
    });
    expect(LISTE_COLONNE).toBe(9);
  });

  it("dans un Excel sans ExcelApi 1.8, écrit le journal sans listes et le dit", async () => {
    const book = new FakeWorkbook({ Parc: [["Logement"]] });
    book.model.excelApi = 7;
    const r = await createVacancesActions(book.run).ecrire(MAD, true);
    expect(r.listes).toBe("sans-api");
    expect(book.grid("Journal du flux", "values")[1]?.[0]).toBe("0012");
    expect(book.validations("Journal du flux")).toEqual([]);
  });

  it("ajoute au journal de l'utilisateur dans l'ordre de ses colonnes, sous sa dernière ligne, sans rien réécrire", async () => {
    const journal = [
      ["Journal 2024 tenu par l'agence"],
      ["Date", "N° logement", "Étape", "Réservataire", "Observations"],
      [45300, "L7", "mise à disposition", "ÉTAT", "urgent"],
    ];
    const book = new FakeWorkbook({ Journal: journal });
    const history = new UndoHistory();
    const r = await createVacancesActions(book.run, history).ecrire(MAD, true);
    expect(r.journal).toMatchObject({
      feuille: "Journal",
      creee: false,
      entete: 1,
      premiereLigne: 3,
      colonnesAjoutees: ["EPCI", "Date limite"],
    });
    expect(book.grid("Journal", "values")).toEqual([
      ["Journal 2024 tenu par l'agence", "", "", "", "", "", ""],
      ["Date", "N° logement", "Étape", "Réservataire", "Observations", "EPCI", "Date limite"],
      [45300, "L7", "mise à disposition", "ÉTAT", "urgent", "", ""],
      [45322, "0012", "Mise à disposition", "ACTION LOGEMENT", "", "CASA", 45351],
    ]);
    expect(book.validations("Journal")).toEqual([]);
    expect(history.entries()[0]?.description).toBe("1 événement ajouté au journal « Journal »");
    const undo = await history.undoTo(history.entries()[0]?.id ?? 0, "demander");
    expect(undo.kind).toBe("fait");
    expect(book.grid("Journal", "values")).toEqual(
      journal.map((row) => [...row, ...new Array<string>(5 - row.length).fill("")]),
    );
  });

  it("montre l'écriture sans la faire (write = false)", async () => {
    const book = new FakeWorkbook({ Parc: [["Logement"]] });
    const r = await createVacancesActions(book.run).ecrire({ ...MAD, fiche: FICHE }, false);
    expect(r).toMatchObject({
      ecrit: false,
      journal: { feuille: "Journal du flux", creee: true },
      fiche: { feuille: "Fiche 0012" },
    });
    expect([...book.sheets.keys()]).toEqual(["Parc"]);
  });
});

describe("Vacances : fiche navette", () => {
  it("écrit « Fiche 0012 » sur une page A4 portrait (zone, marges, lignes de titre), et « Annuler » reprend fiche et événement", async () => {
    const book = new FakeWorkbook({ Parc: [["Logement"]] });
    const history = new UndoHistory();
    const r = await createVacancesActions(book.run, history).ecrire({ ...MAD, fiche: FICHE }, true);
    expect(r.fiche).toEqual({ feuille: "Fiche 0012", renomme: false, miseEnPage: "posee" });
    expect(book.pageSetup("Fiche 0012")).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      margins: { top: 36, bottom: 36, left: 36, right: 36, header: 18, footer: 18 },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: { r0: 0, c0: 0, r1: 51, c1: 1 },
      titleRows: [0, 1],
    });
    expect(history.entries().map((e) => e.description)).toEqual([
      "1 événement ajouté au journal « Journal du flux » et fiche « Fiche 0012 »",
    ]);
    const undo = await history.undoTo(history.entries()[0]?.id ?? 0, "demander");
    expect(undo.kind).toBe("fait");
    expect([...book.sheets.keys()]).toEqual(["Parc"]);
  });

  it("dans un Excel sans ExcelApi 1.9, écrit la fiche sans mise en page et le dit", async () => {
    const book = new FakeWorkbook({ Parc: [["Logement"]] });
    book.model.excelApi = 8;
    const r = await createVacancesActions(book.run).ecrire({ ...MAD, fiche: FICHE }, true);
    expect(r.fiche?.miseEnPage).toBe("sans-api");
    expect(book.grid("Fiche 0012", "values")[1]).toEqual(["Logement", "0012"]);
    expect(book.pageSetup("Fiche 0012")).toBeUndefined();
    expect(r.listes).toBe("posees");
  });
});
