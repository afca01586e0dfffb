/** Helpers for command-line tests: a captured Io, temporary folders and .xlsx files made with exceljs. */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Io } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { recalculate } from "./libreoffice";

export interface Captured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `gef` with these arguments and captures what it prints. */
export async function gef(...argv: string[]): Promise<Captured> {
  return run(false, argv);
}

/** Runs `gef` as on a terminal: progress bars are drawn, and captured in `status`. */
export async function gefTerminal(...argv: string[]): Promise<Captured & { readonly status: string }> {
  return run(true, argv);
}

async function run(interactive: boolean, argv: string[]): Promise<Captured & { readonly status: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), interactive, status: (t) => status.push(t) };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n"), status: status.join("") };
}

/** A temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "gef-test-"));
  return { dir, file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a workbook whose sheets are given as rows of values (a string "=…" becomes a formula). */
export async function writeXlsx(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : (v as ExcelJS.CellValue);
      }),
    );
  }
  await wb.xlsx.writeFile(file);
}

/** Reads back one sheet of a written workbook as rows of plain values. */
export async function readXlsx(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`feuille ${sheet} absente`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const values = row.values as unknown[];
    rows[r - 1] = values.slice(1);
  });
  return rows;
}

/** Rows of a template for {@link writeXlsx}: formulas with their computed result, as Excel saves them. */
export function modeleRows(t: {
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
}): unknown[][] {
  return t.values.map((row, r) =>
    row.map((v, c) => {
      const f = t.formulas[r]?.[c];
      if (typeof f === "string" && f.startsWith("="))
        return typeof v === "number" || typeof v === "string"
          ? { formula: f.slice(1), result: v }
          : { formula: f.slice(1) };
      return v;
    }),
  );
}

/**
 * Writes a workbook row by row with exceljs's streaming writer (shared strings, as Excel saves them):
 * fast and light enough for a million rows. Cells as in {@link writeXlsx}.
 */
export async function writeXlsxStream(
  file: string,
  sheets: Record<string, Iterable<readonly unknown[]>>,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) {
      const cells = row.map(
        (v) =>
          (typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : (v ?? null)) as ExcelJS.CellValue,
      );
      ws.addRow(cells).commit();
    }
    ws.commit();
  }
  await wb.commit();
}

/**
 * Recalculates `file` with LibreOffice (test/support/libreoffice.ts) and returns a copy beside it,
 * LibreOffice's working folder removed.
 */
export function recalculated(file: string): string {
  const result = recalculate(file);
  const copy = file.replace(/\.xlsx$/i, "-recalcule.xlsx");
  copyFileSync(result, copy);
  rmSync(path.dirname(path.dirname(result)), { recursive: true, force: true });
  return copy;
}
