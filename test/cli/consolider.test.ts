import { existsSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { diagnoseModele } from "../../src/domain";
import { gef, readXlsx, recalculated, tempDir, modeleRows, writeXlsx } from "../support/cli";
import {
  EPCI_VAR,
  FIGURES_06_LIST,
  buildModele,
  expectedComputed,
  withCell,
  type EpciFigures,
  type ModeleGrids,
} from "../support/ddets-modele";
import { sofficePath } from "../support/libreoffice";

jest.setTimeout(60_000);

const SIGLES = ["CAPG", "CAPL", "CASA", "MNCA", "CARF"] as const;
const HEADER = [
  "Bailleur",
  "Patrimoine",
  "Logements exclus",
  "Logements soustraits",
  "Nouvelles opérations",
  "Assiette",
  "Taux de rotation",
  "Volume annuel",
  "Demandes prioritaires État",
  "Demandes fonctionnaires État",
  "Fichier",
];

/** The figures of FIGURES_06, shifted for bailleur k. */
const figuresOf = (k: number): EpciFigures[] =>
  FIGURES_06_LIST.map((f) => ({
    ...f,
    patrimoine: f.patrimoine + 100 * k,
    nouvelles: f.nouvelles + k,
    taux: Math.round((f.taux + 0.002 * k) * 1000) / 1000,
  }));

const named = (t: ModeleGrids, name: string | null): ModeleGrids => withCell(t, "B4", name);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** The row the consolidation must hold for one bailleur's EPCI column. */
function expectedRow(bailleur: string, fichier: string, f: EpciFigures): unknown[] {
  const c = expectedComputed(f);
  return [
    bailleur,
    f.patrimoine,
    c.exclusTotal,
    c.soustraitsTotal,
    f.nouvelles,
    c.assiette,
    f.taux,
    c.assiette * f.taux,
    c.etatPrioritaires,
    c.etatFonctionnaires,
    fichier,
  ];
}

const value = (v: unknown): unknown => (v !== null && typeof v === "object" && "result" in v ? v.result : v);

describe("gef consolider", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  async function dossier(): Promise<string[]> {
    const files = {
      erilia: t.file("erilia.xlsx"),
      cdc: t.file("cdc-habitat.xlsx"),
      sans: t.file("sans-nom.xlsx"),
    };
    await writeXlsx(files.erilia, {
      "Calcul assiette": modeleRows(
        named(buildModele({ figures: figuresOf(1), identite: true, computed: "formules" }), "ERILIA"),
      ),
    });
    await writeXlsx(files.cdc, {
      Feuil1: modeleRows(
        named(buildModele({ figures: figuresOf(2), identite: true, computed: "formules" }), "CDC Habitat"),
      ),
    });
    // No bailleur name; no CARF column.
    const sansCarf = buildModele({
      figures: figuresOf(3).slice(0, 4),
      headers: SIGLES.slice(0, 4),
      identite: true,
      computed: "formules",
    });
    await writeXlsx(files.sans, { Feuil1: modeleRows(named(sansCarf, null)) });
    return Object.values(files);
  }

  it("écrit une feuille par EPCI, une ligne par bailleur et un total en formules, et la liste des problèmes", async () => {
    const files = await dossier();
    const out = t.file("consolidation.xlsx");
    const r = await gef("consolider", ...files, "-o", out);
    expect(r.code).toBe(1);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SIGLES, "Problèmes"]);

    SIGLES.forEach((sigle, i) => {
      const ws = wb.getWorksheet(sigle);
      if (!ws) throw new Error(sigle);
      const lines = [
        ["CDC Habitat", "cdc-habitat.xlsx", figuresOf(2)[i]],
        ["ERILIA", "erilia.xlsx", figuresOf(1)[i]],
        ...(sigle === "CARF" ? [] : [["sans-nom", "sans-nom.xlsx", figuresOf(3)[i]]]),
      ] as [string, string, EpciFigures][];
      const rows: unknown[][] = [];
      ws.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1).map(value)));
      expect(rows[0]).toEqual(HEADER);
      lines.forEach(([bailleur, fichier, f], k) => {
        const expected = expectedRow(bailleur, fichier, f);
        const got = rows[k + 1] ?? [];
        expected.forEach((v, c) => (typeof v === "number" ? expect(got[c]).toBeCloseTo(v, 9) : expect(got[c]).toBe(v)));
      });
      const last = lines.length + 1;
      const total = ws.getRow(last + 1);
      expect(total.getCell(1).value).toBe("Total");
      expect(total.getCell(2).formula).toBe(`SUM(B2:B${last})`);
      expect(total.getCell(10).formula).toBe(`SUM(J2:J${last})`);
      expect(total.getCell(7).formula).toBe(`IF(F${last + 1}>0,H${last + 1}/F${last + 1},"")`);
      // The totals' values: computed by Excel on opening, checked through LibreOffice in the next test.
      expect(ws.getCell("G2").numFmt).toBe("0.0%");
    });

    const problemes = await readXlsx(out, "Problèmes");
    expect(problemes[0]).toEqual(["Fichier", "Gravité", "Cellule", "Code", "Message"]);
    const sansNom = buildModele({
      figures: figuresOf(3).slice(0, 4),
      headers: SIGLES.slice(0, 4),
      identite: true,
      computed: "formules",
    });
    const expected = diagnoseModele(named(sansNom, null).values, named(sansNom, null).formulas).map((d) => [
      "sans-nom.xlsx",
      d.severity,
      d.cell,
      d.code,
      d.message,
    ]);
    expect(problemes.filter((p) => p[0] === "sans-nom.xlsx")).toEqual(expected);
    expect(expected.map((p) => p[3])).toEqual(expect.arrayContaining(["COLONNE_EPCI_MANQUANTE", "REPONSE_VIDE"]));
    expect(problemes.filter((p) => p[0] === "erilia.xlsx").map((p) => p[3])).toEqual(["MODELE_CONFORME"]);

    expect(r.out).toContain("Consolidation de 3 fichier(s) : 3 lu(s), 0 inutilisable(s).");
    expect(r.out).toMatch(/CARF +2 /);
    expect(r.out).toContain(`${files[2] ?? ""} (sans-nom) : 1 erreur(s), 1 avertissement(s)`);
    expect(r.out).toContain(`Écrit : ${out} (feuilles CAPG, CAPL, CASA, MNCA, CARF, Problèmes).`);
  });

  (sofficePath() ? it : it.skip)(
    "a des totaux que LibreOffice recalcule à l'identique (taux total = Σ volume ÷ Σ assiette)",
    async () => {
      const files = await dossier();
      const out = t.file("conso-lo.xlsx");
      await gef("consolider", ...files, "-o", out);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated(out));
      const ws = wb.getWorksheet("MNCA");
      if (!ws) throw new Error("MNCA");
      const lines = [figuresOf(2)[3], figuresOf(1)[3], figuresOf(3)[3]] as EpciFigures[];
      const total = ws.getRow(5);
      expect(total.getCell(2).result).toBe(sum(lines.map((f) => f.patrimoine)));
      expect(total.getCell(6).result).toBe(sum(lines.map((f) => expectedComputed(f).assiette)));
      expect(total.getCell(9).result).toBe(sum(lines.map((f) => expectedComputed(f).etatPrioritaires)));
      const volume = sum(lines.map((f) => expectedComputed(f).assiette * f.taux));
      expect(total.getCell(8).result).toBeCloseTo(volume, 9);
      expect(total.getCell(7).result).toBeCloseTo(volume / sum(lines.map((f) => expectedComputed(f).assiette)), 12);
    },
  );

  it("sort avec le code 0 quand tous les modèles sont conformes, et donne tout en --json", async () => {
    const a = t.file("a.xlsx");
    const b = t.file("b.xlsx");
    await writeXlsx(a, {
      Feuil1: modeleRows(named(buildModele({ figures: figuresOf(0), identite: true, computed: "formules" }), "A")),
    });
    await writeXlsx(b, {
      Feuil1: modeleRows(named(buildModele({ figures: figuresOf(4), identite: true, computed: "formules" }), "B")),
    });
    const out = t.file("propre.xlsx");
    const r = await gef("consolider", a, b, "-o", out, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      fichiers: { verdict: string }[];
      epci: { sigle: string; lignes: { bailleur: string; assiette: number }[]; total: { assiette: number } }[];
    };
    expect(json.fichiers.map((f) => f.verdict)).toEqual(["conforme", "conforme"]);
    const capg = json.epci[0];
    expect(capg?.sigle).toBe("CAPG");
    expect(capg?.lignes.map((l) => l.bailleur)).toEqual(["A", "B"]);
    expect(capg?.total.assiette).toBe(
      expectedComputed(figuresOf(0)[0] as EpciFigures).assiette +
        expectedComputed(figuresOf(4)[0] as EpciFigures).assiette,
    );
  });

  it("signale les fichiers inutilisables dans « Problèmes » et dans le terminal, et consolide les autres", async () => {
    const bon = t.file("bon.xlsx");
    await writeXlsx(bon, {
      Feuil1: modeleRows(named(buildModele({ figures: figuresOf(0), identite: true, computed: "formules" }), "Bon")),
    });
    const texte = t.file("texte.xlsx");
    writeFileSync(texte, "pas un classeur");
    const ole = t.file("protege.xlsx");
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const vide = t.file("vide.xlsx");
    await writeXlsx(vide, { Feuil1: [["Liste des logements"]] });
    const varois = t.file("var.xlsx");
    await writeXlsx(varois, {
      Feuil1: modeleRows(
        buildModele({
          figures: FIGURES_06_LIST.slice(0, 4),
          headers: EPCI_VAR.map((e) => e.sigle ?? ""),
          departement: "VAR",
          identite: true,
          computed: "formules",
        }),
      ),
    });
    const out = t.file("avec-problemes.xlsx");
    const r = await gef("consolider", bon, texte, ole, vide, varois, "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Consolidation de 5 fichier(s) : 1 lu(s), 4 inutilisable(s).");
    expect(r.out).toContain(`${texte} : inutilisable — ${texte} n'est pas un classeur .xlsx`);
    expect(r.out).toContain(
      `${varois} : inutilisable — ${varois} : Ce classeur semble être le modèle d'un autre département`,
    );
    const problemes = await readXlsx(out, "Problèmes");
    expect(problemes.slice(1).map((p) => [p[0], p[1], p[3]])).toEqual([
      ["bon.xlsx", "info", "MODELE_CONFORME"],
      ["texte.xlsx", "erreur", "PAS_UN_XLSX"],
      ["protege.xlsx", "erreur", "FICHIER_PROTEGE_OU_XLS"],
      ["vide.xlsx", "erreur", "MODELE_INTROUVABLE"],
      ["var.xlsx", "erreur", "AUTRE_DEPARTEMENT"],
    ]);
    expect(String(problemes[5]?.[4])).toContain(
      "La consolidation porte sur les EPCI des Alpes-Maritimes (CAPG, CAPL, CASA, MNCA et CARF)",
    );
    expect((await readXlsx(out, "CAPG")).map((row) => row[0])).toEqual(["Bailleur", "Bon", "Total"]);
  });

  it("n'écrit rien et sort avec le code 2 quand aucun fichier n'est utilisable", async () => {
    const texte = t.file("seul.xlsx");
    writeFileSync(texte, "pas un classeur");
    const out = t.file("rien.xlsx");
    const r = await gef("consolider", texte, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("n'est pas un classeur .xlsx");
    expect(r.err).toContain("Aucun des fichiers donnés (1) n'est utilisable : rien à consolider.");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [["consolider"], "Indiquez les classeurs .xlsx à consolider"],
    [["consolider", "a.xlsx"], "Indiquez le classeur à écrire avec -o"],
    [["consolider", "a.xlsx", "-o", "a.xlsx"], "-o désigne l'un des classeurs à consolider (a.xlsx)"],
    [["consolider", "a.xlsx", "-o", "sortie.ods"], "Le fichier de sortie doit se terminer par .xlsx"],
  ])("refuse %p avec le code 2", async (args, message) => {
    const r = await gef(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
