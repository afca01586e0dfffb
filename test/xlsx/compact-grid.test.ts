import ExcelJS from "exceljs";
import { CompactSheet, HEAD_ROWS } from "../../src/xlsx/compact-grid";
import { readGrids } from "../../src/cli/xlsx";
import { readLogements } from "../../src/domain/tables/logements";
import { makeLogementGrid } from "../../sandbox/logement-grid";
import type { SheetRead } from "../../src/domain";
import { findModeleSheet, gatherInputs } from "../../src/jobs";
import { gef, tempDir, modeleRows, writeXlsxStream } from "../support/cli";
import { ROW, filledModele, receivedModele } from "../support/ddets-modele";

const ROW_ETAT = ROW.etatPrioritaires;

jest.setTimeout(60_000);

describe("compact-grid : feuille compacte (lecture en flux)", () => {
  /** A grid with a head, blank rows, a column of unique values (past the id limit), dates and numbers. */
  function sample(rows: number): unknown[][] {
    const grid: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      if (r % 997 === 5) {
        grid.push([]);
        continue;
      }
      grid.push([
        `L${r}`,
        r % 3 === 0 ? null : ["PLUS", "PLAI", "PLS"][r % 3],
        r % 7,
        r % 11 === 0 ? new Date(Date.UTC(2024, 0, 1 + (r % 28))) : "",
        r % 2 === 0 ? 0.5 : undefined,
      ]);
    }
    return grid;
  }

  function compact(grid: readonly (readonly unknown[])[]): CompactSheet {
    const sheet = new CompactSheet("Logements");
    grid.forEach((row, r) => sheet.addRow(r, row));
    return sheet;
  }

  const same = (v: unknown): unknown => (v === undefined || v === "" ? null : v);

  it("rend chaque cellule telle qu'elle a été lue, au-delà de 65 536 valeurs distinctes par colonne", () => {
    const grid = sample(HEAD_ROWS + 70_000);
    const view = compact(grid).grid();
    expect(view.length).toBe(grid.length);
    for (let r = 0; r < grid.length; r++) {
      const want = grid[r] ?? [];
      const got = view[r] ?? [];
      for (let c = 0; c < 5; c++) {
        const [g, w] = [got[c], want[c]];
        const sameDate = w instanceof Date && g instanceof Date && g.getTime() === w.getTime();
        if (same(g) !== same(w) && !sameDate)
          throw new Error(`ligne ${r + 1}, colonne ${c + 1} : ${String(g)} au lieu de ${String(w)}`);
      }
    }
  });

  it("se comporte comme un tableau pour les lecteurs du domaine", () => {
    const grid = sample(HEAD_ROWS + 10);
    const view = compact(grid).grid();
    expect(Array.isArray(view)).toBe(true);
    expect(view[view.length]).toBeUndefined();
    expect(view.length - 1 in view).toBe(true);
    expect(view.length in view).toBe(false);
    expect([...view].length).toBe(grid.length);
    expect(view.map((row) => row[0]).slice(-2)).toEqual(grid.slice(-2).map((row) => row[0]));
    expect(view.every((row) => Array.isArray(row))).toBe(true);
    // A row is as wide as its last cell: a cell far to the right widens its own row only.
    expect(view[HEAD_ROWS + 3]).toEqual(["L1027", "PLAI", 5, ""]);
  });

  it("refuse une ligne reçue après une suivante", () => {
    const sheet = new CompactSheet("x");
    sheet.addRow(3, [1]);
    expect(() => sheet.addRow(2, [1])).toThrow("Ligne 3 reçue après la ligne 4");
  });

  it("lit les données d'une table des logements identiques à celles d'une feuille ordinaire", () => {
    const grid = makeLogementGrid(30_000, { seed: 5, scheme: "ancien", faulty: true, titleRows: 2 });
    const plain = readLogements(grid);
    const streamed = readLogements(compact(grid).grid());
    if (!plain.ok || !streamed.ok) throw new Error("table attendue");
    expect(streamed.table).toEqual(plain.table);
  });
});

describe("compact-grid : lecture en flux d'un gros classeur", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  const ROWS = 50_000;
  const file = t.file("gros.xlsx");
  const modele = receivedModele();
  const logements = makeLogementGrid(ROWS, { seed: 21, scheme: "2024", faulty: true });

  beforeAll(async () => {
    await writeXlsxStream(file, { "Calcul assiette": modeleRows(modele), RPLS: logements });
  });

  it("donne les feuilles, valeurs, formules et chiffres de remplissage des données écrites", async () => {
    const rows: number[] = [];
    const streamed = await readGrids(file, { stream: true, onRows: (n) => rows.push(n) });
    expect(streamed.streamed).toBe(true);
    expect(streamed.sheets.map((s) => s.name)).toEqual(["Calcul assiette", "RPLS"]);
    expect(streamed.active).toBe("Calcul assiette");
    // Rows without any cell are not in the file: the count is of rows written.
    expect(rows.at(-1)).toBeGreaterThan(ROWS * 0.99);
    const blank = (v: unknown): unknown => (v === undefined || v === "" ? null : v);
    const trim = (grid: readonly (readonly unknown[])[]): unknown[][] =>
      grid.map((row) => {
        const out = row.map(blank);
        while (out.length > 0 && out[out.length - 1] === null) out.pop();
        return out;
      });
    const [sheet] = streamed.sheets;
    expect(trim(sheet?.values ?? [])).toEqual(trim(modele.values));
    expect(trim(sheet?.formulas ?? [])).toEqual(trim(modele.formulas));
    expect(sheet?.formulas[ROW_ETAT]?.[1]).toBe(0);
    const settings = { methode: "ENTREES" as const, annees: undefined };
    const gather = (sheets: readonly SheetRead[], active: string) => {
      const found = findModeleSheet(sheets, active);
      if (!found) throw new Error("modèle attendu");
      return gatherInputs(sheets, found, settings);
    };
    const fromFile = gather(streamed.sheets, streamed.active);
    const inMemory = gather(
      [
        { name: "Calcul assiette", values: modele.values, formulas: modele.formulas },
        { name: "RPLS", values: logements },
      ],
      "Calcul assiette",
    );
    expect(fromFile.inputs).toEqual(inMemory.inputs);
    expect(fromFile.logements).toEqual(inMemory.logements);
    expect(fromFile.horsModele).toEqual(inMemory.horsModele);
  });

  it("lit une zone fusionnée comme Excel, en entier ou en flux : la valeur dans sa première cellule seulement", async () => {
    const fusion = t.file("fusion.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Feuil1");
    modeleRows(filledModele()).forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
    ws.mergeCells("A1:F1");
    ws.mergeCells("B4:F4");
    await wb.xlsx.writeFile(fusion);
    for (const stream of [false, true]) {
      const [sheet] = (await readGrids(fusion, { stream })).sheets;
      expect(sheet?.values[3]?.slice(0, 6).map((v) => v ?? null)).toEqual(
        ["Nom du bailleur :", "Azur Habitat Social", null, null, null, null].slice(0, sheet?.values[3]?.length),
      );
      expect(sheet?.values[0]?.[1] ?? null).toBeNull();
    }
    expect((await gef("verifier", fusion)).out).toContain("(Azur Habitat Social) : conforme");
  });

  it("vérifie et consolide avec --flux comme sans", async () => {
    const petit = t.file("petit.xlsx");
    await writeXlsxStream(petit, {
      Consignes: [["À lire"]],
      Feuil1: modeleRows(filledModele()),
      RPLS: makeLogementGrid(5_000, { seed: 3, scheme: "ancien" }),
    });
    const [sans, avec] = [await gef("verifier", petit, "--json"), await gef("verifier", petit, "--json", "--flux")];
    expect(avec.out).toBe(sans.out);
    expect(avec.code).toBe(0);
    expect((await gef("consolider", petit, "-o", t.file("conso.xlsx"), "--flux")).code).toBe(0);
  });
});
