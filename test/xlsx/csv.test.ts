/**
 * Issue 25, point 9: a .csv's encoding. A file of UTF-8 lines with one Windows-1252 line keeps one
 * spelling of « Préfecture »; a UTF-16 file (BOM FF FE or FE FF, Excel's « Texte Unicode ») is read.
 */
import { writeFileSync } from "node:fs";
import { CsvDecoder, readCsv } from "../../src/xlsx/csv";
import { nodeFile, nodePlatform } from "../../src/xlsx/platform-node";
import { tempDir } from "../support/cli";

const cp1252 = (s: string): Buffer => Buffer.from(s, "latin1");

describe("csv : encodage d'un .csv", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  const cells = async (bytes: Buffer): Promise<unknown[][]> => {
    const file = t.file(`f${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, bytes);
    const { sheets } = await readCsv(nodeFile(file), nodePlatform);
    const grid = sheets[0]?.values ?? [];
    return Array.from({ length: grid.length }, (_, r) => [...(grid[r] ?? [])]);
  };

  it("lit chaque ligne dans son encodage : une ligne Windows-1252 parmi des lignes UTF-8 garde l'orthographe « Préfecture »", async () => {
    const bytes = Buffer.concat([
      Buffer.from("Logement;Réservataire\nL1;Préfecture\n", "utf8"),
      cp1252("L2;Préfecture\n"),
      Buffer.from("L3;Préfecture\n", "utf8"),
    ]);
    expect(await cells(bytes)).toEqual([
      ["Logement", "Réservataire"],
      ["L1", "Préfecture"],
      ["L2", "Préfecture"],
      ["L3", "Préfecture"],
    ]);
  });

  it("lit encore un fichier tout en Windows-1252, et une ligne coupée entre deux morceaux", () => {
    const d = new CsvDecoder();
    const bytes = Buffer.concat([
      Buffer.from("Commune;Réservataire\nNice;", "utf8"),
      Buffer.from("Préfecture", "utf8"),
      cp1252("\nGrasse;Préfecture"),
    ]);
    const text = [
      d.decode(bytes.subarray(0, 25)),
      d.decode(bytes.subarray(25, 27)),
      d.decode(bytes.subarray(27)),
      d.end(),
    ].join("");
    expect(text).toBe("Commune;Réservataire\nNice;Préfecture\nGrasse;Préfecture");
  });

  it("lit un fichier UTF-16 avec BOM, petit-boutiste (FF FE) comme gros-boutiste (FE FF)", async () => {
    const text = "Logement\tRéservataire\r\nL1\tPréfecture\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      expect(await cells(bytes)).toEqual([
        ["Logement", "Réservataire"],
        ["L1", "Préfecture"],
      ]);
    }
  });
});
