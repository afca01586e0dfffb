import { writeFileSync } from "node:fs";
import type { SheetRead } from "../../src/domain";
import { readGrids } from "../../src/cli/xlsx";
import type { XlsxSheet } from "../../src/xlsx";
import { tempDir } from "../support/cli";

describe("SheetRead : une seule forme pour une feuille lue, par le volet comme par gef", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("gef donne un .csv aux travaux sous cette forme, formules lues et sans zone fusionnée", async () => {
    const file = t.file("droits.csv");
    writeFileSync(file, "Réservataire;Droits\r\nVILLE;607\r\n");
    const { sheets } = await readGrids(file);
    const sheet: XlsxSheet | undefined = sheets[0];
    const read: SheetRead | undefined = sheet;
    expect(read?.values).toEqual([
      ["Réservataire", "Droits"],
      ["VILLE", 607],
    ]);
    expect(read?.formulas).toEqual(read?.values);
    expect(sheet?.merged).toEqual([]);
  });
});
