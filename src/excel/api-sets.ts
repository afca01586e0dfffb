/**
 * Whether the host supports an ExcelApi set (learn.microsoft.com, « Excel JavaScript API requirement
 * sets »: data validation is ExcelApi 1.8, page layout 1.9). The simulated workbook answers through
 * its context; Office through `Office.context.requirements`; outside both (tests of plain logic), yes.
 */
import type { ExcelContext } from "./api";

export function supportsApi(context: ExcelContext, version: string): boolean {
  if (context.requirements !== undefined) return context.requirements.isSetSupported("ExcelApi", version);
  const req =
    typeof Office === "undefined" ? undefined : (Office.context as Partial<Office.Context> | undefined)?.requirements;
  return req === undefined ? true : req.isSetSupported("ExcelApi", version);
}
