/**
 * The workbook of issue 25, point 8a, generated for `npm run bench:cli` (never committed): a journal
 * header in row 1, then 1 048 575 rows each holding one value in column XFD (about 5 MB zipped). Its
 * reading must cost what the cells are, not what the column letter is: before the fix, `gef
 * decompte` built each row 16 384 cells wide and ran for more than 10 minutes.
 */
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipBuffer } from "../test/support/raw-xlsx";

const NS = "http://schemas.openxmlformats.org";

const cell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Writes (once per size) the workbook of `rows` rows below the header; returns its path. */
export function wideSheetWorkbook(rows = 1_048_575): string {
  const file = path.join(tmpdir(), `gef-bench-xfd-${rows}-v1.xlsx`);
  if (existsSync(file)) return file;
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>`,
  ];
  parts.push(
    `<row r="1">${cell("A1", "Logement")}${cell("B1", "Réservataire")}${cell("C1", "Étape")}${cell("D1", "Date")}</row>`,
  );
  for (let r = 2; r <= rows + 1; r++) parts.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
  parts.push("</sheetData></worksheet>");
  const rels = (target: string, type: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;
  const partial = `${file}.partiel`;
  writeFileSync(
    partial,
    zipBuffer([
      {
        name: "[Content_Types].xml",
        data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      },
      { name: "_rels/.rels", data: rels("xl/workbook.xml", "officeDocument") },
      {
        name: "xl/workbook.xml",
        data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="Journal" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
      { name: "xl/_rels/workbook.xml.rels", data: rels("worksheets/sheet1.xml", "worksheet") },
      { name: "xl/worksheets/sheet1.xml", data: parts.join("") },
    ]),
  );
  renameSync(partial, file);
  return file;
}
