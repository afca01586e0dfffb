/**
 * Reading a .csv as one sheet, for the RPLS open-data files and the tables bailleurs export (docs/choix.md
 * « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »):
 * - separator « ; » (French Excel, data.gouv.fr), « , » or tabulation, guessed from the first line
 *   outside quotes;
 * - UTF-8 with or without a BOM; a line that is not valid UTF-8 is read as Windows-1252 (what French
 *   Excel writes for « CSV (séparateur : point-virgule) »), line by line (see {@link CsvDecoder});
 *   UTF-16 with its BOM (Excel's « Texte Unicode »);
 * - quoted fields (« "" » for a quote, separators and line breaks inside quotes);
 * - a field that is a plain number becomes a number (« 12,5 » with « ; », « 12.5 » with « , »),
 *   but a code with a leading zero (« 06088 »), a number of more than 15 digits or anything else
 *   stays text, as the RPLS codes must.
 * Read in chunks into a compact sheet: at most Excel's 1 048 576 rows and 16 384 columns.
 */
import { CompactSheet } from "./compact-grid";
import { XlsxError } from "./errors";
import { MAX_COLS, MAX_ROWS } from "./cell-bytes";
import { asBuffer, type FileSource, type XlsxPlatform } from "./platform";
import { isUtf8 as checkUtf8 } from "./utf8";
import type { ReadOptions } from "./xlsx-read";
import type { XlsxSheet } from "./sheet-grid";

/**
 * One field may not exceed this (docs/choix.md « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »): ten times Excel's
 * limit for a cell.
 */
const MAX_FIELD = 327_670;

/** The separator of a first line: the most frequent of « ; », « , » and tab outside quotes. */
export function guessSeparator(firstLine: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ";";
  for (const [sep, n] of counts) if (n > (counts.get(best) ?? 0)) best = sep;
  return best;
}

/** A field's value: a number when it is plainly one, else its text; blank → null. */
export function csvValue(field: string, separator: string): unknown {
  if (field === "") return null;
  const decimal = separator === "," ? "\\." : "[,.]";
  if (new RegExp(`^-?(?:0|[1-9]\\d{0,14})(?:${decimal}\\d+)?$`).test(field)) return Number(field.replace(",", "."));
  return field;
}

/** Parses CSV text fed in pieces; calls `onRow` with each record's fields. */
export class CsvParser {
  private field = "";
  private fields: string[] = [];
  private quoted = false;
  private afterQuote = false;
  separator: string | undefined;
  private head = "";

  constructor(private readonly onRow: (fields: string[]) => void) {}

  feed(text: string): void {
    if (this.separator === undefined) {
      this.head += text;
      const nl = this.head.search(/\r|\n/);
      if (nl < 0 && this.head.length < 1_000_000) return;
      this.separator = guessSeparator(this.head.slice(0, nl < 0 ? undefined : nl));
      text = this.head;
      this.head = "";
    }
    const sep = this.separator;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (this.quoted) {
        if (ch === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else this.field += ch;
      } else if (ch === '"') {
        // A doubled quote inside a quoted field, or a quote opening one.
        if (this.afterQuote) this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
      } else if (ch === sep) this.endField();
      else if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && text[i + 1] === "\n") i++;
        this.endRecord();
      } else {
        this.field += ch;
        this.afterQuote = false;
      }
      if (this.field.length > MAX_FIELD)
        throw new XlsxError("CSV_ILLISIBLE", { detail: "un champ dépasse 327 670 caractères (guillemet non fermé ?)" });
    }
  }

  end(): void {
    if (this.separator === undefined) this.feed("\n");
    if (this.field !== "" || this.fields.length > 0) this.endRecord();
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.afterQuote = false;
    if (this.fields.length > MAX_COLS)
      throw new XlsxError("CSV_ILLISIBLE", { detail: "plus de 16 384 colonnes, la limite d'Excel" });
  }

  private endRecord(): void {
    this.endField();
    const fields = this.fields;
    this.fields = [];
    this.onRow(fields);
  }
}

/**
 * Turns a file's bytes into text, chunk by chunk (docs/choix.md « Fichiers lus par gef : .xlsx, .csv, .ods, .xls »):
 * - a BOM FF FE or FE FF: UTF-16 little or big endian (what Excel's « Texte Unicode » writes);
 * - otherwise line by line: a line that is valid UTF-8 is read as UTF-8, any other line as
 *   Windows-1252, so that a file of UTF-8 lines with one line pasted from an older export still
 *   spells « Préfecture » one way. Chunks are cut after their last line feed (a byte never inside a
 *   UTF-8 sequence); a chunk wholly valid is decoded at once, the usual case.
 */
export class CsvDecoder {
  private readonly utf8 = new TextDecoder("utf-8");
  private readonly cp1252 = new TextDecoder("windows-1252");
  private utf16: TextDecoder | undefined;
  private carry: Buffer = Buffer.alloc(0);
  private started = false;

  /** @param isUtf8 the platform's UTF-8 check (platform.ts) */
  constructor(private readonly isUtf8: (b: Uint8Array) => boolean = checkUtf8) {}

  decode(chunk: Buffer): string {
    if (!this.started) {
      const head = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
      if (head.length < 2) {
        this.carry = head;
        return "";
      }
      this.started = true;
      this.carry = Buffer.alloc(0);
      if (head[0] === 0xff && head[1] === 0xfe) this.utf16 = new TextDecoder("utf-16le");
      else if (head[0] === 0xfe && head[1] === 0xff) this.utf16 = new TextDecoder("utf-16be");
      chunk = head;
    }
    if (this.utf16 !== undefined) return this.utf16.decode(chunk, { stream: true });
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const last = buf.lastIndexOf(0x0a);
    if (last < 0) {
      this.carry = buf;
      return "";
    }
    this.carry = Buffer.from(buf.subarray(last + 1));
    return this.lines(buf.subarray(0, last + 1));
  }

  /** The rest, at the end of the file. */
  end(): string {
    if (this.utf16 !== undefined) return this.utf16.decode();
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return rest.length > 0 ? this.lines(rest) : "";
  }

  /** Whole lines: at once when all are UTF-8, else each in its encoding. */
  private lines(buf: Buffer): string {
    if (this.isUtf8(buf)) return this.utf8.decode(buf);
    let out = "";
    for (let from = 0; from < buf.length;) {
      const nl = buf.indexOf(0x0a, from);
      const to = nl < 0 ? buf.length : nl + 1;
      const line = buf.subarray(from, to);
      out += this.isUtf8(line) ? this.utf8.decode(line) : this.cp1252.decode(line);
      from = to;
    }
    return out;
  }
}

/** A file's name without its folder and extension, as the sheet's name. */
const sheetName = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, "");

async function readSheet(
  file: FileSource,
  platform: XlsxPlatform,
  { onRows, maxRows = Infinity }: ReadOptions,
): Promise<XlsxSheet> {
  const decoder = new CsvDecoder(platform.isUtf8);
  const sheet = new CompactSheet(sheetName(file.name));
  let row = 0;
  let separator = ";";
  const parser = new CsvParser((fields) => {
    if (row >= MAX_ROWS)
      throw new XlsxError("CSV_ILLISIBLE", {
        detail: "plus de 1 048 576 lignes, la limite d'Excel : filtrez le fichier (par département, par exemple)",
      });
    separator = parser.separator ?? ";";
    const values = fields.map((f) => csvValue(f, separator));
    if (values.some((v) => v !== null)) sheet.addRow(row, values);
    row++;
    if (row % 10_000 === 0) onRows?.(row);
  });
  let enough = false;
  for await (const chunk of file.chunks()) {
    parser.feed(decoder.decode(asBuffer(chunk)));
    // The rows wanted are read: the rest of the file is not (the line cut by the chunk's end is dropped).
    if ((enough = row > maxRows)) break;
  }
  if (!enough) {
    parser.feed(decoder.end());
    parser.end();
  }
  onRows?.(row);
  return { name: sheet.name, values: sheet.grid(), formulas: sheet.formulas(), merged: [] };
}

/** Reads a .csv file as a one-sheet workbook. @throws XlsxError for a file that cannot be read */
export async function readCsv(
  file: FileSource,
  platform: XlsxPlatform,
  options: ReadOptions = {},
): Promise<{ sheets: XlsxSheet[]; active: string }> {
  let sheet: XlsxSheet;
  try {
    sheet = await readSheet(file, platform, options);
  } catch (e) {
    if (e instanceof XlsxError) throw new XlsxError("CSV_ILLISIBLE", { fichier: file.name, detail: e.params.detail });
    throw new XlsxError("FICHIER_ABSENT", { fichier: file.name });
  }
  return { sheets: [sheet], active: sheet.name };
}
