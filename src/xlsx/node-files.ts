/**
 * Writing files on Node (for `gef`): through a temporary file renamed once complete, and the French
 * error of a failed write naming the file and its cause.
 */
import { statSync } from "node:fs";
import { open, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import { XlsxError, systemDetail } from "./errors";
import { cleanWorkbookTexts } from "./write-cells";
import { writeZip, type Zip } from "./zip";

/**
 * Writes a file through a temporary file in the same folder, then renames it: never half a file, and
 * nothing left behind when the disk is full. The temporary name is short (a long output name plus a
 * prefix would pass the 255 bytes a file name may hold).
 * @throws XlsxError naming the file and the cause (see {@link writeError})
 */
export async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(file), `.~gef-${process.pid}-${++tmpCount}.tmp`);
  try {
    await write(tmp);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw writeError(e, file);
  }
}

let tmpCount = 0;

/** Writes a text file (UTF-8) atomically. */
export const writeTextFile = (file: string, text: string): Promise<void> =>
  writeAtomically(file, (tmp) => writeFile(tmp, text, "utf8"));

/** The folder a file goes in, as the user typed it (« . » for the current one). */
const folderOf = (file: string): string => path.dirname(file);

const exists = (file: string): boolean => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};

/**
 * The French error for a failed write of `file` (docs/choix.md « Fichiers écrits par gef »): its folder missing (« le
 * dossier … n'existe pas ») or not writable (« … n'est pas accessible en écriture »); « ouvert dans Excel ? » only for
 * an existing file the system keeps busy or locked (EBUSY, EPERM, EACCES on the file itself, as Windows answers for a
 * workbook open in Excel); otherwise the cause in French.
 */
export function writeError(e: unknown, file: string): XlsxError {
  if (e instanceof XlsxError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const dossier = folderOf(file);
  if (code === "ENOENT" || code === "ENOTDIR") {
    if (!exists(dossier)) return new XlsxError("DOSSIER_ABSENT", { fichier: file, dossier });
  }
  if (code === "EBUSY" || code === "EPERM" || code === "EACCES" || code === "ETXTBSY") {
    if (exists(file)) return new XlsxError("FICHIER_OCCUPE", { fichier: file, detail: systemDetail(e) });
    if (code !== "EBUSY")
      return new XlsxError("DOSSIER_INACCESSIBLE", { fichier: file, dossier, detail: systemDetail(e) });
  }
  if (code === "EROFS")
    return new XlsxError("DOSSIER_INACCESSIBLE", { fichier: file, dossier, detail: systemDetail(e) });
  return new XlsxError("ECRITURE", { fichier: file, detail: systemDetail(e) });
}

/** Writes a copy of `zip` to `file` (see {@link writeZip}). */
export async function writeZipFile(
  file: string,
  zip: Zip,
  replace: ReadonlyMap<string, Buffer>,
  drop?: ReadonlySet<string>,
): Promise<void> {
  const handle = await open(file, "w");
  try {
    await writeZip(async (b) => void (await handle.write(b)), zip, replace, drop);
  } finally {
    await handle.close();
  }
}

/**
 * Writes a workbook atomically (see {@link writeAtomically}), its texts cleaned first.
 * @returns the number of characters removed from its texts ({@link cleanWorkbookTexts})
 */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, file: string): Promise<number> {
  const removed = cleanWorkbookTexts(workbook);
  await writeAtomically(file, (tmp) => workbook.xlsx.writeFile(tmp));
  return removed;
}
