/** exceljs cell values as the domain reads them. */
import type ExcelJS from "exceljs";

/** Plain value of an exceljs cell value (formula → its result, rich text → its text). */
export function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("formula" in v || "sharedFormula" in v) {
    const r = v.result;
    return r !== null && typeof r === "object" && !(r instanceof Date) ? r.error : (r ?? null);
  }
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("hyperlink" in v) return v.text;
  if ("error" in v) return v.error;
  return null;
}
