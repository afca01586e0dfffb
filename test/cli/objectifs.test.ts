import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { gef, readXlsx, recalculated, tempDir, modeleRows, writeXlsx } from "../support/cli";
import { filledModele } from "../support/ddets-modele";

const DROITS = [
  ["Réservataire", "Droits"],
  ["PREFECTURE", 2000],
  ["ACTION LOGEMENT", 2760],
  ["VILLE DE GRASSE", 607],
];

jest.setTimeout(60_000);

describe("gef objectifs", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("répartit le volume 268 de CAPG en 100 / 138 / 30 et écrit « Objectifs » avec un contrôle natif juste (LibreOffice)", async () => {
    const file = t.file("bailleur.xlsx");
    const out = t.file("objectifs.xlsx");
    await writeXlsx(file, { "Calcul assiette": modeleRows(filledModele()), Droits: DROITS });
    const r = await gef("objectifs", file, "--epci", "CAPG", "-o", out);
    // 5 367 × 5 % = 268,35 → 268; ceilings ⌊67,09⌋ = 67 and ⌊13,42⌋ = 13. The PREFECTURE's 100 exceeds 67: warned, exit 1.
    expect(r.out).toContain("CAPG : volume 268 (268,35) ; plafonds de l'État : prioritaires 67, fonctionnaires 13");
    // Shares: 2 000 ÷ 5 367 = 37,26 %, 2 760 ÷ 5 367 = 51,43 %, 607 ÷ 5 367 = 11,31 %.
    expect(r.out).toMatch(/PREFECTURE\s+2\s000\s+37,26 %\s+100/);
    expect(r.out).toMatch(/ACTION LOGEMENT\s+2\s760\s+51,43 %\s+138/);
    expect(r.out).toMatch(/VILLE DE GRASSE\s+607\s+11,31 %\s+30/);
    expect(r.err).toContain("dépassent le plafond légal de 67");
    expect(r.code).toBe(1);
    const rows = await readXlsx(out, "Objectifs");
    expect(rows[0]?.[0]).toBe("Objectifs annuels par réservataire – 2024");
    expect(rows.slice(7, 10).map((row) => [row[0], row[1], row[5]])).toEqual([
      ["CAPG", "PREFECTURE", 100],
      ["CAPG", "ACTION LOGEMENT", 138],
      ["CAPG", "VILLE DE GRASSE", 30],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated(out));
    const ws = wb.getWorksheet("Objectifs");
    expect(ws?.getCell("C13").formula).toBe("SUMIF($A$8:$A$10,A13,$F$8:$F$10)");
    expect([
      ws?.getCell("B13").value,
      (ws?.getCell("C13").value as { result?: unknown }).result,
      (ws?.getCell("D13").value as { result?: unknown }).result,
    ]).toEqual([268, 268, "OK"]);
  });

  it("prend un volume saisi, et sort en 0 sans remarque (JSON)", async () => {
    const file = t.file("droits.xlsx");
    await writeXlsx(file, {
      Droits: [
        ["Réservataire", "Droits"],
        ["A", 2000],
        ["B", 2760],
        ["C", 607],
      ],
    });
    const r = await gef("objectifs", file, "--volume", "268", "--json");
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { epci: { libelle: string; lignes: { nom: string; objectif: number }[] }[] };
    expect(parsed.epci.map((e) => [e.libelle, e.lignes.map((l) => l.objectif)])).toEqual([
      ["Ensemble du bailleur", [100, 138, 30]],
    ]);
  });

  it("refuse un état des lieux incohérent sans --malgre-incoherences (code 1, rien d'écrit)", async () => {
    const file = t.file("edl.xlsx");
    const out = t.file("edl-objectifs.xlsx");
    await writeXlsx(file, {
      EDL: [
        ["", "", "T1", "T2", "T3", "TOTAL"],
        ["ACTION LOGEMENT", "PLUS", 10, 20, 30, 61],
      ],
    });
    const r = await gef("objectifs", file, "--volume", "12", "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain("rien n'est écrit");
    const forced = await gef("objectifs", file, "--volume", "12", "--malgre-incoherences", "-o", out);
    expect(forced.out).toMatch(/ACTION LOGEMENT\s+60\s+100 %\s+12/);
  });

  it.each([
    [["objectifs"], /Indiquez un seul classeur/],
    [["objectifs", "a.xlsx", "--epci", "NULLEPART"], /EPCI « NULLEPART » inconnu/],
    [["objectifs", "a.xlsx", "--volume", "beaucoup"], /--volume : « beaucoup » n'est pas un nombre de logements/],
    // Never rounded (« 12,5 » was 13), never a percentage (« 150 % » was a volume of 2).
    [
      ["objectifs", "a.xlsx", "--volume", "12,5"],
      /--volume : « 12,5 » n'est pas un nombre entier \(GEF n'arrondit pas ce que vous tapez\)/,
    ],
    [
      ["objectifs", "a.xlsx", "--volume", "150 %"],
      /--volume : « 150 % » est un pourcentage, pas un nombre de logements/,
    ],
    [
      ["objectifs", "a.xlsx", "-o", "a.xlsx"],
      /-o désigne le fichier lu \(a.xlsx\) : GEF ne remplace jamais le fichier qu'il lit/,
    ],
    [["objectifs", "a.xlsx", "--inconnue"], /Option inconnue : --inconnue/],
  ])("refuse %p avec le code 2", async (args, message) => {
    const r = await gef(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("dit quoi faire sans droits ni modèle, et pour un fichier qui n'est pas un .xlsx", async () => {
    const vide = t.file("vide.xlsx");
    await writeXlsx(vide, { Feuil1: [["rien"]] });
    expect(await gef("objectifs", vide)).toMatchObject({
      code: 2,
      err: expect.stringContaining("« Réservataire » et « Droits »"),
    });
    const texte = t.file("texte.xlsx");
    writeFileSync(texte, "pas un classeur");
    expect(await gef("objectifs", texte)).toMatchObject({
      code: 2,
      err: expect.stringContaining("n'est pas un classeur .xlsx"),
    });
    expect((await gef("objectifs", "--aide")).out).toContain("--malgre-incoherences");
  });
});
