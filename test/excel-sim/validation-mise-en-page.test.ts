/**
 * Data validation and page layout of the simulated workbook refuse what Excel refuses, and fail as an
 * older Excel fails when their requirement set is missing. Pages followed:
 * - https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation (one criterion
 *   per rule; a list from a range or a comma-delimited text; `clear()` on the overlapping cells);
 * - https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation (ExcelApi 1.8);
 * - https://support.microsoft.com/office/excel-specifications-and-limits (a typed list: 255 characters);
 * - https://learn.microsoft.com/javascript/api/excel/excel.pagelayout and
 *   https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions (ExcelApi 1.9; a scale
 *   of 10 to 400);
 * - https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   (ApiNotFound: « The API you are trying to use could not be found »).
 */
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import type { ExcelContext } from "../../src/excel/api";

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return "aucune erreur";
  } catch (e) {
    return String((e as { code?: string }).code);
  }
};

const journal = (): FakeWorkbook =>
  new FakeWorkbook({ J: [["Logement", "Réservataire", "Étape"]], L: [["ÉTAT"], ["ACTION LOGEMENT"], ["VILLE"]] });
const on = (book: FakeWorkbook, batch: (c: ExcelContext) => void): Promise<void> =>
  book.run(async (c) => {
    batch(c);
    await c.sync();
  });

describe("classeur simulé : validation des données en liste (ExcelApi 1.8)", () => {
  it("pose une liste tapée et une liste tirée d'une plage, avec leur liste déroulante", async () => {
    const book = journal();
    await on(book, (c) => {
      const ws = c.workbook.worksheets.getItem("J");
      ws.getRange("C2:C100").dataValidation.rule = {
        list: { inCellDropDown: true, source: "mise à disposition,désignation,bail signé" },
      };
      ws.getRange("B2:B100").dataValidation.rule = {
        list: { inCellDropDown: true, source: c.workbook.worksheets.getItem("L").getRange("A1:A3") },
      };
    });
    expect(book.validations("J")).toEqual([
      {
        box: { r0: 1, c0: 2, r1: 99, c1: 2 },
        inCellDropDown: true,
        source: "mise à disposition,désignation,bail signé",
      },
      { box: { r0: 1, c0: 1, r1: 99, c1: 1 }, inCellDropDown: true, source: "=L!A1:A3" },
    ]);
  });

  it.each([
    ["une liste tapée de 256 caractères", () => ({ list: { inCellDropDown: true, source: "x".repeat(256) } })],
    ["une liste vide", () => ({ list: { inCellDropDown: true, source: "  " } })],
    [
      "deux critères dans une règle",
      () => ({ list: { inCellDropDown: true, source: "a,b" }, custom: { formula: "=A1>0" } }),
    ],
  ])("refuse %s (InvalidArgument)", async (_cas, rule) => {
    const book = journal();
    const code = await codeOf(
      on(book, (c) => (c.workbook.worksheets.getItem("J").getRange("B2").dataValidation.rule = rule() as never)),
    );
    expect(code).toBe("InvalidArgument");
    expect(book.validations("J")).toEqual([]);
  });

  it("accepte une liste tapée de 255 caractères tout juste", async () => {
    const book = journal();
    await on(
      book,
      (c) =>
        (c.workbook.worksheets.getItem("J").getRange("B2").dataValidation.rule = {
          list: { inCellDropDown: true, source: "x".repeat(255) },
        }),
    );
    expect(book.validations("J")).toHaveLength(1);
  });

  it("refuse une source de plusieurs lignes et plusieurs colonnes", async () => {
    const book = journal();
    const code = await codeOf(
      on(
        book,
        (c) =>
          (c.workbook.worksheets.getItem("J").getRange("B2").dataValidation.rule = {
            list: { inCellDropDown: true, source: c.workbook.worksheets.getItem("L").getRange("A1:B3") },
          }),
      ),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("clear() n'ôte la règle que des cellules communes aux deux plages", async () => {
    const book = journal();
    await on(
      book,
      (c) =>
        (c.workbook.worksheets.getItem("J").getRange("B2:B10").dataValidation.rule = {
          list: { inCellDropDown: true, source: "a,b" },
        }),
    );
    await on(book, (c) => c.workbook.worksheets.getItem("J").getRange("A5:C6").dataValidation.clear());
    expect(book.validations("J").map((v) => v.box)).toEqual([
      { r0: 1, c0: 1, r1: 3, c1: 1 },
      { r0: 6, c0: 1, r1: 9, c1: 1 },
    ]);
  });

  it("répond ApiNotFound dans un Excel sans ExcelApi 1.8, que isSetSupported annonce", async () => {
    const book = journal();
    book.model.excelApi = 7;
    let supported: boolean | undefined;
    const code = await codeOf(
      on(book, (c) => {
        supported = c.requirements?.isSetSupported("ExcelApi", "1.8");
        c.workbook.worksheets.getItem("J").getRange("B2").dataValidation.rule = {
          list: { inCellDropDown: true, source: "a,b" },
        };
      }),
    );
    expect([supported, code]).toEqual([false, "ApiNotFound"]);
  });
});

describe("classeur simulé : mise en page (ExcelApi 1.9)", () => {
  it("garde orientation, papier, marges, zoom, zone d'impression et lignes de titre", async () => {
    const book = journal();
    await on(book, (c) => {
      const p = c.workbook.worksheets.getItem("J").pageLayout;
      p.orientation = "Portrait";
      p.paperSize = "A4";
      p.leftMargin = 36;
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
      p.setPrintArea("A1:D40");
      p.setPrintTitleRows("$1:$2");
    });
    const page = book.pageSetup("J");
    expect(page).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: { r0: 0, c0: 0, r1: 39, c1: 3 },
      titleRows: [0, 1],
    });
    expect(page?.margins.left).toBe(36);
  });

  it.each([
    [
      "une échelle de 401 %",
      (c: ExcelContext) => void (c.workbook.worksheets.getItem("J").pageLayout.zoom = { scale: 401 }),
    ],
    [
      "une échelle de 9 %",
      (c: ExcelContext) => void (c.workbook.worksheets.getItem("J").pageLayout.zoom = { scale: 9 }),
    ],
    [
      "une échelle et un nombre de pages",
      (c: ExcelContext) =>
        void (c.workbook.worksheets.getItem("J").pageLayout.zoom = { scale: 100, verticalFitToPages: 1 }),
    ],
    ["une marge négative", (c: ExcelContext) => void (c.workbook.worksheets.getItem("J").pageLayout.topMargin = -1)],
    [
      "des marges plus larges que l'A4",
      (c: ExcelContext) => {
        const p = c.workbook.worksheets.getItem("J").pageLayout;
        p.paperSize = "A4";
        p.leftMargin = 300;
        p.rightMargin = 300;
      },
    ],
    [
      "un papier inconnu",
      (c: ExcelContext) => void (c.workbook.worksheets.getItem("J").pageLayout.paperSize = "A9" as never),
    ],
    [
      "des lignes de titre qui ne sont pas des lignes entières",
      (c: ExcelContext) => c.workbook.worksheets.getItem("J").pageLayout.setPrintTitleRows("A1:D2"),
    ],
    [
      "une zone d'impression hors de la grille",
      (c: ExcelContext) => c.workbook.worksheets.getItem("J").pageLayout.setPrintArea("A1:XFE2"),
    ],
  ])("refuse %s (InvalidArgument)", async (_cas, batch) => {
    expect(await codeOf(on(journal(), batch))).toBe("InvalidArgument");
  });

  it("répond ApiNotFound dans un Excel sans ExcelApi 1.9 (1.8 suffit à la validation)", async () => {
    const book = journal();
    book.model.excelApi = 8;
    const code = await codeOf(
      on(book, (c) => (c.workbook.worksheets.getItem("J").pageLayout.orientation = "Portrait")),
    );
    expect(code).toBe("ApiNotFound");
    expect(book.pageSetup("J")).toBeUndefined();
    await on(
      book,
      (c) =>
        (c.workbook.worksheets.getItem("J").getRange("B2").dataValidation.rule = {
          list: { inCellDropDown: true, source: "a" },
        }),
    );
    expect(book.validations("J")).toHaveLength(1);
  });
});
