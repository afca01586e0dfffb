/**
 * Where `gef` writes, settled before anything is written (docs/choix.md « Fichiers écrits par gef »): every output is
 * compared with every input and with the other outputs (the same file by another path, a link, another case on a
 * case-insensitive disk), its folder must exist and take files, and file names made from
 * réservataires' names are cut to what a file system holds and made unique within the run.
 */
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { DETAILS_CLI, NOTES_CLI } from "../domain";
import { CliError, systemDetail } from "./errors";
import { sameFile } from "./files";
import type { Io } from "./io";

/** A file a command reads or writes, with the option (or argument) that named it, for messages. */
export interface NamedPath {
  readonly file: string;
  /** « -o », « --html », « --objectifs »…; undefined for the file given without an option. */
  readonly option?: string;
}

/**
 * Refuses outputs that name an input or each other, and an output whose folder is missing or
 * read-only, before anything is read or written.
 * @throws CliError SORTIE_EST_LECTURE, SORTIES_IDENTIQUES, DOSSIER_ABSENT, DOSSIER_INACCESSIBLE
 */
export function checkOutputs(inputs: readonly NamedPath[], outputs: readonly NamedPath[]): void {
  outputs.forEach((out, i) => {
    const input = inputs.find((inp) => sameFile(inp.file, out.file));
    if (input !== undefined)
      throw new CliError("SORTIE_EST_LECTURE", {
        fichier: out.file,
        option: out.option,
        ...(input.option === undefined ? {} : { detail: input.option }),
      });
    const twin = outputs.slice(0, i).find((o) => sameFile(o.file, out.file));
    if (twin !== undefined)
      throw new CliError("SORTIES_IDENTIQUES", {
        fichier: out.file,
        option: twin.option ?? "-o",
        detail: out.option ?? "-o",
      });
    checkFolder(out.file);
  });
}

/** Refuses `-o ""` (it wrote « - A.xlsx » in the current folder). `example` says what to type. */
export function checkNotEmpty(option: string, value: string | undefined, example: string): void {
  if (value !== undefined && value.trim() === "") throw new CliError("SORTIE_VIDE", { option, detail: example });
}

/** The folder a file goes in, as the user typed it (« . » for the current one). */
const folderOf = (file: string): string => path.dirname(file);

/**
 * Checks that the folder of `file` (or `dossier`) exists and takes new files.
 * @throws CliError DOSSIER_ABSENT or DOSSIER_INACCESSIBLE, naming the file and the folder
 */
export function checkFolder(file: string, dossier = folderOf(file)): void {
  try {
    if (!statSync(dossier).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    accessSync(dossier, constants.W_OK);
  } catch (e) {
    throw folderError(e, file, dossier);
  }
}

/** The nearest folder of `dossier`'s path that exists (itself when it does), absolute or relative as `dossier` was typed. */
function existingAncestor(dossier: string): string {
  let parent = path.resolve(dossier);
  while (!exists(parent) && path.dirname(parent) !== parent) parent = path.dirname(parent);
  return path.isAbsolute(dossier) ? parent : path.relative(process.cwd(), parent) || ".";
}

/**
 * Checks, without creating anything, that the folder `-o dossier/` names exists and takes files, or
 * can be created: its nearest existing parent is a folder that takes files.
 * @throws CliError naming that folder (read-only, or a file)
 */
export function checkFolderCreatable(dossier: string): void {
  const ancestor = existingAncestor(dossier);
  checkFolder(dossier, ancestor);
}

/** Creates the folder `-o dossier/` names, with its missing parents. @throws CliError naming the folder that refused */
export function makeFolder(dossier: string): void {
  try {
    mkdirSync(dossier, { recursive: true });
  } catch (e) {
    throw folderError(e, dossier, existingAncestor(dossier));
  }
}

function folderError(e: unknown, file: string, dossier: string): CliError {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ENOTDIR" && exists(dossier))
    return new CliError("DOSSIER_INACCESSIBLE", { fichier: file, dossier, detail: DETAILS_CLI.pasUnDossier });
  if (code === "ENOENT" || code === "ENOTDIR") return new CliError("DOSSIER_ABSENT", { fichier: file, dossier });
  return new CliError("DOSSIER_INACCESSIBLE", { fichier: file, dossier, detail: systemDetail(e) });
}

const exists = (file: string): boolean => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};

/** Says, under what a command wrote, how many invalid characters left its texts (on stderr beside JSON). */
export function tellRemoved(io: Io, removed: number, json: boolean): void {
  if (removed === 0) return;
  const note = NOTES_CLI.caracteresRetires(removed);
  if (json) io.err(`gef : ${note}`);
  else io.out(note);
}

/**
 * Refuses an output that is empty, not an .xlsx, one of the inputs (GEF never replaces a file it
 * reads), or in a folder that is missing or read-only — before anything is read.
 */
export function refuseInput(inputs: readonly NamedPath[], output: string | undefined): void {
  checkNotEmpty("-o", output, "« -o sortie.xlsx »");
  if (output === undefined) return;
  if (!/\.xlsx$/i.test(output)) throw new CliError("SORTIE_PAS_XLSX", { fichier: output });
  checkOutputs(inputs, [{ file: output, option: "-o" }]);
}
