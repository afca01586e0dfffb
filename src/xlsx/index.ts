/**
 * GEF's file-format engine: reading .xlsx and .csv files into grids, patching cells into an .xlsx,
 * writing workbooks (exceljs) and their charts. It imports src/domain and src/jobs, never src/cli;
 * `gef` and the pane use it through this index.
 */
export { XlsxError, systemDetail } from "./errors";
export type { XlsxSheet, WorkbookGrids } from "./sheet-grid";
export { HEAD_ROWS, CompactSheet } from "./compact-grid";
export { MAX_COLS, MAX_ROWS } from "./cell-bytes";
export { EXCEL_MAX_CHARS, cellText, safeCell, type CellText } from "./cell-text";
export { xmlTally, xmlText, escapeXml, type XmlTally } from "./xml-text";
export { XmlError, MAX_ELEMENT } from "./xml-bytes";
export {
  ZipError,
  MAX_WHOLE_PART,
  MAX_SHARED_STRINGS,
  MAX_STREAMED_PART,
  readZip,
  readEntry,
  entryChunks,
  type Zip,
  type ZipEntry,
} from "./zip";
export { readXlsxFile, isDateFormat, type ReadXlsx } from "./xlsx-read";
export { readCsvFile, guessSeparator } from "./csv";
export { patchWorkbook, sheetPart, sheetFormulasFromZip } from "./xlsx-patch";
export { applyCellWrites, cleanWorkbookTexts, unshareFormulas, writeWorkbookFile } from "./write-cells";
export { writePlan, writePlans } from "./plan-xlsx";
export { addCharts } from "./chart-xlsx";
export { writeAtomically, writeError, writeTextFile } from "./node-files";
