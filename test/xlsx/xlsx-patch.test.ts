/** src/xlsx/xlsx-patch.ts: planned cells written into a copy of the user's .xlsx, everything else kept. */
import { tempDir, writeXlsx } from "../support/cli";
import { nodeFile, nodePlatform, readZipFile } from "../../src/xlsx/platform-node";
import { patchWorkbook, sheetPart } from "../../src/xlsx/xlsx-patch";
import { readXlsx } from "../../src/xlsx/xlsx-read";
import { readEntry } from "../../src/xlsx/zip";

describe("xlsx-patch : cellules reportées dans une copie du classeur", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("écrit nombre, formule et texte dans la feuille visée, laisse l'autre feuille octet pour octet et fait recalculer Excel", async () => {
    const input = t.file("entree.xlsx");
    const output = t.file("sortie.xlsx");
    await writeXlsx(input, {
      Autre: [["garde", 1]],
      "Calcul assiette": [
        ["Bailleur", null],
        [null, null],
      ],
    });
    const writes = [
      { cell: "B1", row: 0, col: 1, value: "Côte d'Azur Habitat" },
      { cell: "A2", row: 1, col: 0, value: 120 },
      { cell: "B2", row: 1, col: 1, formula: "=A2*2" },
    ];
    await patchWorkbook(input, output, "Calcul assiette", writes, [
      [null, null],
      [120, 240],
    ]);
    const read = await readXlsx(nodeFile(output), nodePlatform);
    const sheet = read.sheets.find((s) => s.name === "Calcul assiette");
    expect(sheet?.values.slice(0, 2)).toEqual([
      ["Bailleur", "Côte d'Azur Habitat"],
      [120, 240],
    ]);
    expect(sheet?.formulas[1]?.[1]).toBe("=A2*2");
    const [zin, zout] = [await readZipFile(input), await readZipFile(output)];
    const other = await sheetPart(zin, "Autre");
    expect(other).toBe(await sheetPart(zout, "Autre"));
    expect((await readEntry(zout, other!))?.equals((await readEntry(zin, other!))!)).toBe(true);
    expect((await readEntry(zout, "xl/workbook.xml"))?.toString("utf8")).toContain('fullCalcOnLoad="1"');
  });
});
