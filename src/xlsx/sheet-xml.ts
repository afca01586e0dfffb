/**
 * A worksheet's XML (SpreadsheetML `<sheetData>`), read and rewritten cell by cell, for a sheet of
 * template size: rows and cells are found by their `r` address, formulas read (shared formulas
 * translated to each cell), cells replaced or inserted in column order.
 */
import { cellAddress } from "../domain";
import { escapeXml } from "./xml-text";

export { escapeXml };

export const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

/** The value of attribute `name` in a start tag's attribute text, unescaped. */
export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m === null ? undefined : unescapeXml(m[1] ?? m[2] ?? "");
}

/** Attribute text with `name` set to `value` (added when absent), or removed when value is undefined. */
export function withAttr(attrs: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = attrs.replace(re, "");
  return value === undefined ? without : `${without} ${name}="${escapeXml(value)}"`;
}

/** 0-based row and column of an A1 address (« $ » ignored). */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * A formula moved by `dRow` rows and `dCol` columns, as Excel fills a shared formula: relative
 * references shift, « $ » parts stay. Text in quotes, sheet-qualified and function names are left.
 */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  return formula.replace(
    /("[^"]*")|('[^']*'!)|(?<![A-Za-z0-9_.!])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (
      all: string,
      quoted: string | undefined,
      sheet: string | undefined,
      c$: string,
      letters: string,
      r$: string,
      digits: string,
    ) => {
      if (quoted !== undefined || sheet !== undefined) return all;
      const pos = parseAddress(`${letters}${digits}`);
      if (pos === undefined) return all;
      const col = c$ === "$" ? pos.col : pos.col + dCol;
      const row = r$ === "$" ? pos.row : pos.row + dRow;
      if (col < 0 || row < 0) return "#REF!";
      const shifted = cellAddress(row, col);
      const split = /^([A-Z]+)(\d+)$/.exec(shifted);
      return `${c$}${split?.[1] ?? ""}${r$}${split?.[2] ?? ""}`;
    },
  );
}

/** One `<c>` element: its attributes and content. */
interface CellXml {
  col: number;
  attrs: string;
  inner: string | undefined;
}

interface RowXml {
  row: number;
  attrs: string;
  cells: CellXml[] | undefined;
  /** The row's original text, kept as is when none of its cells change. */
  text: string;
}

const ROW_RE = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const F_RE = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;

function parseCells(inner: string, rowIndex: number): CellXml[] {
  const cells: CellXml[] = [];
  for (const m of inner.matchAll(CELL_RE)) {
    const attrs = m[1] ?? "";
    const r = attr(attrs, "r");
    const pos = r === undefined ? undefined : parseAddress(r);
    if (pos === undefined || pos.row !== rowIndex)
      throw new Error(`cellule sans adresse ou mal placée, ligne ${rowIndex + 1}`);
    cells.push({ col: pos.col, attrs, inner: m[2] });
  }
  return cells;
}

/** The `<sheetData>` of a worksheet, editable. */
export class SheetDataXml {
  private readonly rows: RowXml[] = [];
  private readonly before: string;
  private readonly after: string;

  constructor(readonly xml: string) {
    const open = /<sheetData\b[^>]*?(\/>|>)/.exec(xml);
    if (open === null) throw new Error("feuille sans <sheetData>");
    const start = open.index + open[0].length;
    if (open[1] === "/>") {
      this.before = `${xml.slice(0, open.index)}<sheetData>`;
      this.after = `</sheetData>${xml.slice(start)}`;
      return;
    }
    const end = xml.indexOf("</sheetData>", start);
    if (end < 0) throw new Error("feuille sans </sheetData>");
    this.before = xml.slice(0, start);
    this.after = xml.slice(end);
    for (const m of xml.slice(start, end).matchAll(ROW_RE)) {
      const attrs = m[1] ?? "";
      const r = Number(attr(attrs, "r"));
      if (!Number.isInteger(r) || r < 1) throw new Error("ligne sans numéro dans la feuille");
      this.rows.push({ row: r - 1, attrs, cells: undefined, text: m[0] });
    }
  }

  private cellsOf(row: RowXml): CellXml[] {
    if (row.cells === undefined) {
      const inner = /^<row\b[^>]*?>([\s\S]*)<\/row>$/.exec(row.text)?.[1] ?? "";
      row.cells = parseCells(inner, row.row);
    }
    return row.cells;
  }

  /** Every cell's formula (shared formulas translated), keyed by A1 address, with its leading « = ». */
  formulas(): Map<string, string> {
    const out = new Map<string, string>();
    const masters = new Map<string, { formula: string; row: number; col: number }>();
    const clones: { si: string; row: number; col: number }[] = [];
    for (const row of this.rows) {
      if (!row.text.includes("<f")) continue;
      for (const c of this.cellsOf(row)) {
        const f = c.inner === undefined ? null : F_RE.exec(c.inner);
        if (f === null) continue;
        const fattrs = f[1] ?? "";
        const text = unescapeXml(f[2] ?? "");
        const si = attr(fattrs, "si");
        if (attr(fattrs, "t") === "shared" && si !== undefined) {
          if (text !== "") masters.set(si, { formula: text, row: row.row, col: c.col });
          else clones.push({ si, row: row.row, col: c.col });
        }
        if (text !== "") out.set(cellAddress(row.row, c.col), `=${text}`);
      }
    }
    for (const c of clones) {
      const m = masters.get(c.si);
      if (m !== undefined)
        out.set(cellAddress(c.row, c.col), `=${slideFormula(m.formula, c.row - m.row, c.col - m.col)}`);
    }
    return out;
  }

  /** The style index of a cell (0 when it has none or does not exist). */
  styleOf(row: number, col: number): number {
    const r = this.rows.find((x) => x.row === row);
    const c = r === undefined ? undefined : this.cellsOf(r).find((x) => x.col === col);
    return Number(c === undefined ? 0 : (attr(c.attrs, "s") ?? 0));
  }

  /** Shared-formula group ids (si) of the given cells. */
  sharedGroupsAt(cells: readonly { row: number; col: number }[]): Set<string> {
    const groups = new Set<string>();
    for (const { row, col } of cells) {
      const r = this.rows.find((x) => x.row === row);
      const c = r === undefined ? undefined : this.cellsOf(r).find((x) => x.col === col);
      const f = c?.inner === undefined ? null : F_RE.exec(c.inner);
      const si = f === null ? undefined : attr(f[1] ?? "", "si");
      if (f !== null && attr(f[1] ?? "", "t") === "shared" && si !== undefined) groups.add(si);
    }
    return groups;
  }

  /** Turns the cells of the given shared groups into plain formulas (their cached values kept). */
  unshare(groups: ReadonlySet<string>, formulas: ReadonlyMap<string, string>): void {
    if (groups.size === 0) return;
    for (const row of this.rows) {
      if (!row.text.includes("<f")) continue;
      for (const c of this.cellsOf(row)) {
        const f = c.inner === undefined ? null : F_RE.exec(c.inner);
        const si = f === null ? undefined : attr(f[1] ?? "", "si");
        if (f === null || si === undefined || !groups.has(si) || c.inner === undefined) continue;
        const text = formulas.get(cellAddress(row.row, c.col));
        if (text === undefined) continue;
        c.inner = c.inner.replace(F_RE, `<f>${escapeXml(text.replace(/^=/, ""))}</f>`);
        row.text = "";
      }
    }
  }

  /** Sets a cell's content (`<f>`, `<v>`, `<is>`), type (`t`) and style (`s`), creating row and cell. */
  setCell(
    row: number,
    col: number,
    content: { readonly t?: string; readonly inner: string; readonly style: number },
  ): void {
    let r = this.rows.find((x) => x.row === row);
    if (r === undefined) {
      r = { row, attrs: ` r="${row + 1}"`, cells: [], text: "" };
      const at = this.rows.findIndex((x) => x.row > row);
      this.rows.splice(at < 0 ? this.rows.length : at, 0, r);
    }
    const cells = this.cellsOf(r);
    let attrs = withAttr(
      withAttr(` r="${cellAddress(row, col)}"`, "s", content.style === 0 ? undefined : String(content.style)),
      "t",
      content.t,
    );
    const existing = cells.find((c) => c.col === col);
    if (existing !== undefined) {
      // Keep other attributes (cm, vm, ph) of the cell.
      attrs = withAttr(
        withAttr(existing.attrs, "s", content.style === 0 ? undefined : String(content.style)),
        "t",
        content.t,
      );
      existing.attrs = attrs;
      existing.inner = content.inner;
    } else {
      const at = cells.findIndex((c) => c.col > col);
      cells.splice(at < 0 ? cells.length : at, 0, { col, attrs, inner: content.inner });
    }
    r.text = "";
  }

  /** The worksheet's XML with the changes. */
  toString(): string {
    const rows = this.rows.map((r) => {
      if (r.text !== "") return r.text;
      // « spans » is a hint that a new cell could contradict: dropped from changed rows.
      const attrs = withAttr(r.attrs, "spans", undefined);
      const cells = (r.cells ?? [])
        .map((c) => (c.inner === undefined ? `<c${c.attrs}/>` : `<c${c.attrs}>${c.inner}</c>`))
        .join("");
      return `<row${attrs}>${cells}</row>`;
    });
    return `${this.before}${rows.join("")}${this.after}`;
  }
}
