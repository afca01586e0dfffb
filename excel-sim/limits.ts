/**
 * Office's limits as the simulated workbook enforces them (learn.microsoft.com, « Resource limits
 * and performance optimization for Office Add-ins » and « Read or write to a large range using the
 * Excel JavaScript API »): Excel on the web refuses a request or a response above 5 MB, and any
 * platform may refuse a read above 5 000 000 cells. The simulation applies them everywhere (the
 * strictest host), measuring each sync's request and response as JSON bytes (UTF-8).
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
/**
 * What each queued command adds to a request besides its data (object path, method, ids) (docs/choix.md
 * « Classeur simulé : ce qu'il calcule »).
 */
export const COMMAND_OVERHEAD = 120;

/** UTF-8 bytes of a value as JSON: the pane's own measure (src/excel/block-reader.ts), one definition. */
export { jsonBytes } from "../src/excel/block-reader";
