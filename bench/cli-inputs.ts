/**
 * The inputs of `npm run bench:cli` (bench/cli.ts), generated once per size into the temporary folder:
 * a dwelling table of a million rows in one .xlsx beside a blank DDETS template (exceljs's streaming
 * writer, from makeLogementGrid), and fifty bailleurs' templates with varied figures.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { blankFormulaGrid, blankModele } from "../src/domain";
import { makeLogementGrid } from "../sandbox/logement-grid";
import { FIGURES_06_LIST, buildModele, type EpciFigures } from "../test/support/ddets-modele";

/** A blank DDETS template as rows of cells (formulas without « = », as exceljs wants them). */
function modeleSheetRows(): ExcelJS.CellValue[][] {
  const year = 2024;
  return blankFormulaGrid(blankModele({ anneeConvention: year, anneeRpls: year - 1 })).map((row) =>
    row.map((v) =>
      typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : ((v ?? null) as ExcelJS.CellValue),
    ),
  );
}

/** The dwelling workbook, generated once per size. */
export async function logementWorkbook(rows: number): Promise<string> {
  const file = path.join(tmpdir(), `gef-bench-logements-${rows}-v1.xlsx`);
  if (existsSync(file)) return file;
  const t0 = performance.now();
  const partial = `${file}.partiel`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: false });
  const modele = wb.addWorksheet("Calcul assiette");
  for (const row of modeleSheetRows()) modele.addRow(row).commit();
  modele.commit();
  const ws = wb.addWorksheet("RPLS");
  for (const row of makeLogementGrid(rows, { seed: 2024, scheme: "2024", faulty: true })) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
  renameSync(partial, file);
  console.log(
    `(généré ${file} : ${(statSync(file).size / 1e6).toFixed(0)} Mo en ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return file;
}

/** Fifty bailleurs' templates with varied figures. */
export async function writeModeleFiles(n: number): Promise<string> {
  const dir = path.join(tmpdir(), `gef-bench-modeles-${n}-v1`);
  if (existsSync(dir) && readdirSync(dir).length === n) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < n; k++) {
    const figures: EpciFigures[] = FIGURES_06_LIST.map((f, i) => ({
      ...f,
      patrimoine: Math.round(f.patrimoine * (0.05 + ((k * 7 + i * 3) % 40) / 20)),
      nouvelles: (k * 13 + i) % 60,
      taux: Math.round((0.03 + ((k + i) % 30) / 1000) * 1000) / 1000,
    }));
    const t = buildModele({ figures, identite: true, computed: "formules" });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Calcul assiette");
    t.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = t.formulas[r]?.[c];
        if (v === null && f === null) return;
        ws.getCell(r + 1, c + 1).value =
          typeof f === "string" && f.startsWith("=")
            ? { formula: f.slice(1), result: typeof v === "number" ? v : 0 }
            : v;
      }),
    );
    ws.getCell("B4").value = `Bailleur ${String(k + 1).padStart(2, "0")}`;
    await wb.xlsx.writeFile(path.join(dir, `bailleur-${String(k + 1).padStart(2, "0")}.xlsx`));
  }
  return dir;
}
