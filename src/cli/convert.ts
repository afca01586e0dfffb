/**
 * .ods and .xls files converted to .xlsx through LibreOffice when it is installed (docs/choix.md
 * « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »): `soffice --headless --convert-to xlsx`, with a private profile
 * (so that a LibreOffice the user has open is left alone), no shell, a 2-minute limit, in a temporary folder removed
 * afterwards. Without LibreOffice, a French message says how to convert the file by hand.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CliError } from "./errors";

/** Where LibreOffice is looked for: $GEF_SOFFICE, then the usual places, then the PATH. */
export function sofficePath(): string | undefined {
  const env = process.env.GEF_SOFFICE;
  if (env !== undefined) return env !== "" && existsSync(env) ? env : undefined;
  const fixed = [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  ];
  const inPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((d) => path.join(d, process.platform === "win32" ? "soffice.exe" : "soffice"));
  return [...fixed, ...inPath].find((p) => existsSync(p));
}

/** Formats GEF converts, by extension. */
export const CONVERTED = new Set([".ods", ".xls", ".fods", ".xlsb"]);

const run = (cmd: string, args: readonly string[]): Promise<void> =>
  new Promise((ok, fail) => {
    execFile(cmd, [...args], { timeout: 120_000, windowsHide: true }, (e) =>
      e === null ? ok() : fail(new Error(e.message)),
    );
  });

/**
 * Converts `file` to .xlsx in a temporary folder, hands its path to `use`, then removes the folder.
 * @throws CliError CONVERSION_IMPOSSIBLE without LibreOffice or when it fails
 */
export async function withConverted<T>(file: string, use: (xlsx: string) => Promise<T>): Promise<T> {
  const format = path.extname(file).toLowerCase();
  const soffice = sofficePath();
  if (soffice === undefined)
    throw new CliError("CONVERSION_IMPOSSIBLE", {
      fichier: file,
      option: format,
      detail: "LibreOffice n'est pas installé",
    });
  const work = mkdtempSync(path.join(tmpdir(), "gef-conversion-"));
  try {
    const profile = pathToFileURL(path.join(work, "profil")).href;
    try {
      await run(soffice, [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        work,
        file,
      ]);
    } catch {
      throw new CliError("CONVERSION_IMPOSSIBLE", {
        fichier: file,
        option: format,
        detail: "LibreOffice n'a pas pu le convertir (fichier endommagé, protégé, ou conversion de plus de 2 minutes)",
      });
    }
    const out = path.join(work, `${path.basename(file, path.extname(file))}.xlsx`);
    if (!existsSync(out))
      throw new CliError("CONVERSION_IMPOSSIBLE", {
        fichier: file,
        option: format,
        detail: "LibreOffice n'a produit aucun classeur",
      });
    return await use(out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
