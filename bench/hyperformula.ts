/**
 * The same counts as the breakdown's financement × typologie matrix, done with COUNTIFS (SUMIFS of
 * ones) in HyperFormula, a spreadsheet engine: what a workbook of formulas would cost. HyperFormula is
 * GPL-3 and a dev dependency: the benchmark only, never in what `npm run build` publishes.
 */
import { HyperFormula } from "hyperformula";

/** Milliseconds to build a sheet of `financement`, `typologie`, 1 per dwelling and compute 6 × 8 SUMIFS. */
export function sumifsMs(
  financement: ArrayLike<number>,
  typologie: ArrayLike<number>,
  size: number,
): { ms: number; total: number } {
  const rows: (number | string)[][] = new Array<(number | string)[]>(size);
  for (let i = 0; i < size; i++) rows[i] = [(financement[i] ?? 0) % 6, (typologie[i] ?? 0) % 8, 1];
  const formulas: string[][] = [];
  for (let f = 0; f < 6; f++) {
    const line: string[] = [];
    for (let t = 0; t < 8; t++)
      line.push(`=SUMIFS(Data!$C$1:$C$${size},Data!$A$1:$A$${size},${f},Data!$B$1:$B$${size},${t})`);
    formulas.push(line);
  }
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(
    { Data: rows, Comptes: formulas },
    { licenseKey: "gpl-v3", maxRows: 1_048_576, useColumnIndex: true },
  );
  const sheet = hf.getSheetId("Comptes") ?? 0;
  let total = 0;
  for (let f = 0; f < 6; f++) for (let t = 0; t < 8; t++) total += Number(hf.getCellValue({ sheet, row: f, col: t }));
  const ms = performance.now() - t0;
  hf.destroy();
  return { ms, total };
}
