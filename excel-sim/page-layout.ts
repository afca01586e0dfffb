/**
 * Page layout of the simulated workbook (learn.microsoft.com, « Excel.PageLayout »,
 * « Excel.PageLayoutZoomOptions », « Excel.PaperType », ExcelApi 1.9; « Print Excel add-in »
 * samples `setPrintArea("A1:D41")`, `setPrintTitleRows("$1:$1")`):
 * - orientation Portrait or Landscape, a paper size of `Excel.PaperType`; anything else is refused;
 * - margins in points, finite and not negative, leaving room to print on the paper (Excel's
 *   « Margins do not fit page size ») where the paper's size is known;
 * - the zoom is set as a whole object (`x.zoom = {...}`): a scale of 10 to 400 %, or whole numbers of
 *   pages wide and tall (the simulation refuses both at once, a choice of this simulation: Excel leaves it undefined);
 * - the print area is an address of the sheet; title rows are whole rows (« $1:$3 »), as Excel's page
 *   setup requires;
 * - every member is ExcelApi 1.9: ApiNotFound on an older host (api-sets.ts).
 */
import type { PageLayoutLike, PageZoomLike } from "../src/excel/api";
import { requireSet } from "./api-sets";
import { SimProxy, type SimContext } from "./context";
import { simError } from "./errors";
import { MAX_ROWS, type PageSetup, type SheetModel } from "./model";
import { parseA1 } from "./range";

const PAPERS = new Set(
  (
    "Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 Paper11x17 " +
    "Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 EnvelopeC3 EnvelopeC4 " +
    "EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch EnvelopePersonal FanfoldUS " +
    "FanfoldStdGerman FanfoldLegalGerman"
  ).split(" "),
);

/** Width × height in points (portrait) of the papers GEF may use: 1 mm = 72 ÷ 25,4 points. */
const SIZES: Readonly<Record<string, readonly [number, number]>> = {
  A3: [842, 1191],
  A4: [595, 842],
  A5: [420, 595],
  Letter: [612, 792],
  Legal: [612, 1008],
};

/** Excel's defaults (« Normal » margins: 0,7 in left and right, 0,75 in top and bottom). */
export function defaultPage(): PageSetup {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    centerHorizontally: false,
    zoom: { scale: 100 },
  };
}

type Margin = keyof PageSetup["margins"];

const isCount = (n: unknown): boolean =>
  n === undefined || n === null || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 32_767);

function checkZoom(z: PageZoomLike): PageSetup["zoom"] {
  const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
  if (z.scale !== undefined && z.scale !== null && fit)
    throw simError("InvalidArgument", "Zoom d'impression : une échelle ou un nombre de pages, pas les deux.");
  if (z.scale !== undefined && z.scale !== null && !(Number.isInteger(z.scale) && z.scale >= 10 && z.scale <= 400)) {
    throw simError("InvalidArgument", `Échelle d'impression ${String(z.scale)} : Excel accepte un entier de 10 à 400.`);
  }
  if (!isCount(z.horizontalFitToPages) || !isCount(z.verticalFitToPages))
    throw simError("InvalidArgument", "Nombre de pages d'impression : un entier positif ou nul.");
  if (!fit && (z.scale === undefined || z.scale === null)) throw simError("InvalidArgument", "Zoom d'impression vide.");
  return { ...z };
}

/** Checks that the margins leave room on the paper, when its size is known. */
function checkFits(p: PageSetup): void {
  const size = SIZES[p.paperSize];
  if (size === undefined) return;
  const [w, h] = p.orientation === "Landscape" ? [size[1], size[0]] : size;
  if (p.margins.left + p.margins.right >= w || p.margins.top + p.margins.bottom >= h) {
    throw simError("InvalidArgument", `Les marges ne tiennent pas sur une page ${p.paperSize} (${p.orientation}).`);
  }
}

export class SimPageLayout extends SimProxy implements PageLayoutLike {
  constructor(
    ctx: SimContext,
    what: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(ctx, `la mise en page de ${what}`);
    this.resolved(false);
  }

  /** The sheet's setup, created with Excel's defaults on first use (inside commands). */
  private page(member: string): PageSetup {
    requireSet(this.ctx, 9, `PageLayout.${member}`);
    const s = this.sheet();
    return (s.page ??= defaultPage());
  }

  /** Queues a change of the setup, checked at sync as Excel checks it. */
  private change(member: string, payload: unknown, apply: (p: PageSetup) => void): void {
    this.ctx.log(this.what, member, JSON.stringify(payload));
    this.ctx.enqueue(() => {
      const p = this.page(member);
      const next: PageSetup = { ...p, margins: { ...p.margins }, zoom: { ...p.zoom } };
      apply(next);
      checkFits(next);
      this.sheet().page = next;
    }, payload);
  }

  private margin(side: Margin, v: number): void {
    this.change(`${side}Margin`, v, (p) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw simError("InvalidArgument", `Marge ${side} refusée : ${String(v)} (des points, 0 ou plus).`);
      p.margins[side] = v;
    });
  }

  protected defaultProps(): string[] {
    return ["orientation", "paperSize", "topMargin", "bottomMargin", "leftMargin", "rightMargin", "zoom"];
  }
  protected snapshot(prop: string): unknown {
    const p = this.page(prop);
    const m = /^(top|bottom|left|right|header|footer)Margin$/.exec(prop);
    if (m) return p.margins[m[1] as Margin];
    if (prop === "orientation" || prop === "paperSize" || prop === "centerHorizontally") return p[prop];
    if (prop === "zoom") return { ...p.zoom };
    return undefined;
  }

  get orientation(): PageLayoutLike["orientation"] {
    return this.read("orientation");
  }
  set orientation(v: PageLayoutLike["orientation"]) {
    this.change("orientation", v, (p) => {
      if (v !== "Portrait" && v !== "Landscape")
        throw simError("InvalidArgument", `Orientation inconnue : ${String(v)}.`);
      p.orientation = v;
    });
  }
  get paperSize(): PageLayoutLike["paperSize"] {
    return this.read("paperSize");
  }
  set paperSize(v: PageLayoutLike["paperSize"]) {
    this.change("paperSize", v, (p) => {
      if (!PAPERS.has(v)) throw simError("InvalidArgument", `Format de papier inconnu : ${String(v)}.`);
      p.paperSize = v;
    });
  }
  get topMargin(): number {
    return this.read("topMargin");
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  get bottomMargin(): number {
    return this.read("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  get leftMargin(): number {
    return this.read("leftMargin");
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  get rightMargin(): number {
    return this.read("rightMargin");
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  get headerMargin(): number {
    return this.read("headerMargin");
  }
  set headerMargin(v: number) {
    this.margin("header", v);
  }
  get footerMargin(): number {
    return this.read("footerMargin");
  }
  set footerMargin(v: number) {
    this.margin("footer", v);
  }
  get centerHorizontally(): boolean {
    return this.read("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.change("centerHorizontally", v, (p) => void (p.centerHorizontally = v === true));
  }
  get zoom(): PageZoomLike {
    return this.read("zoom");
  }
  set zoom(z: PageZoomLike) {
    const copy = { ...z };
    this.change("zoom", copy, (p) => void (p.zoom = checkZoom(copy)));
  }

  setPrintArea(address: string): void {
    this.change("setPrintArea", address, (p) => void (p.printArea = parseA1(address)));
  }

  setPrintTitleRows(address: string): void {
    this.change("setPrintTitleRows", address, (p) => {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
      const a = m ? Number(m[1]) : 0;
      const b = m ? Number(m[2]) : 0;
      if (!m || a < 1 || b < 1 || a > MAX_ROWS || b > MAX_ROWS)
        throw simError(
          "InvalidArgument",
          `Lignes à répéter : « ${address} » n'est pas une plage de lignes entières (« $1:$3 »).`,
        );
      p.titleRows = [Math.min(a, b) - 1, Math.max(a, b) - 1];
    });
  }

  load(props?: string | string[]): PageLayoutLike {
    this.queueLoad(props);
    return this;
  }
}
