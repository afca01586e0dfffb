/**
 * Issue 25, point 8a: a sheet whose rows each hold one value in column XFD. Reading it must cost
 * what its cells are, never what its last column letter is (`gef decompte` ran for more than ten
 * minutes on 1 048 575 such rows, each built 16 384 cells wide). Asserted on structure and on a
 * count of cell reads, never on time; the figure on the full workbook is in `npm run bench:cli`.
 */
import { HEAD_ROWS } from "../../src/xlsx/compact-grid";
import { textList } from "../../src/xlsx/shared-strings";
import { SheetReader, type SheetContext } from "../../src/xlsx/sheet-stream";
import {
  gridView,
  isBlankRow,
  lireEtatDesLieux,
  readJournal,
  readLogements,
  readMouvements,
  serialFromParts,
  type Grid,
} from "../../src/domain";

const ctx: SheetContext = {
  strings: textList(["L1", "ÉTAT", "mise à disposition"]),
  dateStyles: new Set(),
  date1904: false,
};
const XFD = 16_383;

/** A sheet read by the command line's streaming reader from its rows' XML. */
function readSheet(rowsXml: string): Grid {
  const reader = new SheetReader("Journal", ctx);
  const bytes = Buffer.from(`<worksheet><sheetData>${rowsXml}</sheetData></worksheet>`);
  reader.end(bytes.length - reader.feed(bytes));
  return reader.sheet.grid();
}

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe("feuille aux lignes larges (une valeur en colonne XFD)", () => {
  it("une ligne lue par le lecteur en flux ne tient que ses cellules, sa longueur restant celle de sa dernière colonne", () => {
    const r = HEAD_ROWS + 5;
    const grid = readSheet(`<row r="${r}"><c r="B${r}"><v>7</v></c><c r="XFD${r}"><v>1</v></c></row>`);
    const row = grid[r - 1] ?? [];
    expect(row.length).toBe(XFD + 1);
    expect(row[1]).toBe(7);
    expect(row[XFD]).toBe(1);
    expect(row[2] ?? null).toBeNull();
    // Old code: 16 384 entries, one per column up to XFD.
    expect(Object.keys(row)).toEqual(["1", String(XFD)]);
    expect(isBlankRow(row)).toBe(false);
  });

  it("lit les événements d'un journal dont chaque ligne a aussi une valeur en XFD", () => {
    const date = serialFromParts(2024, 3, 5) ?? 0;
    const rows = [
      `<row r="1">${inline("A1", "Logement")}${inline("B1", "Réservataire")}${inline("C1", "Étape")}${inline("D1", "Date")}</row>`,
    ];
    let events = 0;
    for (let r = 2; r <= HEAD_ROWS + 20; r++) {
      if (r % 2 === 0) events++;
      const event =
        r % 2 === 0
          ? `<c r="A${r}" t="s"><v>0</v></c><c r="B${r}" t="s"><v>1</v></c><c r="C${r}" t="s"><v>2</v></c><c r="D${r}"><v>${date}</v></c>`
          : "";
      rows.push(`<row r="${r}">${event}<c r="XFD${r}"><v>1</v></c></row>`);
    }
    const j = readJournal(readSheet(rows.join("")));
    if (!j.ok) throw new Error(j.error.message);
    // Every other row is an event, on both sides of the head rows (kept whole) and the compact ones.
    expect(j.value.size).toBe(events);
    expect(j.value.logements).toEqual(["L1"]);
    expect(j.value.reservataires).toEqual(["ÉTAT"]);
  });

  it("les lecteurs du domaine ne lisent que les cellules présentes d'une ligne large", () => {
    // Each row holds one value in XFD; reads of its cells are counted through a proxy.
    let reads = 0;
    const rows = 400;
    const wideRow = (): readonly unknown[] => {
      const target: unknown[] = [];
      target[XFD] = 1;
      return new Proxy(target, {
        get: (t, p, rcv) => (typeof p === "string" && /^\d+$/.test(p) && reads++, Reflect.get(t, p, rcv) as unknown),
        has: (t, p) => (typeof p === "string" && /^\d+$/.test(p) && reads++, Reflect.has(t, p)),
      });
    };
    const header = ["Logement", "Réservataire", "Étape", "Date"];
    const grid = gridView(rows, (r) => (r === 0 ? header : wideRow()));
    readJournal(grid);
    readLogements(grid);
    readMouvements(grid);
    lireEtatDesLieux(grid);
    // A few reads per row and reader; walking each row to XFD was 16 384 reads per row.
    expect(reads / rows).toBeLessThan(100);
  });
});
