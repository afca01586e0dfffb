/**
 * GEF's own .xlsx reader, for every file whatever its size: the zip's central directory, then
 * workbook.xml (sheets, active tab, 1904 dates), the styles (which formats are dates), the shared
 * strings, and each worksheet streamed through {@link SheetReader} into a compact sheet.
 *
 * Why not exceljs (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): exceljs builds rows × columns arrays (a single
 * cell at XFD1048576 took 4 GB), ends silently on a truncated stream, inflates parts without limit, and takes about 8
 * times the cost of unzipping and scanning the bytes. Here every part is inflated under a cap, its CRC
 * checked, and the XML scanned at the byte level (bench/cli.ts compares it with that floor).
 * exceljs still writes the workbooks GEF creates.
 */
import { markDate1904 } from "../domain";
import type { FileSource, XlsxPlatform } from "./platform";
import type { XlsxSheet } from "./sheet-grid";
import { SharedStringsReader, textList } from "./shared-strings";
import { SheetReader, type SharedTexts, type SheetContext } from "./sheet-stream";
import { Attrs, LT, XmlError, checkElementLength, nextTag, sameAscii } from "./xml-bytes";
import { MAX_SHARED_STRINGS, ZipError, entryChunks, readEntry, readZip, type Zip } from "./zip";

export interface ReadXlsx {
  readonly sheets: XlsxSheet[];
  readonly active: string;
}

/** What a reader may be told. */
export interface ReadOptions {
  /** Called with the number of rows read so far. */
  readonly onRows?: (rows: number) => void;
  /**
   * Rows wanted from each sheet, from the top (a template stands in the first rows): a sheet longer
   * than this is read no further, its part neither inflated nor scanned past them (nor its merged
   * areas, written after its rows, read). Every row by default.
   */
  readonly maxRows?: number;
}

/** Rows between two calls of the progress callback. */
const PROGRESS_EVERY = 10_000;

/** Calls `visit` for every start tag of a small part: its local name and an attribute walker. */
function eachTag(xml: Buffer, visit: (name: string, attrs: Attrs) => void): void {
  const tag = new Int32Array(3);
  const attrs = new Attrs();
  let p = 0;
  for (;;) {
    const lt = nextTag(xml, p, tag);
    if (lt < 0) {
      if (-1 - lt < xml.length) throw new XmlError("XML interrompu");
      return;
    }
    const b1 = xml[lt + 1];
    if (b1 !== 0x2f)
      visit(xml.toString("latin1", tag[0], tag[1]), attrs.reset(xml, tag[1] as number, tag[2] as number));
    p = (tag[2] as number) + 1;
  }
}

function attrsOf(a: Attrs, names: readonly string[], qualified = false): Record<string, string> {
  const out: Record<string, string> = {};
  while (a.next()) for (const n of names) if (qualified ? a.isQualified(n) : a.is(n)) out[n] = a.value();
  return out;
}

/** A part that must be there. */
async function part(zip: Zip, name: string): Promise<Buffer> {
  const b = await readEntry(zip, name);
  if (b === undefined) throw new ZipError(`partie ${name} absente : ce n'est pas un classeur .xlsx complet`);
  return b;
}

/** A part's folder inside the archive (« xl » for « xl/workbook.xml », « » at the root). */
const folderOf = (name: string): string => name.slice(0, Math.max(0, name.lastIndexOf("/")));

/** A part name with its « . » and « .. » resolved (« xl/worksheets/../x.xml » → « xl/x.xml »). */
export function normalizePart(name: string): string {
  const out: string[] = [];
  for (const seg of name.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** Relationships of a part: id → target part and type. */
async function relationships(zip: Zip, of: string): Promise<Map<string, { target: string; type: string }>> {
  const dir = folderOf(of);
  const relsName = `${dir === "" ? "" : `${dir}/`}_rels/${of.slice(of.lastIndexOf("/") + 1)}.rels`;
  const rels = await readEntry(zip, relsName);
  const out = new Map<string, { target: string; type: string }>();
  if (rels === undefined) return out;
  eachTag(rels, (name, a) => {
    if (name !== "Relationship") return;
    const r = attrsOf(a, ["Id", "Target", "Type", "TargetMode"]);
    if (r.Id === undefined || r.Target === undefined || r.TargetMode === "External") return;
    const target = r.Target.startsWith("/")
      ? r.Target.slice(1)
      : normalizePart(`${dir === "" ? "" : `${dir}/`}${r.Target}`);
    out.set(r.Id, { target, type: r.Type ?? "" });
  });
  return out;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** True for a format code that shows a date or a time (« jj/mm/aaaa », « d-mmm-yy », « [h]:mm »). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .split(";")[0]
    ?.replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:\$|[<>=]|color|red|black|blue|green|white|yellow|magenta|cyan)[^\]]*\]/gi, "");
  return (
    bare !== undefined && /[dmyhsjae]/i.test(bare.replace(/general|standard/gi, "")) && !/^[#0.,%\s?E+-]*$/i.test(bare)
  );
}

/** Style indexes (cellXfs) whose number format is a date. */
async function dateStyles(zip: Zip): Promise<Set<number>> {
  const styles = await readEntry(zip, "xl/styles.xml");
  const out = new Set<number>();
  if (styles === undefined) return out;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  eachTag(styles, (name, a) => {
    if (name === "numFmt") {
      const r = attrsOf(a, ["numFmtId", "formatCode"]);
      custom.set(Number(r.numFmtId), r.formatCode ?? "");
    } else if (name === "cellXfs") inCellXfs = true;
    else if (name === "cellStyleXfs" || name === "cellStyles" || name === "dxfs") inCellXfs = false;
    else if (name === "xf" && inCellXfs) {
      const id = Number(attrsOf(a, ["numFmtId"]).numFmtId ?? 0);
      const code = custom.get(id);
      if (code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id)) out.add(index);
      index++;
    }
  });
  return out;
}

/**
 * Inflated chunk handed to a parser (docs/choix.md « Lecteur .xlsx de GEF et mémoire »): measured on a 528 MB sheet,
 * the parser waits less for zlib with 1 MB chunks than with 256 KB (each chunk costs a round trip through the event
 * loop), while a bare scan of the bytes is faster with 256 KB, zip.ts's default.
 */
const READ_CHUNK = 1024 * 1024;

const ROW_END = "</row>";

/**
 * Streams a worksheet through a reader's `feed`, keeping the bytes of an element cut by a chunk's
 * end. Chunks without any « < » cannot end that element: they are set aside, not re-parsed, so that
 * a hostile run of megabytes without a tag costs linear time and is refused past MAX_ELEMENT (xml-bytes.ts).
 */
async function streamSheet(
  zip: Zip,
  name: string,
  feed: (buf: Buffer) => number,
  enough: () => boolean,
): Promise<number | "assez"> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  for await (const chunk of entryChunks(zip, name, undefined, READ_CHUNK)) {
    if (pendingLength > 0 && chunk.indexOf(LT) < 0) {
      pending.push(chunk);
      pendingLength += chunk.length;
    } else {
      let buf = chunk;
      if (pendingLength > 0) {
        // Only the cut element is copied: the pending bytes and the chunk up to the end of its first row.
        const cut = chunk.indexOf(ROW_END);
        const head = cut < 0 ? chunk : chunk.subarray(0, cut + ROW_END.length);
        const joined = Buffer.concat([...pending, head]);
        const used = feed(joined);
        buf =
          used >= joined.length
            ? chunk.subarray(head.length)
            : Buffer.concat([joined.subarray(used), chunk.subarray(head.length)]);
      }
      const used = feed(buf);
      pending = used >= buf.length ? [] : [buf.subarray(used)];
      pendingLength = buf.length - used;
    }
    checkElementLength(pendingLength, name);
    // Leaving the loop stops the inflater: the rest of the part is never inflated.
    if (enough()) return "assez";
  }
  return pendingLength;
}

async function sharedStrings(zip: Zip, target: string | undefined, lazy: boolean): Promise<SharedTexts> {
  const entry = zip.entries.find((e) => e.name === target);
  if (target === undefined || entry === undefined) return textList([]);
  // entryChunks checks the declared size before a byte is inflated, and the inflated bytes against it.
  const reader = new SharedStringsReader(entry.size, zip.platform.isUtf8, lazy);
  for await (const chunk of entryChunks(zip, target, MAX_SHARED_STRINGS, READ_CHUNK)) reader.feed(chunk);
  return reader.end();
}

/**
 * Reads every worksheet of an .xlsx, in tab order.
 * @throws ZipError | XmlError with a French description, for a damaged, forged or hostile file
 */
export async function readXlsx(file: FileSource, platform: XlsxPlatform, options: ReadOptions = {}): Promise<ReadXlsx> {
  const { onRows, maxRows = Infinity } = options;
  const zip = await readZip(file, platform);
  const rootRels = await relationships(zip, "");
  const officeDocument =
    [...rootRels.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbook = await part(zip, officeDocument);
  const declared: { name: string; id: string }[] = [];
  let activeTab = 0;
  let date1904 = false;
  eachTag(workbook, (name, a) => {
    if (name === "sheet") {
      const r = attrsOf(a, ["name", "r:id"], true);
      if (r.name !== undefined && r["r:id"] !== undefined) declared.push({ name: r.name, id: r["r:id"] });
    } else if (name === "workbookView") activeTab = Number(attrsOf(a, ["activeTab"]).activeTab ?? 0) || 0;
    else if (name === "workbookPr") {
      const v = attrsOf(a, ["date1904"]).date1904;
      date1904 = v === "1" || v === "true";
    }
  });
  const rels = await relationships(zip, officeDocument);
  const stringsTarget = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"))?.target;
  const ctx: SheetContext = {
    strings: await sharedStrings(zip, stringsTarget, maxRows !== Infinity),
    dateStyles: await dateStyles(zip),
    date1904,
  };
  const sheets: XlsxSheet[] = [];
  let total = 0;
  let nextReport = PROGRESS_EVERY;
  for (const d of declared) {
    const rel = rels.get(d.id);
    // Chart sheets and dialog sheets hold no cells.
    if (rel === undefined || !rel.type.endsWith("/worksheet")) continue;
    const reader = new SheetReader(d.name, ctx, maxRows);
    const rest = await streamSheet(
      zip,
      rel.target,
      (b) => {
        const used = reader.feed(b);
        if (onRows !== undefined && total + reader.rows >= nextReport) {
          onRows(total + reader.rows);
          nextReport = total + reader.rows + PROGRESS_EVERY;
        }
        return used;
      },
      () => reader.currentRow >= maxRows,
    );
    if (rest !== "assez") reader.end(rest);
    total += reader.rows;
    reader.sheet.blankMerged(reader.merges);
    const values = reader.sheet.grid();
    sheets.push({
      name: d.name,
      values: date1904 ? markDate1904(values) : values,
      formulas: reader.sheet.formulas(),
      merged: reader.merges,
    });
  }
  onRows?.(total);
  const activeName = declared[activeTab]?.name;
  return { sheets, active: sheets.find((s) => s.name === activeName)?.name ?? sheets[0]?.name ?? "" };
}

export { sameAscii };
