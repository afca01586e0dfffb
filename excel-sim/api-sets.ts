/**
 * Requirement sets of the simulated workbook (learn.microsoft.com, « Excel JavaScript API requirement
 * sets » and « Error handling with the application-specific JavaScript APIs »): a member of a set the
 * host lacks fails at sync with `ApiNotFound` (« The API you are trying to use could not be found. It may
 * be available in a newer version of Excel. »), the error Excel gives; the add-in asks first through
 * `isSetSupported`. The host's highest set is `BookModel.excelApi` (all of them unless lowered).
 */
import type { SimContext } from "./context";
import { simError } from "./errors";

/** The minor number of « 1.8 » (only ExcelApi 1.x exists). */
export function minorOf(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** `Office.context.requirements.isSetSupported` as this host answers it. */
export function isSetSupported(ctx: SimContext, name: string, version: string): boolean {
  return name === "ExcelApi" && minorOf(version) <= ctx.book.excelApi;
}

/** Throws, inside a command, the error of a member of ExcelApi 1.`minor` on a host without it. */
export function requireSet(ctx: SimContext, minor: number, member: string): void {
  if (minor <= ctx.book.excelApi) return;
  throw simError(
    "ApiNotFound",
    `${member} fait partie d'ExcelApi 1.${minor}, absent de cet Excel (ExcelApi 1.${ctx.book.excelApi} au plus) : l'API est introuvable.`,
  );
}
