/** Issue 25, point 7: no text written by `gef` makes an .xlsx part that does not parse. */
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import type { PlanSheet } from "../../src/jobs";
import { writePlans } from "../../src/xlsx/plan-xlsx";
import { escapeXml } from "../../src/xlsx/sheet-xml";
import { cleanWorkbookTexts } from "../../src/xlsx/write-cells";
import { xmlTally, xmlText } from "../../src/xlsx/xml-text";
import { readZipFile } from "../../src/xlsx/platform-node";
import { readEntry } from "../../src/xlsx/zip";
import { gef, readXlsx, recalculated, tempDir, writeXlsx } from "../support/cli";

jest.setTimeout(60_000);

/** Parses every XML part of an .xlsx with xmllint (libxml2), a parser that is not GEF's; returns the parts that fail. */
async function unparsedParts(file: string): Promise<string[]> {
  const zip = await readZipFile(file);
  const failed: string[] = [];
  for (const e of zip.entries.filter((x) => /\.(xml|rels)$/.test(x.name))) {
    try {
      execFileSync("xmllint", ["--noout", "-"], {
        input: await readEntry(zip, e.name),
        stdio: ["pipe", "ignore", "pipe"],
      });
    } catch {
      failed.push(e.name);
    }
  }
  return failed;
}

describe("xml-text : xmlText", () => {
  it("retire ce que XML 1.0 interdit (contrôles C0 sauf tabulation et fins de ligne, U+FFFE, U+FFFF, demi-paires) et le compte", () => {
    const tally = xmlTally();
    expect(xmlText("A\u0000B\u0007C\u001bD\u000bE\ufffeF\uffffG", tally)).toBe("ABCDEFG");
    expect(tally.removed).toBe(6);
    expect(xmlText("x\ud800y\udc00z", tally)).toBe("xyz");
    expect(tally.removed).toBe(8);
    // What XML allows stays: tab, line feed, carriage return, an emoji (a whole surrogate pair), U+FFFD.
    expect(xmlText("a\tb\nc\rd😀\ufffd", tally)).toBe("a\tb\nc\rd😀\ufffd");
    expect(tally.removed).toBe(8);
    expect(escapeXml('\u0007<a & "b">')).toBe("&lt;a &amp; &quot;b&quot;&gt;");
  });

  it("nettoie tous les textes d'un classeur exceljs : nom de feuille, cellule, texte riche, formule, lien", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bilan\u0007");
    ws.getCell("A1").value = "ÉTAT\ufffe";
    ws.getCell("A2").value = { richText: [{ text: "a\u001b" }, { text: "b" }] };
    ws.getCell("A3").value = { formula: 'A1&"\u0001"', result: "x\u0002" };
    ws.getCell("A4").value = { text: "lien\u0003", hyperlink: "https://exemple.fr" };
    ws.getCell("A5").value = 12;
    expect(cleanWorkbookTexts(wb)).toBe(6);
    expect(ws.name).toBe("Bilan");
    expect([1, 2, 3, 4, 5].map((r) => ws.getCell(`A${r}`).value)).toEqual([
      "ÉTAT",
      { richText: [{ text: "a" }, { text: "b" }] },
      { formula: 'A1&""', result: "x" },
      { text: "lien", hyperlink: "https://exemple.fr" },
      12,
    ]);
  });
});

describe("xml-text : les classeurs que gef écrit, Excel peut les ouvrir", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("écrit des textes partagés et un graphique qui se lisent, et compte les caractères retirés", async () => {
    const plan: PlanSheet = {
      name: "Bilan S1 2024",
      blocks: [
        {
          row: 0,
          col: 0,
          cells: [
            ["Réservataire", "Objectif"],
            ["ÉTAT\ufffe", 10],
            ["VILLE\u001b[2J\u0007", 4],
          ],
          formats: [],
          boldRows: [0],
        },
      ],
      charts: [
        {
          name: "Graphique\u0007",
          type: "ColumnClustered",
          title: "Bilan \ud83dS1",
          source: "A1:B3",
          seriesBy: "Columns",
          dataLabels: false,
          legend: "Bottom",
          from: "D1",
          to: "J15",
        },
      ],
      widths: [30, 12],
    };
    const out = t.file("plan.xlsx");
    // 1 (U+FFFE) + 2 (ESC, BEL) in cells, 1 lone surrogate in the title, 1 BEL in the chart's name.
    expect(await writePlans(out, [plan])).toBe(5);
    expect(await unparsedParts(out)).toEqual([]);
    const rows = await readXlsx(out, "Bilan S1 2024");
    expect(rows.map((r) => r[0])).toEqual(["Réservataire", "ÉTAT", "VILLE[2J"]);
    const chart = (await readEntry(await readZipFile(out), "xl/charts/chart1.xml"))?.toString("utf8") ?? "";
    expect(chart).toContain("<a:t>Bilan S1</a:t>");
    expect(chart).toContain("<c:v>VILLE[2J</c:v>");
    // LibreOffice opens it, texts and chart kept.
    const lo = recalculated(out);
    expect((await readXlsx(lo, "Bilan S1 2024")).map((r) => r[0])).toEqual(["Réservataire", "ÉTAT", "VILLE[2J"]);
    expect((await readZipFile(lo)).entries.some((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name))).toBe(true);
  });

  it("« bilan -o » et « decompte -o » : un nom avec U+FFFE, ESC, BEL ou une demi-paire donne un classeur qui se lit, et la sortie le dit", async () => {
    const journal = t.file("journal.xlsx");
    const names = ["BAD\ufffeNAME", "OPH\u001b]0;titre\u0007SUD", "X\ud800Y", "PREFECTURE"];
    await writeXlsx(journal, {
      Journal: [
        ["Logement", "Réservataire", "Étape", "Date"],
        ...names.map((n, i) => [`L${i}`, n, "mise à disposition", "01/03/2024"]),
      ],
    });
    const bilan = t.file("bilan.xlsx");
    const r = await gef("bilan", journal, "--bailleur", "OPH\u0007SUD", "-o", bilan);
    expect(r.code).toBe(0);
    expect(await unparsedParts(bilan)).toEqual([]);
    expect(r.out).toMatch(
      /\n\d+ caractères? invalides? retirés? des textes écrits \(caractères de contrôle ou non-caractères qu'un classeur \.xlsx ne peut pas contenir/,
    );
    const decompte = t.file("decompte.xlsx");
    const d = await gef("decompte", journal, "-o", decompte);
    expect(d.code).toBe(0);
    expect(await unparsedParts(decompte)).toEqual([]);
    expect(d.out).toMatch(/caractères? invalides? retirés?/);
  });
});
