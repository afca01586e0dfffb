/**
 * Reading a .csv as one sheet, for the RPLS open-data files and the tables bailleurs export [D]:
 * - separator « ; » (French Excel, data.gouv.fr), « , » or tabulation, guessed from the first line
 *   outside quotes;
 * - UTF-8 with or without a BOM; a file that is not valid UTF-8 is read as Windows-1252 (what French
 *   Excel writes for « CSV (séparateur : point-virgule) »);
 * - quoted fields (« "" » for a quote, separators and line breaks inside quotes);
 * - a field that is a plain number becomes a number (« 12,5 » with « ; », « 12.5 » with « , »),
 *   but a code with a leading zero (« 06088 »), a number of more than 15 digits or anything else
 *   stays text, as the RPLS codes must.
 * Read in chunks into a compact sheet: at most Excel's 1 048 576 rows and 16 384 columns.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { CompactSheet } from "./compact-grid";
import { CliError } from "./errors";
import { MAX_COLS, MAX_ROWS } from "./cell-bytes";
import type { ReadSheet } from "./xlsx-read";

/** One field may not exceed this [D]: ten times Excel's limit for a cell. */
const MAX_FIELD = 327_670;

/** The separator of a first line: the most frequent of « ; », « , » and tab outside quotes. */
export function guessSeparator(firstLine: string): string {
  const counts = new Map<string, number>([[";", 0], [",", 0], ["\t", 0]]);
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
      if (this.field.length > MAX_FIELD) throw new CliError("CSV_ILLISIBLE", { detail: "un champ dépasse 327 670 caractères (guillemet non fermé ?)" });
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
    if (this.fields.length > MAX_COLS) throw new CliError("CSV_ILLISIBLE", { detail: "plus de 16 384 colonnes, la limite d'Excel" });
  }

  private endRecord(): void {
    this.endField();
    const fields = this.fields;
    this.fields = [];
    this.onRow(fields);
  }
}

async function readWith(file: string, encoding: "utf-8" | "windows-1252", onRows?: (rows: number) => void): Promise<ReadSheet> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: false });
  const sheet = new CompactSheet(path.basename(file).replace(/\.[^.]+$/, ""));
  let row = 0;
  let separator = ";";
  const parser = new CsvParser((fields) => {
    if (row >= MAX_ROWS) throw new CliError("CSV_ILLISIBLE", { detail: "plus de 1 048 576 lignes, la limite d'Excel : filtrez le fichier (par département, par exemple)" });
    separator = parser.separator ?? ";";
    const values = fields.map((f) => csvValue(f, separator));
    if (values.some((v) => v !== null)) sheet.addRow(row, values);
    row++;
    if (row % 10_000 === 0) onRows?.(row);
  });
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) parser.feed(decoder.decode(chunk as Buffer, { stream: true }));
  parser.feed(decoder.decode());
  parser.end();
  onRows?.(row);
  return { name: sheet.name, values: sheet.grid(), formulas: sheet.formulas(), merged: [] };
}

/** Reads a .csv file as a one-sheet workbook. @throws CliError for a file that cannot be read */
export async function readCsvFile(file: string, onRows?: (rows: number) => void): Promise<{ sheets: ReadSheet[]; active: string }> {
  let sheet: ReadSheet;
  try {
    try {
      sheet = await readWith(file, "utf-8", onRows);
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code !== "ERR_ENCODING_INVALID_ENCODED_DATA") throw e;
      sheet = await readWith(file, "windows-1252", onRows);
    }
  } catch (e) {
    if (e instanceof CliError) throw new CliError("CSV_ILLISIBLE", { fichier: file, detail: e.params.detail });
    throw new CliError("FICHIER_ABSENT", { fichier: file });
  }
  return { sheets: [sheet], active: sheet.name };
}
