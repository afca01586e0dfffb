/**
 * Native Excel charts in a workbook written by exceljs (which writes none): the chart and drawing
 * parts are added to the .xlsx as Excel itself would write them (DrawingML, a clustered or 100 %
 * stacked column chart whose series point at the sheet's cells, with cached values), so that Excel and LibreOffice
 * show the same chart the pane draws through the Excel API.
 */
import type { PlanChart, PlanSheet } from "../jobs";
import { writeAtomically, writeZipFile } from "./node-files";
import { readZipFile } from "./platform-node";
import { escapeXml, xmlTally, type XmlTally } from "./xml-text";
import { sheetPart } from "./xlsx-patch";
import { readEntry, type ZipEntry } from "./zip";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function parse(a1: string): { r: number; c: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1.replace(/\$/g, ""));
  let c = 0;
  for (const ch of m?.[1] ?? "A") c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m?.[2] ?? 1) - 1, c: c - 1 };
}

function box(range: string): Box {
  const [a, b] = range.split(":");
  const p = parse(a ?? "A1");
  const q = parse(b ?? a ?? "A1");
  return { r0: p.r, c0: p.c, r1: q.r, c1: q.c };
}

const col = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const ref = (sheet: string, r0: number, c0: number, r1 = r0, c1 = c0): string =>
  `'${sheet.replace(/'/g, "''")}'!$${col(c0)}$${r0 + 1}${r1 === r0 && c1 === c0 ? "" : `:$${col(c1)}$${r1 + 1}`}`;

/** The value the plan puts at a sheet cell (for the chart's caches). */
function cellOf(plan: PlanSheet, r: number, c: number): string | number | undefined {
  for (const b of plan.blocks) {
    const v = b.cells[r - b.row]?.[c - b.col];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A chart's XML; its title counted in `tally` (its cached texts copy cells, counted where written). */
function chartXml(plan: PlanSheet, sheet: string, g: PlanChart, tally: XmlTally): string {
  const b = box(g.source);
  // Columns stacked to 100 %: each series on top of the others (overlap 100), the axis in percent.
  const stacked = g.type === "ColumnStacked100";
  const cats = [];
  for (let r = b.r0 + 1; r <= b.r1; r++) cats.push(String(cellOf(plan, r, b.c0) ?? ""));
  const strCache = (values: readonly string[]): string =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
  const series: string[] = [];
  for (let c = b.c0 + 1; c <= b.c1; c++) {
    const k = c - b.c0 - 1;
    const values = [];
    for (let r = b.r0 + 1; r <= b.r1; r++) {
      const v = cellOf(plan, r, c);
      values.push(typeof v === "number" ? v : 0);
    }
    series.push(
      `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(ref(sheet, b.r0, c))}</c:f>${strCache([String(cellOf(plan, b.r0, c) ?? "")])}</c:strRef></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(ref(sheet, b.r0 + 1, b.c0, b.r1, b.c0))}</c:f>${strCache(cats)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(sheet, b.r0 + 1, c, b.r1, c))}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
        `<c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("")}</c:numCache></c:numRef></c:val></c:ser>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(g.title, tally)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "percentStacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="${g.dataLabels ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}<c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${stacked ? "0%" : "General"}" sourceLinked="${stacked ? 0 : 1}"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="${g.legend === "Bottom" ? "b" : "r"}"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(charts: readonly { g: PlanChart; rel: string }[], tally: XmlTally): string {
  const anchors = charts.map(({ g, rel }, i) => {
    const f = parse(g.from);
    const t = parse(g.to);
    return (
      `<xdr:twoCellAnchor><xdr:from><xdr:col>${f.c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${f.r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${t.c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${t.r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(g.name, tally)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
      `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rel}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`;
}

const rels = (items: readonly { id: string; type: string; target: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("") +
  `</Relationships>`;

/**
 * Adds the charts of `plans` to the .xlsx at `file` (rewritten in place, through a temporary
 * file). Sheets are found by name; a sheet without charts is left as it is.
 */
export async function addCharts(
  file: string,
  plans: readonly { readonly sheet: string; readonly plan: PlanSheet }[],
  tally: XmlTally = xmlTally(),
): Promise<void> {
  const withCharts = plans.filter((p) => p.plan.charts.length > 0);
  if (withCharts.length === 0) return;
  const zip = await readZipFile(file);
  const names = new Set(zip.entries.map((e) => e.name));
  const replace = new Map<string, Buffer>();
  const added: string[] = [];
  const put = (name: string, content: string): void => {
    replace.set(name, Buffer.from(content, "utf8"));
    if (!names.has(name)) {
      names.add(name);
      added.push(name);
    }
  };
  const free = (pattern: (n: number) => string): number => {
    let n = 1;
    while (names.has(pattern(n))) n++;
    return n;
  };
  let types = (await readEntry(zip, "[Content_Types].xml"))?.toString("utf8") ?? "";
  for (const { sheet, plan } of withCharts) {
    const part = await sheetPart(zip, sheet);
    if (part === undefined) continue;
    const d = free((n) => `xl/drawings/drawing${n}.xml`);
    const drawing = `xl/drawings/drawing${d}.xml`;
    const charts = plan.charts.map((g, i) => {
      const n = free((k) => `xl/charts/chart${k}.xml`);
      const name = `xl/charts/chart${n}.xml`;
      put(name, chartXml(plan, sheet, g, tally));
      types = types.replace(
        "</Types>",
        `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
      return { g, rel: `rId${i + 1}`, target: `../charts/chart${n}.xml` };
    });
    put(drawing, drawingXml(charts, tally));
    put(
      `xl/drawings/_rels/drawing${d}.xml.rels`,
      rels(charts.map((c) => ({ id: c.rel, type: REL_CHART, target: c.target }))),
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
    const slash = part.lastIndexOf("/");
    const relsName = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    const existing = (await readEntry(zip, relsName))?.toString("utf8");
    const rid = `rIdGef${d}`;
    const entry = `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${d}.xml"/>`;
    put(
      relsName,
      existing === undefined
        ? rels([{ id: rid, type: REL_DRAWING, target: `../drawings/drawing${d}.xml` }])
        : existing.replace("</Relationships>", `${entry}</Relationships>`),
    );
    const xml = (await readEntry(zip, part))?.toString("utf8") ?? "";
    const tag = `<drawing r:id="${rid}"/>`;
    const before =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(xml);
    put(
      part,
      before
        ? `${xml.slice(0, before.index)}${tag}${xml.slice(before.index)}`
        : xml.replace("</worksheet>", `${tag}</worksheet>`),
    );
  }
  put("[Content_Types].xml", types);
  const extra: ZipEntry[] = added.map((name) => ({
    name,
    method: 8,
    flags: 0,
    time: 0,
    date: 0x5b21,
    crc: 0,
    compressedSize: 0,
    size: 0,
    localOffset: 0,
  }));
  await writeAtomically(file, (tmp) => writeZipFile(tmp, { ...zip, entries: [...zip.entries, ...extra] }, replace));
}
