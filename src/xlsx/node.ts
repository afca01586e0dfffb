/**
 * The engine's Node side, for `gef` only (the pane imports ./index): the Node platform (zlib, fs),
 * files written atomically, cells patched into an .xlsx on disk, workbooks and their charts written.
 */
export { nodePlatform, nodeFile, readZipFile } from "./platform-node";
export { writeAtomically, writeError, writeTextFile, writeWorkbookFile, writeZipFile } from "./node-files";
export { patchWorkbook, sheetPart, sheetFormulasFromZip } from "./xlsx-patch";
export { addCharts } from "./chart-xlsx";
export { writePlans } from "./plan-xlsx";
