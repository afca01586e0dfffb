/**
 * `gef programme`: a new operation's first lettings split among its réservataires, the « Programme <nom> »
 * sheet whose check formulas LibreOffice recalculates to OK, the JSON keys, the exit codes.
 */
import ExcelJS from "exceljs";
import { gef, readXlsx, recalculated, tempDir, writeXlsx } from "../support/cli";
import { sofficePath } from "../support/libreoffice";
import { readEntry } from "../../src/xlsx";
import { readZipFile } from "../../src/xlsx/node";

jest.setTimeout(120_000);

/** The AN 17-2768 operation: 20 dwellings (12 PLUS T3 in A, 8 PLAI T2 in B), floors 0 to 3. */
const OPERATION = [
  ["Opération Les Oliviers, livraison 2026"],
  [],
  ["N° logement", "Financement", "Typologie", "Bâtiment", "Étage"],
  ...Array.from({ length: 12 }, (_, i) => [`A${i + 1}`, "PLUS", "T3", "A", i % 4 === 0 ? "RDC" : i % 4]),
  ...Array.from({ length: 8 }, (_, i) => [`B${i + 1}`, "PLAI", 2, "B", i % 4]),
];

const DROITS = [
  ["Réservataire", "Part", "Garant", "Montant garanti"],
  ["Commune des Oliviers", "5 %", "oui", 250_000],
  ["Métropole", "5 %", "oui", 250_000],
  ["Département", "10 %", "oui", 500_000],
  ["Préfet", "25 %", "", ""],
  ["Action Logement", "30 %", "", ""],
];

interface Sortie {
  totaux: Record<string, number>;
  tableau: { reservataire: string; financement: string; typologie: string; logements: number }[];
  logements: { logement: string; reservataire: string }[];
  constats: { code: string; niveau: string; message: string }[];
}

describe("gef programme", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("donne 1 / 1 / 2 logements aux garants à 25 / 25 / 50 % des garanties (AN 17-2768), en JSON aux clés exactes", async () => {
    const file = t.file("oliviers.xlsx");
    await writeXlsx(file, { Opération: OPERATION, "Droits du programme": DROITS });
    const r = await gef("programme", file, "--json");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as Sortie;
    expect(Object.keys(s)).toEqual(["totaux", "tableau", "logements", "constats"]);
    // 20 × 5 % = 1, 20 × 10 % = 2, 20 × 25 % = 5, 20 × 30 % = 6; 25 % left: 5 « Non réservé ».
    expect(s.totaux).toEqual({
      "Commune des Oliviers": 1,
      Métropole: 1,
      Département: 2,
      Préfet: 5,
      "Action Logement": 6,
      "Non réservé": 5,
    });
    expect(s.logements).toHaveLength(20);
    expect(new Set(s.logements.map((l) => l.logement)).size).toBe(20);
    // Columns: PLAI T2 (8), PLUS T3 (12). Action Logement: 30 % of 8 = 2,4 and of 12 = 3,6 → 2 + 4 or 3 + 3.
    const al = s.tableau
      .filter((c) => c.reservataire === "Action Logement")
      .map((c) => [c.financement, c.typologie, c.logements]);
    expect(al.map((c) => c.slice(0, 2))).toEqual([
      ["PLAI", "T2"],
      ["PLUS", "T3"],
    ]);
    expect([
      [2, 4],
      [3, 3],
    ]).toContainEqual(al.map((c) => c[2]));
    expect(s.constats).toEqual([]);
  });

  it("refuse les garants au-delà de 20 % sans --convention (code 1), les accepte avec", async () => {
    const file = t.file("garants.xlsx");
    await writeXlsx(file, { Opération: OPERATION });
    const args = [
      "programme",
      file,
      "--part",
      "Ville=15",
      "--part",
      "EPCI=10",
      "--garant",
      "Ville=60000",
      "--garant",
      "EPCI=40000",
    ];
    const sans = await gef(...args);
    expect(sans.code).toBe(1);
    expect(sans.err).toContain(
      "erreur : Les garants d'emprunt (Ville, EPCI) ont 25 %, au-delà du plafond de 20 % (20 % du programme, CCH R.441-5).",
    );
    const avec = await gef(...args, "--convention", "--json");
    expect(avec.code).toBe(0);
    expect((JSON.parse(avec.out) as Sortie).constats.map((c) => [c.code, c.niveau])).toEqual([
      ["PLAFOND_GARANTS", "info"],
    ]);
  });

  it.each([
    [["programme"], /Indiquez un seul classeur/],
    [["programme", "x.xlsx", "--part", "=20"], /--part « =20 » : tapez NOM=VALEUR/],
    [["programme", "x.xlsx", "--part", "Ville=vingt"], /--part Ville : « vingt »/],
    [["programme", "x.xlsx", "--garant", "Ville=beaucoup"], /--garant Ville : « beaucoup » n'est pas un montant/],
    [["programme", "x.xlsx", "--livraison", "26"], /--livraison : « 26 »/],
  ])("refuse des arguments inutilisables (code 2) : %j", async (args, message) => {
    const r = await gef(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("refuse un classeur sans table des logements ou sans parts (code 2), en disant quoi ajouter", async () => {
    const file = t.file("vide.xlsx");
    await writeXlsx(file, { Feuil1: [["Rien"]] });
    const r = await gef("programme", file, "--part", "A=10");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Aucune table des logements de l'opération");
    const sansParts = t.file("sans-parts.xlsx");
    await writeXlsx(sansParts, { Opération: OPERATION });
    const r2 = await gef("programme", sansParts);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain("Aucune part de réservataire : ajoutez une table « Droits du programme »");
  });

  it("écrit « Programme <nom> » : tableau, contrôles, logements et graphique empilé 100 %", async () => {
    const file = t.file("oliviers-2.xlsx");
    const out = t.file("repartition.xlsx");
    await writeXlsx(file, { Opération: OPERATION, "Droits du programme": DROITS });
    const r = await gef("programme", file, "--livraison", "2026", "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Écrit : ");
    const rows = await readXlsx(out, "Programme oliviers-2");
    expect(rows[0]?.[0]).toBe(
      "Programme oliviers-2 – répartition des premières locations (20 logements) – livraison 2026",
    );
    expect(rows.flat()).toContain(
      "Livraison 2026 : chaque première location compte dans le flux de son réservataire pour 2026.",
    );
    const zip = await readZipFile(out);
    const chart = (await readEntry(zip, "xl/charts/chart1.xml"))?.toString("utf8") ?? "";
    expect(chart).toContain('<c:grouping val="percentStacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
  });

  (sofficePath() ? it : it.skip)(
    "a des formules de contrôle que LibreOffice recalcule toutes à OK (SOMME par ligne et par colonne)",
    async () => {
      const file = t.file("oliviers-3.xlsx");
      const out = t.file("repartition-3.xlsx");
      await writeXlsx(file, { Opération: OPERATION, "Droits du programme": DROITS });
      expect((await gef("programme", file, "-o", out)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated(out));
      const ws = wb.getWorksheet("Programme oliviers-3");
      const checks: unknown[] = [];
      const sums: string[] = [];
      ws?.eachRow((row) =>
        row.eachCell((cell) => {
          const f = cell.formula;
          if (f?.startsWith("IF(")) checks.push((cell.value as { result?: unknown }).result);
          if (f?.startsWith("SUM(")) sums.push(f);
        }),
      );
      // Six rows (five réservataires and « Non réservé »), two categories and the grand total.
      expect(checks).toEqual(Array(9).fill("OK"));
      expect(sums).toContain("SUM(C9:D9)");
      expect(sums).toContain("SUM(C9:C14)");
    },
  );
});
