/**
 * The files a batch command works on: the paths given, a folder (its .xlsx files), or a pattern
 * such as `dossier/*.xlsx` that the shell did not expand (the Windows command prompt never does).
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { CliError } from "./errors";

const WILDCARD = /[*?]/;

/**
 * Excel's lock files (« ~$classeur.xlsx ») are not workbooks. A folder gives its .xlsx, .xlsm, .ods
 * and .xls files (the last two converted through LibreOffice); a .csv is read when named (docs/choix.md
 * « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »).
 */
const isWorkbookName = (name: string): boolean =>
  /\.(xlsx|xlsm|ods|xls)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".~");

function wildcardRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, process.platform === "win32" ? "i" : "");
}

function listDir(dir: string, keep: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && keep(e.name))
      .map((e) => path.join(dir, e.name))
      .sort((a, b) => a.localeCompare(b, "fr"));
  } catch {
    return [];
  }
}

const isDirectory = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Expands the arguments into files, in the order given (each pattern or folder sorted by name),
 * without duplicates. A plain path is kept even when it does not exist: reading it reports that.
 * @throws CliError AUCUN_FICHIER for a pattern or folder that gives no .xlsx
 */
export function expandFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  };
  for (const arg of args) {
    let found: string[];
    if (isDirectory(arg)) {
      found = listDir(arg, isWorkbookName);
    } else if (WILDCARD.test(path.basename(arg)) && !WILDCARD.test(path.dirname(arg))) {
      const re = wildcardRegExp(path.basename(arg));
      found = listDir(path.dirname(arg), (name) => re.test(name) && !name.startsWith("~$"));
    } else {
      add(arg);
      continue;
    }
    if (found.length === 0) throw new CliError("AUCUN_FICHIER", { fichier: arg });
    found.forEach(add);
  }
  return out;
}

const CASELESS = process.platform === "win32" || process.platform === "darwin";

/** A path's real form: links of the file or, for a file not there yet, of its folder resolved. */
function realPath(p: string): string {
  const abs = path.resolve(p);
  let real = abs;
  try {
    real = realpathSync.native(abs);
  } catch {
    try {
      real = path.join(realpathSync.native(path.dirname(abs)), path.basename(abs));
    } catch {
      // Folder missing too: the path as typed, resolved.
    }
  }
  // Windows drops a name's trailing dots and spaces; Windows and macOS disks ignore case by default.
  if (process.platform === "win32") real = real.replace(/[. ]+$/, "");
  return CASELESS ? real.normalize("NFC").toLowerCase() : real;
}

function fileId(p: string): string | undefined {
  try {
    const s = statSync(p, { bigint: true });
    return s.ino === 0n ? undefined : `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * True when two paths name the same file (docs/choix.md « Fichiers écrits par gef »): two existing files by their
 * device and inode (a hard or symbolic link, « ./a.xlsx » and « a.xlsx », another case on a case-insensitive disk);
 * otherwise by their real paths, compared without case on Windows and macOS.
 */
export function sameFile(a: string, b: string): boolean {
  const ia = fileId(a);
  const ib = fileId(b);
  if (ia !== undefined && ib !== undefined) return ia === ib;
  return realPath(a) === realPath(b);
}
