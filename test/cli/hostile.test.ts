/**
 * Files from strangers (issue 13, point 1): each finding reproduced with a small hostile file made
 * here, then checked to give a French message and a code, never a crash, a hang or a full memory;
 * with `gef` reading through each platform of the engine (Node's, and the pane's DecompressionStream).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { makeLogementGrid } from "../../sandbox/logement-grid";
import { gef, tempDir, modeleRows, writeXlsx } from "../support/cli";
import { FIGURES_06, ROW, filledModele, receivedModele, withCell } from "../support/ddets-modele";
import { PLATFORMS, readingThrough } from "../support/platforms";
import { bombDeflate, partText, partsOf, rewriteXlsx, zipBuffer } from "../support/raw-xlsx";

jest.setTimeout(60_000);

/** Neither a stack trace nor an English message from Node or a library. */
function expectFrench(text: string): void {
  expect(text).not.toMatch(
    /TypeError|RangeError|Cannot read|undefined \(reading|Invalid time value|at .+\.ts:\d+|ENOSPC|ENOENT|Unexpected|is not/,
  );
}

/** Peak of the heap and buffers while `run` runs, in MB above the start. */
async function peakMb<T>(run: () => Promise<T>): Promise<{ result: T; mb: number }> {
  const used = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const start = used();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, used())), 5);
  try {
    const result = await run();
    peak = Math.max(peak, used());
    return { result, mb: (peak - start) / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

describe.each(PLATFORMS)("fichiers hostiles, lus par le moteur src/xlsx ($nom)", (p) => {
  readingThrough(p);
  const t = tempDir();
  afterAll(() => t.cleanup());
  const good = t.file("bon.xlsx");

  beforeAll(async () => {
    await writeXlsx(good, { "Calcul assiette": modeleRows(filledModele()) });
  });

  it("lit une cellule en XFD1048576 sans tableau lignes × colonnes, dans le modèle comme dans la table des logements", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Calcul assiette");
    modeleRows(filledModele()).forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
    ws.getCell("XFD1048576").value = 1;
    const rpls = wb.addWorksheet("RPLS");
    makeLogementGrid(200, { seed: 4, scheme: "2024" }).forEach((row) => rpls.addRow(row));
    rpls.getCell("XFD1048576").value = "x";
    const file = t.file("xfd.xlsx");
    await wb.xlsx.writeFile(file);
    expect(statSync(file).size).toBeLessThan(100_000);
    for (const flux of [[], ["--flux"]]) {
      const { result: r, mb } = await peakMb(() => gef("verifier", file, ...flux));
      expect(r.code).toBe(0);
      expect(r.out).toContain(": conforme");
      expect(mb).toBeLessThan(300);
    }
    const dir = t.file("lot-xfd");
    mkdirSync(dir);
    copyFileSync(file, `${dir}/a.xlsx`);
    copyFileSync(good, `${dir}/b.xlsx`);
    const c = await gef("consolider", dir, "-o", t.file("conso-xfd.xlsx"));
    expect(c.out).toContain("2 lu(s), 0 inutilisable(s)");
    const r = await gef("remplir", file, "-o", t.file("xfd-rempli.xlsx"), "--ecraser");
    expect(r.code).toBeLessThan(2);
  });

  it("refuse un .xlsx tronqué avec un message en français et le code 2, lu seul ou dans un lot, avec ou sans --flux", async () => {
    const cut = t.file("tronque.xlsx");
    copyFileSync(good, cut);
    truncateSync(cut, Math.floor(statSync(good).size / 2));
    for (const flux of [[], ["--flux"]]) {
      const r = await gef("verifier", cut, ...flux);
      expect(r.code).toBe(2);
      expect(r.err).toContain("est endommagé ou illisible");
      expectFrench(r.err);
    }
    const batch = await gef("verifier", good, cut, "--flux");
    expect(batch.code).toBe(1);
    expect(batch.out).toContain("tronque.xlsx : inutilisable");
    const conso = await gef("consolider", good, cut, "-o", t.file("conso-tronque.xlsx"), "--flux");
    expect(conso.code).toBe(1);
    expect(conso.out).toContain("1 inutilisable(s)");
  });

  it("refuse un fichier vide (0 octet) en le disant", async () => {
    const empty = t.file("vide.xlsx");
    writeFileSync(empty, "");
    const r = await gef("verifier", empty);
    expect(r.code).toBe(2);
    expect(r.err).toContain("est vide (0 octet)");
  });

  describe("bombes de décompression", () => {
    const sheetXml = (rows: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

    async function withPart(
      name: string,
      part: { compressed: Buffer; size: number },
      declared?: number,
    ): Promise<string> {
      const file = t.file(`bombe-${name.replace(/\W/g, "")}-${declared ?? "vrai"}.xlsx`);
      await rewriteXlsx(good, file, (parts) => [
        ...parts.filter((p) => p.name !== name),
        { name, compressed: part.compressed, size: declared ?? part.size, crc: 0 },
      ]);
      return file;
    }

    it("refuse avant de décompresser une partie qui annonce des gigaoctets (textes partagés de 3,4 Go, feuille de 2,5 Go)", async () => {
      const small = bombDeflate("<sst><si><t>", 4, "a", "</t></si></sst>");
      for (const [name, size] of [
        ["xl/sharedStrings.xml", 3.4e9],
        ["xl/worksheets/sheet1.xml", 2.5e9],
      ] as const) {
        const file = await withPart(name, small, size);
        const { result: r, mb } = await peakMb(() => gef("verifier", file));
        expect(r.code).toBe(2);
        expect(r.err).toContain("bombe de décompression");
        expect(mb).toBeLessThan(100);
      }
    });

    it("arrête une partie qui ment sur sa taille dès qu'elle dépasse sa limite, mémoire bornée", async () => {
      // 600 Mo d'un seul texte partagé, annoncés comme 1 Ko.
      const strings = await withPart(
        "xl/sharedStrings.xml",
        bombDeflate("<sst><si><t>", 600, "a", "</t></si></sst>"),
        1024,
      );
      const { result: r, mb } = await peakMb(() => gef("verifier", strings));
      expect(r.code).toBe(2);
      expect(r.err).toContain("est endommagé ou illisible");
      expect(mb).toBeLessThan(300);
      // 300 Mo d'espaces dans la feuille du modèle, annoncés comme 1 Ko : lus en flux, puis refusés (taille et CRC faux).
      const sheet = await withPart(
        "xl/worksheets/sheet1.xml",
        bombDeflate(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), 300, " ", "</worksheet>"),
        1024,
      );
      const s = await peakMb(() => gef("remplir", sheet, "-o", t.file("bombe-rempli.xlsx")));
      expect(s.result.code).toBe(2);
      expect(s.result.err).toContain("est endommagé ou illisible");
      expect(s.mb).toBeLessThan(300);
      expect(existsSync(t.file("bombe-rempli.xlsx"))).toBe(false);
    });
  });

  it("refuse une partie stockée dont la somme de contrôle (CRC) est fausse", async () => {
    const file = t.file("crc.xlsx");
    await rewriteXlsx(good, file, (parts) =>
      parts.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, method: 0 as const, crc: 12345 } : p)),
    );
    const r = await gef("verifier", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("somme de contrôle");
  });

  it("refuse une partie stockée qui annonce plus d'octets qu'elle n'en a, sans réserver la mémoire annoncée", async () => {
    const file = t.file("stockee-menteuse.xlsx");
    await rewriteXlsx(good, file, (parts) =>
      parts.map((p) => (p.name === "xl/sharedStrings.xml" ? { ...p, method: 0 as const, size: 400 * 1024 * 1024 } : p)),
    );
    const r = await gef("verifier", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("la partie xl/sharedStrings.xml annonce une taille différente de ses octets");
  });

  it("refuse un texte qui n'est pas de l'UTF-8 au lieu de le remplacer en silence", async () => {
    const file = t.file("utf8.xlsx");
    const sst = await partText(good, "xl/sharedStrings.xml");
    const bad = Buffer.concat([Buffer.from(sst.replace("Azur Habitat Social", "Azur @@@"))]);
    const at = bad.indexOf("@@@");
    bad[at] = 0xff;
    bad[at + 1] = 0xfe;
    await rewriteXlsx(good, file, (parts) =>
      parts.map((p) => (p.name === "xl/sharedStrings.xml" ? { name: p.name, data: bad } : p)),
    );
    const r = await gef("remplir", file, "-o", t.file("utf8-rempli.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("UTF-8");
    expect(existsSync(t.file("utf8-rempli.xlsx"))).toBe(false);
  });

  it("refuse toujours les entités du fichier (« billion laughs », entité externe)", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>`;
    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst><si><t>&xxe;</t></si></sst>`;
    for (const [i, xml] of [laughs, external].entries()) {
      const file = t.file(`entites-${i}.xlsx`);
      await rewriteXlsx(good, file, (parts) =>
        parts.map((p) => (p.name === "xl/sharedStrings.xml" ? { name: p.name, data: xml } : p)),
      );
      const r = await gef("verifier", file);
      expect(r.code).toBe(2);
      expect(r.err).toContain("DOCTYPE");
      expect(r.err + r.out).not.toContain("root:");
    }
  });

  it("lit un petit classeur de plusieurs feuilles (modèle + 4 feuilles, ou 200 feuilles) avec --flux", async () => {
    const four: Record<string, unknown[][]> = { "Calcul assiette": modeleRows(filledModele()) };
    for (let i = 1; i <= 4; i++) four[`Feuille ${i}`] = Array.from({ length: 20 }, (_, r) => [`ligne ${r + 1}`, r]);
    const many: Record<string, unknown[][]> = { ...four };
    for (let i = 5; i <= 200; i++) many[`F${i}`] = [["x", i]];
    for (const [name, sheets] of [
      ["quatre", four],
      ["deux-cents", many],
    ] as const) {
      const file = t.file(`${name}.xlsx`);
      await writeXlsx(file, sheets);
      const r = await gef("verifier", file, "--flux");
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain(": conforme");
    }
  });

  it("garde en nombre un 1E20 sous un format de date, et refuse --debut 99999999999 en français", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Journal");
    ws.addRow(["Logement", "Réservataire", "Étape", "Date"]);
    ws.addRow(["L1", "PREFECTURE", "mise à disposition", 1e20]).getCell(4).numFmt = "dd/mm/yyyy";
    ws.addRow(["L2", "PREFECTURE", "mise à disposition", new Date(Date.UTC(2024, 2, 1))]).getCell(4).numFmt =
      "dd/mm/yyyy";
    const tpl = wb.addWorksheet("Calcul assiette");
    modeleRows(withCell(filledModele(), "B13", 1e20)).forEach((row, r) =>
      row.forEach(
        (v, c) => v !== null && v !== undefined && (tpl.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue),
      ),
    );
    tpl.getCell("B13").numFmt = "dd/mm/yyyy";
    const file = t.file("date-1e20.xlsx");
    await wb.xlsx.writeFile(file);
    for (const args of [
      ["decompte", file],
      ["verifier", file],
      ["repartitions", file],
      ["consolider", file, "-o", t.file("c-1e20.xlsx")],
      ["remplir", file, "-o", t.file("r-1e20.xlsx")],
    ]) {
      const r = await gef(...args);
      expectFrench(r.out + r.err);
      expect(r.err).not.toContain("erreur inattendue");
    }
    const d = await gef("decompte", file, "--debut", "99999999999");
    expect(d.code).toBe(2);
    expect(d.err).toContain("--debut : « 99999999999 » n'est pas une date");
  });

  it("refuse d'écrire le résultat sur le fichier lu, pour chaque commande", async () => {
    const journal = t.file("j.xlsx");
    await writeXlsx(journal, {
      A: [["x"]],
      B: [["y"]],
      C: [["z"]],
      Journal: [
        ["Logement", "Réservataire", "Étape", "Date"],
        ["L1", "PREFECTURE", "mise à disposition", "01/03/2024"],
      ],
    });
    const parc = t.file("r.xlsx");
    await writeXlsx(parc, { Logements: makeLogementGrid(100, { seed: 2, scheme: "ancien" }) });
    const before = [readFileSync(journal), readFileSync(parc)];
    const runs = [
      await gef("decompte", journal, "-o", journal),
      await gef("repartitions", parc, "-o", parc, "--autres"),
      await gef("repartitions", parc, "--html", parc, "--autres"),
      await gef("remplir", good, "-o", good),
      await gef("consolider", good, "-o", good),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/désigne (le fichier|le classeur|l'un des classeurs)/);
    }
    expect([readFileSync(journal), readFileSync(parc)]).toEqual(before);
  });

  it("n'écrit jamais à travers une zone fusionnée du modèle : la cellule est listée, la valeur saisie gardée", async () => {
    const logements = makeLogementGrid(2000, { seed: 8, scheme: "2024" });
    const patrimoine = ROW.patrimoine + 1;
    for (const [zone, label] of [
      [`B${patrimoine}:C${patrimoine}`, "B"],
      [`A${patrimoine}:F${patrimoine}`, "A"],
    ] as const) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Calcul assiette");
      modeleRows(withCell(receivedModele(), `B${patrimoine}`, 777)).forEach((row, r) =>
        row.forEach(
          (v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue),
        ),
      );
      ws.mergeCells(zone);
      const rpls = wb.addWorksheet("RPLS");
      logements.forEach((row) => rpls.addRow(row));
      const file = t.file(`fusion-${label}.xlsx`);
      const out = t.file(`fusion-${label}-rempli.xlsx`);
      await wb.xlsx.writeFile(file);
      for (const flux of [[], ["--flux"]]) {
        const r = await gef("remplir", file, "-o", out, ...flux);
        expect(r.code).toBe(1);
        expect(r.out).toContain(`zone fusionnée ${zone}`);
        const sheet = (await partText(out, "xl/worksheets/sheet1.xml")).replace(/<c r="([A-Z]+\d+)"[^>]*\/>/g, "");
        // Nothing written in the area's hidden cells; its first cell keeps what it held.
        for (const col of ["C", "D", "E", "F"].slice(0, label === "B" ? 1 : 4))
          expect(sheet).not.toContain(`r="${col}${patrimoine}"`);
        const first = new RegExp(`<c r="${label}${patrimoine}"[^>]*>(.*?)</c>`).exec(sheet)?.[1] ?? "";
        if (label === "B") expect(first).toContain("<v>777</v>");
        else expect(first).not.toContain("<f>");
      }
    }
    expect(FIGURES_06.CAPL.patrimoine).toBeGreaterThan(0);
  });

  it("garde les graphiques et toute autre partie du classeur rempli, octet pour octet", async () => {
    const file = t.file("graphique.xlsx");
    const chart =
      '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>';
    await rewriteXlsx(good, file, (parts) => [
      ...parts,
      { name: "xl/charts/chart1.xml", data: chart },
      { name: "xl/drawings/drawing1.xml", data: "<xdr:wsDr/>" },
    ]);
    const out = t.file("graphique-rempli.xlsx");
    const r = await gef("remplir", file, "-o", out, "--ecraser");
    expect(r.code).toBeLessThan(2);
    const parts = await partsOf(out);
    expect(parts.find((p) => p.name === "xl/charts/chart1.xml")?.data?.toString()).toBe(chart);
    expect(parts.find((p) => p.name === "xl/drawings/drawing1.xml")).toBeDefined();
  });

  it("n'imprime jamais de séquence d'échappement du terminal venue d'un nom (_x001B_), lu en entier ou en flux", async () => {
    const file = t.file("echappement.xlsx");
    const hostile = "Azur_x001B_]0;pirate_x0007__x001B_[2J\u202e";
    await writeXlsx(file, { "Calcul assiette": modeleRows(withCell(filledModele(), "B4", hostile)) });
    const outs = [
      await gef("verifier", file),
      await gef("verifier", file, "--flux"),
      await gef("consolider", file, "-o", t.file("c-echap.xlsx")),
    ];
    for (const r of outs) {
      expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(outs[0]?.out).toContain("Azur\u241b]0;pirate\u2407\u241b[2J\ufffd");
    expect(outs[0]?.out).toBe(outs[1]?.out);
  });
});

export { zipBuffer };
