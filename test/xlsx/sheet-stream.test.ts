import fc from "fast-check";
import { HEAD_ROWS } from "../../src/xlsx/compact-grid";
import { textList } from "../../src/xlsx/shared-strings";
import { SheetReader, type SheetContext } from "../../src/xlsx/sheet-stream";

// The reader reads the usual cell (« <c r="B12" s="3" t="s"><v>42</v></c> ») and the usual row
// tag (« <row r="12" … ») in one pass, and every other shape attribute by attribute. Both ways
// must give the same sheet: each random sheet is written twice, once in the usual shape and once
// with its attributes in another order and spaced out, and fed in random chunks.

const texts = ["Nice", "Antibes", "PLUS", "PLAI", "T3", "", "Grasse", "QPV", "L0000001", "Cannes"];
const ctx: SheetContext = {
  strings: textList(texts),
  dateStyles: new Set([2]),
  date1904: false,
};

type Kind = "shared" | "whole" | "negative" | "decimal" | "bool" | "explicitNumber";
interface Cell {
  readonly col: number;
  readonly kind: Kind;
  readonly value: number;
  readonly style: number;
}
interface Row {
  readonly row: number;
  readonly cells: readonly Cell[];
}

const letters = (col: number): string => {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

const cellArb = fc.record({
  col: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(25, 26, 701, 702)),
  kind: fc.constantFrom<Kind>("shared", "whole", "negative", "decimal", "bool", "explicitNumber"),
  value: fc.oneof(
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.constant(999_999_999_999_999),
  ),
  style: fc.constantFrom(0, 0, 1, 2, 3, 12),
});

/** Rows in increasing order, across the head rows and the compact ones; cells by increasing column. */
const sheetArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.array(cellArb, { maxLength: 8 })), { maxLength: 60 })
  .map((rows) => {
    let row = HEAD_ROWS - 30;
    return rows.map(([gap, cells]): Row => {
      row += gap;
      const byCol = new Map(cells.map((c) => [c.col, c]));
      return { row, cells: [...byCol.values()].sort((a, b) => a.col - b.col) };
    });
  });

function valueText(c: Cell): string {
  if (c.kind === "shared") return String(c.value % texts.length);
  if (c.kind === "negative") return `-${c.value}`;
  if (c.kind === "decimal") return `${c.value}.25`;
  if (c.kind === "bool") return String(c.value % 2);
  return String(c.value);
}

function typeOf(c: Cell): string | undefined {
  return c.kind === "shared" ? "s" : c.kind === "bool" ? "b" : c.kind === "explicitNumber" ? "n" : undefined;
}

/** The usual shape: r first, then s, then t, no extra space. */
function usual(rows: readonly Row[]): string {
  return rows
    .map((r) => {
      const cells = r.cells.map((c) => {
        const t = typeOf(c);
        return `<c r="${letters(c.col)}${r.row}"${c.style > 0 ? ` s="${c.style}"` : ""}${t === undefined ? "" : ` t="${t}"`}><v>${valueText(c)}</v></c>`;
      });
      return `<row r="${r.row}" spans="1:9" x14ac:dyDescent="0.25">${cells.join("")}</row>`;
    })
    .join("");
}

/** The same cells, attributes in another order and spaced out: read attribute by attribute. */
function other(rows: readonly Row[]): string {
  return rows
    .map((r) => {
      const cells = r.cells.map((c) => {
        const t = typeOf(c);
        return `<c ${t === undefined ? "" : `t="${t}" `}${c.style > 0 ? `s="${c.style}"  ` : ""}r = '${letters(c.col)}${r.row}' ><v>${valueText(c)}</v></c>`;
      });
      return `<row spans="1:9"  r="${r.row}" >${cells.join("")}</row>`;
    })
    .join("");
}

/** Feeds `xml` in chunks cut at `cuts`, as the streaming reader does, and returns the sheet read. */
function read(xml: string, cuts: readonly number[]): unknown[][] {
  const reader = new SheetReader("Feuille", ctx);
  const bytes = Buffer.from(`<worksheet><sheetData>${xml}</sheetData></worksheet>`);
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  let pending = Buffer.alloc(0);
  let from = 0;
  for (const to of [...at, bytes.length]) {
    const buf = Buffer.concat([pending, bytes.subarray(from, to)]);
    const used = reader.feed(buf);
    pending = buf.subarray(used);
    from = to;
  }
  reader.end(pending.length);
  const grid = reader.sheet.grid();
  return Array.from({ length: grid.length }, (_, r) => Array.from(grid[r] ?? []));
}

describe("sheet-stream : la cellule usuelle lue d'un trait", () => {
  it("donne la même feuille que la lecture attribut par attribut, quel que soit le découpage en morceaux", () => {
    fc.assert(
      fc.property(sheetArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (rows, cuts) => {
        expect(read(usual(rows), cuts)).toEqual(read(other(rows), []));
      }),
      { numRuns: 150 },
    );
  });

  it("lit les valeurs de la forme usuelle comme Excel : textes partagés, nombres, dates, booléens", () => {
    const xml =
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>999999999999999</v></c><c r="C1" s="2"><v>45292</v></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" s="3" t="n"><v>-12</v></c><c r="F1" t="n"><v>2.5</v></c></row>';
    expect(read(xml, [0.5])[0]).toEqual([
      "Antibes",
      999_999_999_999_999,
      new Date(Date.UTC(2024, 0, 1)),
      true,
      -12,
      2.5,
    ]);
  });

  it("lit un attribut répété comme la lecture attribut par attribut", () => {
    // Not well-formed XML. In a cell the last « t » or « s » wins, as before this reader; in a row
    // tag the first « r » counts, whichever way the tag is read.
    expect(read('<row r="1"><c r="B1" t="s" t="n"><v>1</v></c></row>', [])[0]?.[1]).toBe(1);
    expect(read('<row r="1"><c r="B1" t="n" t="s"><v>1</v></c></row>', [])[0]?.[1]).toBe("Antibes");
    expect(read('<row r="1"><c r="B1" s="2" s="0"><v>45292</v></c></row>', [])[0]?.[1]).toBe(45292);
    expect(read('<row r="1" r="2"><c r="A1"><v>1</v></c></row>', [])[0]?.[0]).toBe(1);
    expect(read('<row  r="1" r="2"><c r="A1"><v>1</v></c></row>', [])[0]?.[0]).toBe(1);
    expect(() => read('<row r="1" r="2"><c r="A2"><v>1</v></c></row>', [])).toThrow(/hors de sa ligne 1/);
  });

  it("refuse comme avant une cellule dont l'adresse sort de sa ligne ou des limites d'Excel", () => {
    expect(() => read('<row r="2"><c r="A3"><v>1</v></c></row>', [])).toThrow(/hors de sa ligne 2/);
    expect(() => read('<row r="2"><c r="XFE2"><v>1</v></c></row>', [])).toThrow(/hors des limites d'Excel/);
    expect(read('<row r="2"><c r="XFD2"><v>1</v></c></row>', [])[1]?.[16_383]).toBe(1);
    expect(() => read('<row r="1048577"><c r="A1048577"><v>1</v></c></row>', [])).toThrow(/hors des limites d'Excel/);
  });
});
