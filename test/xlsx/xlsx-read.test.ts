/** src/xlsx/xlsx-read.ts: a workbook's sheets, in tab order, with its active tab, dates and texts, on both platforms. */
import { PLATFORMS } from "../support/platforms";
import { zipBuffer } from "../support/raw-xlsx";
import { blobFile } from "../../src/xlsx/platform-browser";
import type { XlsxPlatform } from "../../src/xlsx/platform";
import { normalizePart, readXlsx } from "../../src/xlsx/xlsx-read";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Two sheets (« Données », then « Calcul assiette », the active tab), a chart sheet between them, shared strings and a date style. */
function workbook(): Buffer {
  return zipBuffer([
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook ${NS}><bookViews><workbookView activeTab="2"/></bookViews><sheets><sheet name="Données" sheetId="1" r:id="rId1"/><sheet name="Graphique" sheetId="2" r:id="rId2"/><sheet name="Calcul assiette" sheetId="3" r:id="rId3"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/worksheet" Target="./worksheets/../worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rId5" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: "xl/sharedStrings.xml", data: `<sst ${NS}><si><t>Nice</t></si><si><t>PLUS</t></si></sst>` },
    {
      name: "xl/styles.xml",
      data: `<styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>45292</v></c></row></sheetData></worksheet>`,
    },
    {
      name: "xl/worksheets/sheet2.xml",
      data: `<worksheet ${NS}><sheetData><row r="2"><c r="B2"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>`,
    },
  ]);
}

describe("xlsx-read : chemins des parties", () => {
  it("résout « . » et « .. » comme le fait un lecteur de paquet OPC", () => {
    expect(normalizePart("xl/./worksheets/../worksheets/sheet2.xml")).toBe("xl/worksheets/sheet2.xml");
    expect(normalizePart("xl/../docProps/app.xml")).toBe("docProps/app.xml");
  });
});

describe.each(PLATFORMS)("xlsx-read : un classeur lu par la plateforme $nom", ({ platform }) => {
  it("donne les feuilles de cellules dans l'ordre des onglets, sans la feuille graphique, et l'onglet actif", async () => {
    const read = await readXlsx(blobFile(new Blob([Uint8Array.from(workbook())]), "deux-feuilles.xlsx"), platform);
    expect(read.sheets.map((s) => s.name)).toEqual(["Données", "Calcul assiette"]);
    expect(read.active).toBe("Calcul assiette");
    // 45292 under format 14 (a date) is 1 January 2024; shared strings decoded.
    expect(read.sheets[0]?.values[0]?.slice(0, 2)).toEqual(["Nice", "PLUS"]);
    expect(read.sheets[0]?.values[0]?.[2]).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(read.sheets[1]?.values[1]?.[1]).toBe(2);
    expect(read.sheets[1]?.formulas[1]?.[1]).toBe("=1+1");
  });
});

/** A workbook of one sheet of `rows` rows (« Nice » and a number in each). */
function longWorkbook(rows: number): Buffer {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++)
    body.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Nice</t></is></c><c r="B${r}"><v>${r}</v></c></row>`);
  return zipBuffer([
    {
      name: "xl/workbook.xml",
      data: `<workbook ${NS}><sheets><sheet name="RPLS" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: "xl/worksheets/sheet1.xml", data: `<worksheet ${NS}><sheetData>${body.join("")}</sheetData></worksheet>` },
  ]);
}

describe.each(PLATFORMS)("xlsx-read : les premières lignes seulement (maxRows), plateforme $nom", ({ platform }) => {
  jest.setTimeout(60_000);

  it("lit les lignes voulues sans décompresser le reste de la feuille", async () => {
    let inflated = 0;
    const counting: XlsxPlatform = {
      ...platform,
      inflateChunks: async function* (data, size) {
        for await (const c of platform.inflateChunks(data, size)) {
          inflated += c.length;
          yield c;
        }
      },
    };
    const file = Uint8Array.from(longWorkbook(100_000));
    const whole = await readXlsx(blobFile(new Blob([file]), "long.xlsx"), counting);
    const wholeBytes = inflated;
    expect(whole.sheets[0]?.values.length).toBe(100_000);
    inflated = 0;
    const head = await readXlsx(blobFile(new Blob([file]), "long.xlsx"), counting, { maxRows: 1024 });
    const rows = head.sheets[0]?.values ?? [];
    expect(rows.slice(0, 2)).toEqual([
      ["Nice", 1],
      ["Nice", 2],
    ]);
    expect(rows[1023]).toEqual(["Nice", 1024]);
    // 100 000 rows of about 80 bytes: 8 MB; the first 1 024 rows (80 KB) come in the first chunk (1 MB at most).
    expect(wholeBytes).toBeGreaterThan(7_000_000);
    expect(inflated).toBeLessThan(wholeBytes / 4);
  });
});
