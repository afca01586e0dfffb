import { readFileSync, statSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { EPCI_MODELE_06 } from "../../src/domain/epci/alpes-maritimes";
import { countEpciFigures } from "../../src/domain/tables/epci-figures";
import { readLogements } from "../../src/domain/tables/logements";
import { makeLogementGrid } from "../../sandbox/logement-grid";
import { applyCellWrites } from "../../src/xlsx/write-cells";
import { readZipFile } from "../../src/xlsx/platform-node";
import { readEntry } from "../../src/xlsx/zip";
import { gef, recalculated, tempDir, modeleRows, writeXlsx } from "../support/cli";
import {
  EPCI_VAR,
  FIGURES_06,
  FIGURES_06_LIST,
  ROW,
  buildModele,
  expectedComputed,
  receivedModele,
  removeLine,
  withCell,
  type ModeleGrids,
} from "../support/ddets-modele";
import { sofficePath } from "../support/libreoffice";

jest.setTimeout(60_000);

const COLS = ["B", "C", "D", "E", "F"] as const;
const SIGLES = ["CAPG", "CAPL", "CASA", "MNCA", "CARF"] as const;
/** 1-based row of the received copy. */
const L = (key: keyof typeof ROW): number => ROW[key] + 1;

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`feuille ${name} absente`);
  return ws;
}

/** A sheet the bailleur keeps beside the template: a styled title, a comment, a formatted number. */
async function addNotes(file: string): Promise<void> {
  const wb = await open(file);
  const ws = wb.addWorksheet("Notes");
  const a1 = ws.getCell("A1");
  a1.value = "Hypothèses de calcul";
  a1.font = { bold: true, color: { argb: "FFC00000" }, size: 14 };
  a1.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  a1.note = "Validé en commission le 12 mars";
  const b2 = ws.getCell("B2");
  b2.value = 0.056;
  b2.numFmt = "0.00%";
  ws.getColumn(1).width = 42;
  await wb.xlsx.writeFile(file);
}

/** Every cell of a sheet: address → value, style and comment. */
function cellsOf(ws: ExcelJS.Worksheet, maxRows = Infinity): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > maxRows) return;
    row.eachCell({ includeEmpty: false }, (cell) =>
      out.set(cell.address, { value: cell.value, style: cell.style, note: cell.note }),
    );
  });
  return out;
}

const MOUVEMENTS: unknown[][] = [
  ["EPCI", "Année", "Entrées", "Départs", "Parc", "Mutations"],
  ...SIGLES.flatMap((sigle, i) => [
    [sigle, 2021, 250 + i, 270 + i, 5000 + 100 * i, 20 + i],
    [sigle, 2022, 260 + i, 240 + i, 5050 + 100 * i, 24 + i],
    [sigle, 2023, 280 + 2 * i, 300 + i, 5100 + 100 * i, 30 + i],
  ]),
];

describe("gef remplir", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  const logements = makeLogementGrid(3000, { seed: 11, scheme: "2024", faulty: true });
  const agg = (() => {
    const read = readLogements(logements);
    if (!read.ok) throw new Error(read.error.message);
    return countEpciFigures(read.table, EPCI_MODELE_06);
  })();

  async function bailleur(name: string, modele: ModeleGrids = receivedModele()): Promise<string> {
    const file = t.file(name);
    await writeXlsx(file, { "Calcul assiette": modeleRows(modele), RPLS: logements, Mouvements: MOUVEMENTS });
    await addNotes(file);
    return file;
  }

  it("écrit les formules et les chiffres des tables, garde les valeurs saisies et le reste du classeur", async () => {
    const input = await bailleur("recu.xlsx", withCell(receivedModele(), "B13", 4321));
    const output = t.file("rempli.xlsx");
    const before = readFileSync(input);
    const r = await gef("remplir", input, "-o", output, "--methode", "MOYENNE", "--annees", "2");
    expect(r.code).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(r.out).toContain("Table des logements : feuille « RPLS », ");
    expect(r.out).toContain("Table des mouvements : feuille « Mouvements », 10 ligne(s) lue(s)");
    expect(r.out).toContain(
      "11 cellule(s) conservée(s), car elles contiennent une valeur saisie (--ecraser pour les remplacer) :",
    );
    expect(r.out).toContain(
      `  B13 (patrimoine locatif (RPLS), CAPG) : 4\u00a0321 conservé, GEF propose ${agg.parEpci["200039857"]?.patrimoine ?? "?"}`,
    );
    expect(r.out).toContain(
      "  B32 (demandes prioritaires de l'État, CAPG) : 0 conservé, GEF propose =ARRONDI.INF(B30*B31*0,25;0)",
    );

    const ws = sheet(await open(output), "Calcul assiette");
    EPCI_MODELE_06.forEach((epci, i) => {
      const col = COLS[i] ?? "B";
      const f = agg.parEpci[epci.siren];
      if (f === undefined) throw new Error(epci.siren);
      if (i > 0) expect(ws.getCell(`${col}${L("patrimoine")}`).value).toBe(f.patrimoine);
      expect(ws.getCell(`${col}${L("exclusPli")}`).value).toBe(f.pli);
      expect(ws.getCell(`${col}${L("exclusEtudiants")}`).value).toBe(f.etudiants);
      expect(ws.getCell(`${col}${L("specifiquesPmr")}`).value).toBe(f.pmr);
      expect(ws.getCell(`${col}${L("specifiquesPlaiAdapte")}`).value).toBe(f.plaiAdapte);
      // MOYENNE over the two latest years: Σ (entrées + départs) / 2 ÷ Σ parc.
      const taux = ((260 + i + 240 + i) / 2 + (280 + 2 * i + 300 + i) / 2) / (5050 + 100 * i + 5100 + 100 * i);
      expect(ws.getCell(`${col}${L("tauxRotation")}`).value).toBeCloseTo(taux, 12);
      expect(ws.getCell(`${col}${L("tauxRotation")}`).numFmt).toBe("0.0%");
      expect(ws.getCell(`${col}${L("soustraitsMutations")}`).value).toBe(Math.round((24 + i + 30 + i) / 2));
      expect(ws.getCell(`${col}${L("exclusTotal")}`).formula).toBe(`SUM(${col}16:${col}21)`);
      expect(ws.getCell(`${col}${L("exclusTotal")}`).numFmt).toBe("#,##0");
      expect(ws.getCell(`${col}${L("assiette")}`).formula).toBe(`${col}13-${col}14-${col}22+${col}29`);
      // The State rows held the received zeros: kept.
      expect(ws.getCell(`${col}${L("etatPrioritaires")}`).value).toBe(0);
    });
    expect(ws.getCell(`B${L("patrimoine")}`).value).toBe(4321);
    expect(ws.getCell(`A${L("patrimoine")}`).value).toBe(
      "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
    );

    const [a, b] = await Promise.all([open(input), open(output)]);
    expect(cellsOf(sheet(b, "Notes"))).toEqual(cellsOf(sheet(a, "Notes")));
    expect(sheet(b, "Notes").getColumn(1).width).toBe(42);
    expect(sheet(b, "Notes").getCell("A1").note).toBe("Validé en commission le 12 mars");
    expect(sheet(b, "RPLS").rowCount).toBe(sheet(a, "RPLS").rowCount);
    expect(cellsOf(sheet(b, "RPLS"), 200)).toEqual(cellsOf(sheet(a, "RPLS"), 200));
    expect(b.worksheets.map((w) => w.name)).toEqual(["Calcul assiette", "RPLS", "Mouvements", "Notes"]);
  });

  it("remplace aussi les valeurs saisies avec --ecraser, et sort avec le code 0 quand il ne reste rien à corriger", async () => {
    // Figures typed everywhere, computed rows as typed numbers: all 25 become formulas.
    const input = t.file("valeurs.xlsx");
    await writeXlsx(input, { Feuil1: modeleRows(buildModele({ figures: FIGURES_06_LIST, identite: true })) });
    const output = t.file("valeurs-rempli.xlsx");
    const sans = await gef("remplir", input, "-o", output);
    expect(sans.code).toBe(1);
    expect(sans.out).toContain("25 cellule(s) conservée(s)");
    const avec = await gef("remplir", input, "-o", output, "--ecraser", "--json");
    expect(avec.code).toBe(0);
    const json = JSON.parse(avec.out) as {
      cellulesEcrites: number;
      cellulesConservees: unknown[];
      verdict: string;
      epci: { libelle: string; assiette: number }[];
    };
    expect(json).toMatchObject({ cellulesEcrites: 25, cellulesConservees: [], verdict: "conforme" });
    expect(json.epci.map((e) => [e.libelle, e.assiette])).toEqual(
      SIGLES.map((s) => [s, expectedComputed(FIGURES_06[s]).assiette]),
    );
    const ws = sheet(await open(output), "Feuil1");
    expect(ws.getCell("B32").formula).toBe("ROUNDDOWN(B30*B31*0.25,0)");
    expect(ws.getCell("B32").result).toBe(expectedComputed(FIGURES_06.CAPG).etatPrioritaires);
  });

  (sofficePath() ? it : it.skip)(
    "donne, recalculé par LibreOffice, les montants du domaine dans chaque colonne EPCI (classeur réécrit ou modifié en place)",
    async () => {
      // Computed rows blank or wrong: only the written formulas can give the right figures.
      let modele = buildModele({ figures: FIGURES_06_LIST, identite: true });
      for (const col of COLS)
        for (const key of [
          "exclusTotal",
          "soustraitsTotal",
          "assiette",
          "etatPrioritaires",
          "etatFonctionnaires",
        ] as const)
          modele = withCell(modele, `${col}${L(key)}`, key === "assiette" ? 1 : null);
      const input = t.file("lo.xlsx");
      await writeXlsx(input, { Feuil1: modeleRows(modele) });
      for (const mode of ["exceljs", "--flux"]) {
        const output = t.file(`lo-rempli${mode}.xlsx`);
        const r = await gef(
          "remplir",
          input,
          "-o",
          output,
          "--ecraser",
          "--part-prioritaires",
          "20",
          ...(mode === "--flux" ? [mode] : []),
        );
        expect(r.code).toBe(0);
        const ws = sheet(await open(recalculated(output)), "Feuil1");
        SIGLES.forEach((sigle, i) => {
          const col = COLS[i] ?? "B";
          const expected = expectedComputed(FIGURES_06[sigle], { prio: 0.2, fonct: 0.05 });
          const at = (key: keyof typeof ROW): unknown => ws.getCell(`${col}${L(key)}`).result;
          expect([
            at("exclusTotal"),
            at("soustraitsTotal"),
            at("assiette"),
            at("etatPrioritaires"),
            at("etatFonctionnaires"),
          ]).toEqual([
            expected.exclusTotal,
            expected.soustraitsTotal,
            expected.assiette,
            expected.etatPrioritaires,
            expected.etatFonctionnaires,
          ]);
          expect(ws.getCell(`${col}${L("etatPrioritaires")}`).formula).toBe(`ROUNDDOWN(${col}30*${col}31*0.2,0)`);
        });
      }
    },
  );

  (sofficePath() ? it : it.skip)(
    "modifie en place un classeur enregistré par LibreOffice, que LibreOffice relit et recalcule",
    async () => {
      let modele = buildModele({ figures: FIGURES_06_LIST, identite: true });
      for (const col of COLS) modele = withCell(modele, `${col}${L("assiette")}`, null);
      const source = t.file("pour-lo.xlsx");
      await writeXlsx(source, { Feuil1: modeleRows(modele), Notes: [["note"]] });
      const saved = recalculated(source);
      const output = t.file("lo-en-place.xlsx");
      const r = await gef("remplir", saved, "-o", output, "--ecraser", "--flux");
      expect(r.code).toBe(0);
      const ws = sheet(await open(recalculated(output)), "Feuil1");
      SIGLES.forEach((sigle, i) => {
        const expected = expectedComputed(FIGURES_06[sigle]);
        const col = COLS[i] ?? "B";
        expect([
          ws.getCell(`${col}${L("assiette")}`).result,
          ws.getCell(`${col}${L("etatFonctionnaires")}`).result,
        ]).toEqual([expected.assiette, expected.etatFonctionnaires]);
      });
    },
  );

  it("refuse d'écrire sur le classeur lu, sauf avec -o identique et --ecraser", async () => {
    const input = t.file("meme.xlsx");
    await writeXlsx(input, { Feuil1: modeleRows(buildModele({ figures: FIGURES_06_LIST, identite: true })) });
    const before = statSync(input).mtimeMs;
    const refus = await gef("remplir", input, "-o", input);
    expect(refus).toMatchObject({
      code: 2,
      err: expect.stringContaining(`-o désigne le classeur lu (${input}). GEF ne le remplace qu'avec --ecraser`),
    });
    expect(statSync(input).mtimeMs).toBe(before);
    expect((await gef("remplir", input, "-o", input, "--ecraser")).code).toBe(0);
    expect(sheet(await open(input), "Feuil1").getCell("B14").formula).toBe("SUM(B16:B21)");
  });

  it("réécrit en formules simples un groupe de formules partagées dont une cellule change", async () => {
    const modele = buildModele({ figures: FIGURES_06_LIST, identite: true, computed: "formules" });
    const rows = modeleRows(modele);
    const row = rows[L("exclusTotal") - 1] ?? [];
    // A shared group whose master sums one line too many (B16:B22): its copies follow it.
    row[1] = { formula: "SUM(B16:B22)", shareType: "shared", ref: "B14:F14", result: 0 };
    for (let c = 2; c <= 5; c++) row[c] = { sharedFormula: "B14", result: 0 };
    const input = t.file("partagees.xlsx");
    await writeXlsx(input, { Feuil1: rows });
    for (const flux of [[], ["--flux"]]) {
      const output = t.file(`partagees-rempli${flux.join("")}.xlsx`);
      const sans = await gef("remplir", input, "-o", output, ...flux);
      expect(sans.out).toContain("5 cellule(s) conservée(s)");
      expect(sans.out).toContain(
        "B14 (total des logements exclus, CAPG) : =SOMME(B16:B22) conservé, GEF propose =SOMME(B16:B21)",
      );
      expect(sans.out).toContain(
        "F14 (total des logements exclus, CARF) : =SOMME(F16:F22) conservé, GEF propose =SOMME(F16:F21)",
      );
      expect((await gef("remplir", input, "-o", output, "--ecraser", ...flux)).code).toBe(0);
      const ws = sheet(await open(output), "Feuil1");
      expect(COLS.map((c) => ws.getCell(`${c}14`).formula)).toEqual(COLS.map((c) => `SUM(${c}16:${c}21)`));
      expect((await gef("verifier", output)).out).toContain(": conforme");
    }
  });

  it("remplit un gros classeur sans le charger (--flux) : même modèle, autres parties recopiées octet pour octet", async () => {
    const input = await bailleur("flux.xlsx", withCell(receivedModele(), "B13", 4321));
    const [complet, flux] = [t.file("flux-complet.xlsx"), t.file("flux-rempli.xlsx")];
    const a = await gef("remplir", input, "-o", complet, "--methode", "MOYENNE");
    const b = await gef("remplir", input, "-o", flux, "--methode", "MOYENNE", "--flux");
    expect(b.out.replaceAll(flux, "")).toBe(a.out.replaceAll(complet, ""));
    expect(b.code).toBe(a.code);
    const [wa, wb] = [sheet(await open(complet), "Calcul assiette"), sheet(await open(flux), "Calcul assiette")];
    const shape = (ws: ExcelJS.Worksheet): unknown[] => {
      const out: unknown[] = [];
      ws.eachRow((row) => row.eachCell((c) => out.push([c.address, c.formula ?? c.value, c.numFmt ?? null])));
      return out;
    };
    expect(shape(wb)).toEqual(shape(wa));
    const [zin, zout] = await Promise.all([readZipFile(input), readZipFile(flux)]);
    const changed = ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"];
    for (const e of zin.entries) {
      if (changed.includes(e.name)) continue;
      expect({
        part: e.name,
        same: (await readEntry(zout, e.name))?.equals((await readEntry(zin, e.name)) ?? Buffer.alloc(0)),
      }).toEqual({ part: e.name, same: true });
    }
    expect((await readEntry(zout, "xl/workbook.xml"))?.toString()).toContain('fullCalcOnLoad="1"');
    expect((await gef("verifier", flux, "--json")).out).toBe(
      (await gef("verifier", complet, "--json")).out.replaceAll("flux-complet", "flux-rempli"),
    );
  });

  it("écrit en texte, jamais en formule, une valeur qui commence par =", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Feuil1");
    ws.getCell("B41").numFmt = "0";
    applyCellWrites(
      ws,
      [{ cell: "B41", row: 40, col: 1, value: "=taux 2023 de l'EPCI", asText: true, numberFormat: "@" }],
      [],
    );
    const file = t.file("texte.xlsx");
    await wb.xlsx.writeFile(file);
    const back = sheet(await open(file), "Feuil1").getCell("B41");
    expect(back.value).toBe("=taux 2023 de l'EPCI");
    expect(back.type).toBe(ExcelJS.ValueType.String);
    expect(back.numFmt).toBe("@");
  });

  it("remplit un modèle d'un autre département pour les EPCI que son en-tête désigne, comme le volet", async () => {
    const headers = [
      EPCI_VAR[0]?.nom ?? "",
      EPCI_VAR[1]?.siren ?? "",
      EPCI_VAR[2]?.nom ?? "",
      EPCI_VAR[3]?.siren ?? "",
    ];
    const input = t.file("var.xlsx");
    await writeXlsx(input, { Feuil1: modeleRows(buildModele({ headers, departement: "VAR" })) });
    const output = t.file("var-rempli.xlsx");
    const r = await gef("remplir", input, "-o", output, "--ecraser", "--json");
    const json = JSON.parse(r.out) as { remarque: string; epci: { siren: string }[] };
    expect(json.remarque).toContain("autre département");
    expect(json.epci.map((e) => e.siren)).toEqual(EPCI_VAR.map((e) => e.siren));
    expect(sheet(await open(output), "Feuil1").getCell(`E${L("exclusTotal")}`).formula).toBe(
      `SUM(E${L("exclusPli")}:E${L("exclusDefense")})`,
    );
  });

  it("dit clairement pourquoi un classeur ne peut pas être rempli (code 2)", async () => {
    const texte = t.file("pas-xlsx.xlsx");
    writeFileSync(texte, "pas un classeur");
    const sansModele = t.file("sans-modele.xlsx");
    await writeXlsx(sansModele, { Feuil1: [["Liste"]] });
    const zones = t.file("zones.xlsx");
    await writeXlsx(zones, {
      Feuil1: modeleRows(buildModele({ figures: FIGURES_06_LIST.slice(0, 2), headers: ["ZONE NORD", "ZONE SUD"] })),
    });
    const incomplet = t.file("sans-patrimoine.xlsx");
    await writeXlsx(incomplet, {
      Feuil1: modeleRows(
        removeLine(
          buildModele({ figures: FIGURES_06_LIST }),
          "Patrimoine locatif du bailleur selon données RPLS au 01/01/2022",
        ),
      ),
    });
    const cases: [string[], string][] = [
      [["remplir", incomplet, "-o", t.file("x.xlsx")], "[LIGNE_MANQUANTE]"],
      [["remplir", texte, "-o", t.file("x.xlsx")], "n'est pas un classeur .xlsx"],
      [["remplir", sansModele, "-o", t.file("x.xlsx")], `Aucune feuille de ${sansModele} ne contient le modèle DDETS`],
      [["remplir", zones, "-o", t.file("x.xlsx")], `Le modèle de ${zones} (feuille « Feuil1 ») est incomplet`],
      [
        ["remplir", sansModele],
        `Indiquez le classeur à écrire avec -o, par exemple « gef remplir ${sansModele} -o sortie.xlsx »`,
      ],
      [["remplir", sansModele, "-o", t.file("x.csv")], "Le fichier de sortie doit se terminer par .xlsx"],
      [["remplir", sansModele, "-o", t.file("x.xlsx"), "--methode", "hasard"], "L'option --methode :"],
      [
        ["remplir", sansModele, "-o", t.file("x.xlsx"), "--annees", "0"],
        "--annees : « 0 » est hors des bornes (de 1 à 50). Tapez un nombre entier d'années de 1 à 50, comme 3",
      ],
      [
        ["remplir", sansModele, "-o", t.file("x.xlsx"), "--annees", "2024"],
        "--annees : « 2024 » est une année, pas un nombre d'années",
      ],
      [
        ["remplir", sansModele, "-o", t.file("x.xlsx"), "--annees", "2,5"],
        "--annees : « 2,5 » n'est pas un nombre entier",
      ],
      [["remplir", "a.xlsx", "b.xlsx", "-o", t.file("x.xlsx")], "Indiquez un seul classeur .xlsx à remplir"],
    ];
    for (const [args, message] of cases) {
      const r = await gef(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
