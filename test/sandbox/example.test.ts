/**
 * The sandbox's example workbook holds what a bailleur's file holds: commune codes as text
 * (« 06084 », never the number 6 084 that the sandbox used to show « 6 084 »).
 */
import { FakeWorkbook } from "../../excel-sim/fake-workbook";
import { codesAsText, exampleSheets } from "../../sandbox/example";
import { queueSheetWithBlocks } from "../../src/excel/write-blocks";

describe("classeur d'exemple du bac à sable", () => {
  it("garde les codes commune en texte, avec leur zéro de tête", () => {
    const book = new FakeWorkbook(exampleSheets(), "Calcul assiette");
    const rows = book.grid("Logements", "values");
    const col = rows[0]?.indexOf("DEPCOM_CODE") ?? -1;
    const codes = rows.slice(1).map((r) => r[col]);
    expect(codes.length).toBe(4000);
    expect(codes.filter((c) => typeof c === "number")).toEqual([]);
    expect(codes.filter((c) => typeof c === "string" && /^06\d{3}$/.test(c)).length).toBeGreaterThan(3000);
  });

  it("tape un code à zéro de tête comme un texte (« '06084 »), le reste comme avant", () => {
    expect(codesAsText([["06084", "6084", "=A1", "Nice", 6084]])).toEqual([["'06084", "6084", "=A1", "Nice", 6084]]);
  });
});

describe("classeur simulé : ce que JSON transmet à Excel", () => {
  it("écrit -0 comme 0 (JSON.stringify(-0) vaut « 0 ») et garde un code au format « @ » en texte", async () => {
    const book = new FakeWorkbook({ F: [[1]] });
    await book.run(async (c) => {
      queueSheetWithBlocks(c, "G", undefined, [
        { row: 0, col: 0, cells: [["06084", -0, "06084"]], formats: [["@", "0.0", "General"]], boldRows: [] },
      ]);
      await c.sync();
    });
    const [code, zero, number] = book.grid("G", "values")[0] ?? [];
    expect(code).toBe("06084");
    expect(Object.is(zero, 0)).toBe(true);
    // Without the text format, Excel reads « 06084 » as typed: the number 6 084.
    expect(number).toBe(6084);
  });
});
