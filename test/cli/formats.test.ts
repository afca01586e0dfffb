/** Issue 13, point 2: .csv files (RPLS open data), .ods and .xls through LibreOffice. */
import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { csvValue, guessSeparator } from "../../src/xlsx/csv";
import { makeLogementGrid } from "../../sandbox/logement-grid";
import { gef, tempDir, writeXlsx } from "../support/cli";
import { sofficePath } from "../support/libreoffice";

jest.setTimeout(120_000);

/** A grid as CSV text: fields with the separator, quotes or line breaks are quoted. */
function toCsv(grid: readonly (readonly unknown[])[], sep: string, decimal: string): string {
  const field = (v: unknown): string => {
    const s =
      v === null || v === undefined
        ? ""
        : typeof v === "number"
          ? String(v).replace(".", decimal)
          : typeof v === "string"
            ? v
            : JSON.stringify(v);
    return /["\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return grid.map((row) => row.map(field).join(sep)).join("\r\n");
}

/** What `gef repartitions --json` says, without the file's own name. */
async function repartition(file: string): Promise<unknown> {
  const r = await gef("repartitions", file, "--json", "--autres");
  expect(r.err).toBe("");
  const json = JSON.parse(r.out) as Record<string, unknown>;
  delete json.fichier;
  delete json.feuille;
  return json;
}

describe("autres formats que le .xlsx", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  // RPLS column names (DEPCOM_CODE, EPCI_CODE, FINAN_CODE, NBPIECE…), commune codes with their leading zero.
  const grid = makeLogementGrid(800, { seed: 13, scheme: "2024" });
  const xlsx = t.file("rpls.xlsx");

  beforeAll(async () => {
    await writeXlsx(xlsx, { RPLS: grid });
  });

  it("garde les zéros de tête des codes et lit les nombres à la française", () => {
    expect(csvValue("06088", ";")).toBe("06088");
    expect(csvValue("0", ";")).toBe(0);
    expect(csvValue("12,5", ";")).toBe(12.5);
    expect(csvValue("12,5", ",")).toBe("12,5");
    expect(csvValue("1234567890123456", ";")).toBe("1234567890123456");
    expect(csvValue("", ";")).toBeNull();
    expect(guessSeparator('"a;b",c,d')).toBe(",");
    expect(guessSeparator("DEPCOM_CODE;EPCI_CODE;FINAN_CODE")).toBe(";");
  });

  it("lit un .csv « ; » en UTF-8 avec BOM, « , » sans BOM, ou en Windows-1252, comme le même tableau en .xlsx", async () => {
    const expected = await repartition(xlsx);
    const bom = t.file("rpls-bom.csv");
    writeFileSync(bom, `\ufeff${toCsv(grid, ";", ",")}`, "utf8");
    const comma = t.file("rpls-virgule.csv");
    writeFileSync(comma, toCsv(grid, ",", "."), "utf8");
    const ansi = t.file("rpls-ansi.csv");
    writeFileSync(ansi, Buffer.from(toCsv(grid, ";", ","), "latin1"));
    for (const file of [bom, comma, ansi]) expect(await repartition(file)).toEqual(expected);
  });

  it("lit les champs entre guillemets : séparateur, guillemet doublé et retour à la ligne dedans", async () => {
    const file = t.file("guillemets.csv");
    writeFileSync(
      file,
      'Logement;Réservataire;Étape;Date\r\n"L;1";"PRÉFECTURE ""06""";"mise à disposition";01/03/2024\r\n"L2";"VILLE DE\nNICE";attribution;02/03/2024\r\n',
      "utf8",
    );
    const r = await gef("decompte", file, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { evenements: number; lignes: { reservataire: string }[] };
    expect(json.evenements).toBe(2);
    expect(json.lignes.map((l) => l.reservataire)).toEqual(expect.arrayContaining(['PRÉFECTURE "06"']));
  });

  const withLibreOffice = sofficePath() === undefined ? it.skip : it;

  withLibreOffice(
    "convertit un .ods et un .xls par LibreOffice et les lit comme le .xlsx",
    async () => {
      const expected = await repartition(xlsx);
      const soffice = sofficePath() ?? "";
      for (const format of ["ods", "xls"]) {
        execFileSync(
          soffice,
          [
            `-env:UserInstallation=file://${t.dir}/profil`,
            "--headless",
            "--norestore",
            "--convert-to",
            format,
            "--outdir",
            t.dir,
            xlsx,
          ],
          { stdio: "pipe", timeout: 120_000 },
        );
        const file = t.file(`rpls.${format}`);
        expect(await repartition(file)).toEqual(expected);
      }
    },
    600_000,
  );

  it("sans LibreOffice, dit en français comment convertir un .ods", async () => {
    const file = t.file("sans-lo.ods");
    copyFileSync(xlsx, file);
    const saved = process.env.GEF_SOFFICE;
    process.env.GEF_SOFFICE = "";
    try {
      const r = await gef("repartitions", file);
      expect(r.code).toBe(2);
      expect(r.err).toContain("est au format OpenDocument (.ods)");
      expect(r.err).toContain("enregistrez-le au format « Classeur Excel (.xlsx) »");
      expect(path.basename(file)).toBe("sans-lo.ods");
    } finally {
      if (saved === undefined) delete process.env.GEF_SOFFICE;
      else process.env.GEF_SOFFICE = saved;
    }
  });
});
