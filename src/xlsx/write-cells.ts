/**
 * Writing the filler's planned cells into an exceljs workbook read from the user's file, so that
 * every other sheet, style and comment is written back as it was.
 */
import ExcelJS from "exceljs";
import type { CellWrite, Grid } from "../domain";
import { xmlTally, xmlText, type XmlTally } from "./xml-text";

/**
 * Turns the sheet's shared formulas into plain ones (each cell its own formula text, its result
 * kept), so that rewriting one cell of a group never leaves the others pointing at a formula that
 * is gone. Array formulas are left alone.
 */
export function unshareFormulas(sheet: ExcelJS.Worksheet): void {
  const plain: { cell: ExcelJS.Cell; formula: string; result: ExcelJS.CellFormulaValue["result"] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      // exceljs's typings omit `shareType`, which marks the first cell of a shared group.
      const v = cell.value as (ExcelJS.CellFormulaValue & { shareType?: string }) | ExcelJS.CellSharedFormulaValue;
      const shared = "sharedFormula" in v || ("shareType" in v && v.shareType === "shared");
      if (shared && typeof cell.formula === "string" && cell.formula !== "")
        plain.push({ cell, formula: cell.formula, result: v.result });
    }),
  );
  for (const p of plain)
    p.cell.value = p.result === undefined ? { formula: p.formula } : { formula: p.formula, result: p.result };
}

/** The result Excel will show, kept beside a formula for readers that do not recalculate. */
function resultOf(value: unknown): number | string | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Applies planned writes to a worksheet: formulas without their leading « = », numbers as numbers,
 * text that Excel would take for a formula as plain text (format « @ »), number formats per cell.
 * @param results the sheet's values once evaluated, for the formulas' cached results
 */
export function applyCellWrites(sheet: ExcelJS.Worksheet, writes: readonly CellWrite[], results: Grid): void {
  for (const w of writes) {
    const cell = sheet.getCell(w.row + 1, w.col + 1);
    const numFmt = w.asText === true ? "@" : w.numberFormat;
    // A copy of the style: cells read from a file may share one style object.
    if (numFmt !== undefined) cell.style = { ...cell.style, numFmt };
    if (w.asText === true) {
      cell.value = String(w.value ?? "");
    } else if (w.formula !== undefined) {
      const formula = w.formula.replace(/^=/, "");
      const result = resultOf(results[w.row]?.[w.col]);
      cell.value = result === undefined ? { formula } : { formula, result };
    } else if (w.value !== undefined) {
      cell.value = w.value;
    }
  }
}

/** The texts of a cell value without what XML forbids (see xml-text.ts); other values as they are. */
function cleanValue(v: ExcelJS.CellValue, tally: XmlTally): ExcelJS.CellValue {
  if (typeof v === "string") return xmlText(v, tally);
  if (v === null || typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return { ...v, richText: v.richText.map((r) => ({ ...r, text: xmlText(r.text, tally) })) };
  if ("formula" in v && typeof v.formula === "string") {
    const result = typeof v.result === "string" ? xmlText(v.result, tally) : v.result;
    return { ...v, formula: xmlText(v.formula, tally), ...(result === undefined ? {} : { result }) };
  }
  if ("hyperlink" in v) return { ...v, text: xmlText(String(v.text), tally), hyperlink: xmlText(v.hyperlink, tally) };
  return v;
}

/**
 * Every text of an exceljs workbook (sheet names, cells, formulas, links) passed through
 * {@link xmlText} before it is written: exceljs writes them as they are, and a U+FFFE or an ESC in a
 * shared string makes a file Excel refuses. @returns the number of characters removed
 */
export function cleanWorkbookTexts(workbook: ExcelJS.Workbook): number {
  const tally = xmlTally();
  workbook.eachSheet((ws) => {
    const name = xmlText(ws.name, tally);
    if (name !== ws.name) ws.name = name;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A shared formula's copies hold no text of their own: left as exceljs keeps them.
        if (cell.type === ExcelJS.ValueType.Formula && "sharedFormula" in (cell.value as object)) return;
        const before = tally.removed;
        const clean = cleanValue(cell.value, tally);
        if (tally.removed !== before) cell.value = clean;
      }),
    );
  });
  return tally.removed;
}
