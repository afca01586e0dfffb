/**
 * Filling the template of a large workbook without loading it: the .xlsx is patched in place of
 * being rewritten. Only the template sheet's XML, the styles (for number formats) and the workbook
 * part (recalculation on opening) change; every other part — a million-row sheet included — is
 * copied byte for byte, still compressed. The calculation chain is dropped (Excel rebuilds it).
 *
 * Used by `gef remplir` when the file is streamed (see xlsx.ts); the exceljs path stays the
 * reference for ordinary files.
 */
import type { CellWrite, Grid } from "../domain";
import { SheetDataXml, attr, escapeXml, withAttr } from "./sheet-xml";
import { writeAtomically, writeZipFile } from "./node-files";
import { readZipFile } from "./platform-node";
import { normalizePart } from "./xlsx-read";
import { xmlTally } from "./xml-text";
import { readEntry, type Zip } from "./zip";

/** Built-in number formats of SpreadsheetML (ECMA-376 §18.8.30) that GEF may write. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

const text = async (zip: Zip, name: string): Promise<string | undefined> =>
  (await readEntry(zip, name))?.toString("utf8");

/** The part holding a sheet, from workbook.xml and its relationships (« xl/worksheets/sheet2.xml »). */
export async function sheetPart(zip: Zip, sheetName: string): Promise<string | undefined> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  if (workbook === undefined || rels === undefined) return undefined;
  let id: string | undefined;
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    if (attr(m[1] ?? "", "name") === sheetName) id = attr(m[1] ?? "", "r:id");
  }
  if (id === undefined) return undefined;
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    if (attr(m[1] ?? "", "Id") !== id) continue;
    const target = attr(m[1] ?? "", "Target") ?? "";
    return target.startsWith("/") ? target.slice(1) : normalizePart(`xl/${target}`);
  }
  return undefined;
}

/** Formulas of a sheet's cells read from its XML, shared formulas translated (« B14 » → « =SUM(B16:B21) »). */
export async function sheetFormulasFromZip(zip: Zip, sheetName: string): Promise<Map<string, string> | undefined> {
  const part = await sheetPart(zip, sheetName);
  const xml = part === undefined ? undefined : await text(zip, part);
  return xml === undefined ? undefined : new SheetDataXml(xml).formulas();
}

/** styles.xml, with cell formats added on demand: (style, number format) → new style index. */
class Styles {
  private readonly xfs: string[];
  private readonly formats = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly memo = new Map<string, number>();
  private nextFormatId = 164;

  constructor(private readonly xml: string) {
    for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
      const id = Number(attr(m[1] ?? "", "numFmtId"));
      const code = attr(m[1] ?? "", "formatCode");
      if (code !== undefined && Number.isInteger(id)) {
        this.formats.set(code, id);
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    this.xfs =
      cellXfs === null
        ? ["<xf/>"]
        : [...(cellXfs[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  /** The index of a format like `style` with number format `code`. */
  withFormat(style: number, code: string): number {
    const key = `${style}|${code}`;
    const seen = this.memo.get(key);
    if (seen !== undefined) return seen;
    const id = this.formatId(code);
    const xf = this.xfs[style] ?? this.xfs[0] ?? "<xf/>";
    const open = /^<xf\b([^>]*?)(\/?)>/.exec(xf);
    let index = style;
    if (Number(attr(open?.[1] ?? "", "numFmtId") ?? 0) !== id || this.xfs[style] === undefined) {
      const attrs = withAttr(withAttr(open?.[1] ?? "", "numFmtId", String(id)), "applyNumberFormat", "1");
      this.xfs.push(xf.replace(/^<xf\b[^>]*?(\/?)>/, `<xf${attrs}$1>`));
      index = this.xfs.length - 1;
    }
    this.memo.set(key, index);
    return index;
  }

  get changed(): boolean {
    return this.memo.size > 0;
  }

  toString(): string {
    let xml = this.xml;
    if (this.added.length > 0) {
      if (/<numFmts\b/.test(xml)) {
        xml = xml.replace(
          /<numFmts\b([^>]*?)(\/>|>([\s\S]*?)<\/numFmts>)/,
          (_, attrs: string, _end: string, inner: string | undefined) => {
            const all = `${inner ?? ""}${this.added.join("")}`;
            const count = (all.match(/<numFmt\b/g) ?? []).length;
            return `<numFmts${withAttr(attrs, "count", String(count))}>${all}</numFmts>`;
          },
        );
      } else {
        xml = xml.replace(
          /<styleSheet\b[^>]*>/,
          (open) => `${open}<numFmts count="${this.added.length}">${this.added.join("")}</numFmts>`,
        );
      }
    }
    const cellXfs = `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>`;
    return /<cellXfs\b/.test(xml)
      ? xml.replace(/<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/, cellXfs)
      : xml.replace(/<\/styleSheet>/, `${cellXfs}</styleSheet>`);
  }
}

/** workbook.xml with `fullCalcOnLoad`: Excel recomputes every formula when it opens the file. */
function recalcOnLoad(workbook: string): string {
  if (/<calcPr\b/.test(workbook))
    return workbook.replace(
      /<calcPr\b([^>]*?)(\/?)>/,
      (_, attrs: string, close: string) => `<calcPr${withAttr(attrs, "fullCalcOnLoad", "1")}${close}>`,
    );
  // calcPr comes after sheets, functionGroups, externalReferences and definedNames (CT_Workbook).
  const anchors = [
    /<\/definedNames>|<definedNames\/>/,
    /<\/externalReferences>/,
    /<\/functionGroups>|<functionGroups\b[^>]*\/>/,
    /<\/sheets>/,
  ];
  for (const re of anchors) {
    const m = re.exec(workbook);
    if (m !== null)
      return `${workbook.slice(0, m.index + m[0].length)}<calcPr fullCalcOnLoad="1"/>${workbook.slice(m.index + m[0].length)}`;
  }
  return workbook;
}

/** A number as SpreadsheetML writes it. */
const numberXml = (n: number): string => (Number.isFinite(n) ? String(n) : "0");

/**
 * Writes `output`: a copy of `input` whose sheet `sheetName` holds the planned writes.
 * @param results the sheet's values once evaluated, for the formulas' cached results
 * @returns the number of characters removed from the texts written (see xml-text.ts)
 * @throws CliError when the output cannot be written; Error for a part GEF cannot read
 */
export async function patchWorkbook(
  input: string,
  output: string,
  sheetName: string,
  writes: readonly CellWrite[],
  results: Grid,
): Promise<number> {
  const tally = xmlTally();
  const zip = await readZipFile(input);
  const part = await sheetPart(zip, sheetName);
  const sheetXml = part === undefined ? undefined : await text(zip, part);
  if (part === undefined || sheetXml === undefined)
    throw new Error(`feuille « ${sheetName} » introuvable dans le classeur`);
  const sheet = new SheetDataXml(sheetXml);
  const stylesXml = await text(zip, "xl/styles.xml");
  const styles = stylesXml === undefined ? undefined : new Styles(stylesXml);

  // A shared formula whose cell changes would leave its copies without text: all become plain.
  sheet.unshare(sheet.sharedGroupsAt(writes), sheet.formulas());
  for (const w of writes) {
    let style = sheet.styleOf(w.row, w.col);
    const format = w.asText === true ? "@" : w.numberFormat;
    if (format !== undefined && styles !== undefined) style = styles.withFormat(style, format);
    if (w.asText === true) {
      sheet.setCell(w.row, w.col, {
        t: "inlineStr",
        inner: `<is><t xml:space="preserve">${escapeXml(String(w.value ?? ""), tally)}</t></is>`,
        style,
      });
    } else if (w.formula !== undefined) {
      const result = results[w.row]?.[w.col];
      const cached = typeof result === "number" && Number.isFinite(result) ? `<v>${numberXml(result)}</v>` : "";
      sheet.setCell(w.row, w.col, { inner: `<f>${escapeXml(w.formula.replace(/^=/, ""), tally)}</f>${cached}`, style });
    } else if (typeof w.value === "number") {
      sheet.setCell(w.row, w.col, { inner: `<v>${numberXml(w.value)}</v>`, style });
    } else if (typeof w.value === "string") {
      sheet.setCell(w.row, w.col, {
        t: "inlineStr",
        inner: `<is><t xml:space="preserve">${escapeXml(w.value, tally)}</t></is>`,
        style,
      });
    }
  }

  const replace = new Map<string, Buffer>([[part, Buffer.from(sheet.toString(), "utf8")]]);
  if (styles !== undefined && styles.changed) replace.set("xl/styles.xml", Buffer.from(styles.toString(), "utf8"));
  const workbook = await text(zip, "xl/workbook.xml");
  if (workbook !== undefined) replace.set("xl/workbook.xml", Buffer.from(recalcOnLoad(workbook), "utf8"));
  const drop = new Set<string>();
  if (zip.entries.some((e) => e.name === "xl/calcChain.xml")) {
    drop.add("xl/calcChain.xml");
    const rels = await text(zip, "xl/_rels/workbook.xml.rels");
    const types = await text(zip, "[Content_Types].xml");
    if (rels !== undefined)
      replace.set(
        "xl/_rels/workbook.xml.rels",
        Buffer.from(rels.replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, ""), "utf8"),
      );
    if (types !== undefined)
      replace.set("[Content_Types].xml", Buffer.from(types.replace(/<Override\b[^>]*calcChain[^>]*\/>/g, ""), "utf8"));
  }

  await writeAtomically(output, (tmp) => writeZipFile(tmp, zip, replace, drop));
  return tally.removed;
}
