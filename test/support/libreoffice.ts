/**
 * A real spreadsheet application as a second formula engine for the command line's output:
 * LibreOffice headless opens an .xlsx, recalculates every formula (forced by a private profile),
 * and saves it again; exceljs then reads the cached results.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const CANDIDATES = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

/** Path of soffice, or undefined when LibreOffice is not installed. */
export function sofficePath(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates `file` with LibreOffice and returns the path of the recalculated copy. */
export function recalculate(file: string): string {
  const soffice = sofficePath();
  if (!soffice)
    throw new Error("LibreOffice introuvable : « apt-get install -y libreoffice-calc » ou « bash .ci/run »");
  const work = mkdtempSync(path.join(tmpdir(), "gef-lo-"));
  const profile = path.join(work, "profil");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = path.join(work, "sortie");
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
  const result = path.join(out, path.basename(file).replace(/\.[^.]+$/, ".xlsx"));
  if (!existsSync(result)) throw new Error(`LibreOffice n'a pas produit ${result}`);
  return result;
}
