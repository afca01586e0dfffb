/**
 * GEF's file-format engine, for `gef` and the pane alike: reading .xlsx and .csv files into grids
 * under the same limits everywhere, the platform's few parts (inflate, file bytes) passed in
 * (platform.ts; the pane's in platform-browser.ts), and exceljs cell writing. It imports src/domain
 * and src/jobs, never src/cli nor Node; what writes files on disk is in ./node (for `gef` only).
 */
export { XlsxError, systemDetail } from "./errors";
export { InflateLimit, asBuffer, type FileSource, type XlsxPlatform } from "./platform";
export { browserPlatform, blobFile } from "./platform-browser";
export {
  readWorkbookFile,
  readXlsxWorkbook,
  checkSignature,
  readFailure,
  isCsvName,
  type ReadOptions,
} from "./read-workbook";
export { readXlsx, isDateFormat, normalizePart, type ReadXlsx } from "./xlsx-read";
export { readCsv, guessSeparator } from "./csv";
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
  openZip,
  readZip,
  readEntry,
  entryChunks,
  type Zip,
  type ZipEntry,
} from "./zip";
export { applyCellWrites, cleanWorkbookTexts, unshareFormulas } from "./write-cells";
export { writePlan } from "./plan-xlsx";
