/**
 * « Tracer les répartitions »: reads the workbook in blocks (workbook-read.ts), counts with
 * src/domain, and writes the breakdown sheet with its three tables and three native charts in one
 * write (SPEC §2.3). GEF replaces only a sheet it created itself, known by its id in the workbook's
 * settings: a user's sheet of the same name (in any case) is kept, and GEF writes beside it.
 */
import {
  REGLES_PAR_DEFAUT,
  parseRules,
  serializeRules,
  type RegleCategorie,
} from "../domain";
import { breakdownLayout, type BreakdownLayout } from "../domain/workbook/breakdown-layout";
import { computeBreakdown, findBreakdownSource, type Breakdown } from "../domain/workbook/breakdown-source";
import type { ActionControl, ActionStats } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { Meter } from "./meter";
import { queueSheetWithBlocks } from "./write-blocks";
import { cancelled } from "./office-errors";
import { nomDeFeuille } from "../domain/suivi";
import { ownSheet } from "./owned-sheets";
import { readForBreakdown } from "./workbook-read";

export interface BreakdownSettings {
  /** SIREN of the EPCI to keep; undefined: all. */
  readonly epci: string | undefined;
  /** The bailleur's name, added to the titles. */
  readonly bailleur: string;
  readonly regles: readonly RegleCategorie[];
  /** The user agreed that unmapped labels count as AUTRES RESERVATAIRES. */
  readonly autresAvecConsentement: boolean;
  /** Draw an état des lieux whose totals do not add up, from its detail cells. */
  readonly malgreIncoherences: boolean;
}

export const DEFAULT_BREAKDOWN: BreakdownSettings = {
  epci: undefined,
  bailleur: "",
  regles: REGLES_PAR_DEFAUT,
  autresAvecConsentement: false,
  malgreIncoherences: false,
};

export type BreakdownResult =
  | { readonly kind: "sans-source"; readonly stats: ActionStats }
  | { readonly kind: "incoherences"; readonly sheet: string; readonly breakdown: Breakdown; readonly stats: ActionStats }
  | {
      readonly kind: "apercu" | "trace";
      readonly sheet: string;
      readonly source: "logements" | "etat-des-lieux";
      readonly breakdown: Breakdown;
      readonly layout: BreakdownLayout;
      readonly stats: ActionStats;
      /** Where the breakdown was written (« trace »): the layout's sheet, or another name beside a user's sheet of that name. */
      readonly written?: { readonly sheet: string; readonly besideUserSheet: boolean; readonly replaced: boolean };
    };

export interface BreakdownActions {
  loadSettings(): Promise<BreakdownSettings>;
  saveSettings(settings: BreakdownSettings): Promise<void>;
  /** Reads and counts, writes nothing. */
  preview(settings: BreakdownSettings, control?: ActionControl): Promise<BreakdownResult>;
  /** Reads, counts and replaces the sheet "Répartitions". */
  draw(settings: BreakdownSettings, control?: ActionControl): Promise<BreakdownResult>;
}

const KEY = "gef.repartitions";

/** Queues the writes of the layout into a fresh sheet `name` (after deleting GEF's previous one). */
function queueLayout(context: ExcelContext, layout: BreakdownLayout, name: string, replace: string | undefined): { cells: number; sheetId: () => string } {
  const { ws, cells, sheetId } = queueSheetWithBlocks(context, name, replace, layout.blocks);
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 260;
  for (const spec of layout.charts) {
    const chart = ws.charts.add(spec.type, ws.getRange(spec.source), spec.seriesBy);
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.dataLabels.showValue = spec.labels.value;
    chart.dataLabels.showPercentage = spec.labels.percentage;
    // dataLabels.numberFormat is ExcelApi 1.8: without it, Excel's default format is kept.
    if (spec.labels.numberFormat !== undefined && supportsApi("1.8")) chart.dataLabels.numberFormat = spec.labels.numberFormat;
    chart.setPosition(spec.from, spec.to);
  }
  ws.activate();
  return { cells, sheetId };
}

/** Whether the host supports an ExcelApi set (true outside Office: the simulated workbook has them all). */
function supportsApi(version: string): boolean {
  const req = typeof Office === "undefined" ? undefined : (Office.context as Partial<Office.Context> | undefined)?.requirements;
  return req === undefined ? true : req.isSetSupported("ExcelApi", version);
}

export function createBreakdownActions(excelRun: ExcelRun): BreakdownActions {
  const run = withDecoupage(excelRun);
  const act = (settings: BreakdownSettings, control: ActionControl | undefined, write: boolean): Promise<BreakdownResult> =>
    run(async (context) => {
      const meter = new Meter(context);
      control?.onPhase?.("lecture");
      const { sheets, all, owned } = await readForBreakdown(meter, control);
      control?.onPhase?.("calcul");
      const source = findBreakdownSource(sheets);
      if (!source) return { kind: "sans-source", stats: meter.stats() };
      const breakdown = computeBreakdown(source, settings);
      if (breakdown.incoherences.length > 0 && !settings.malgreIncoherences) {
        return { kind: "incoherences", sheet: source.sheet, breakdown, stats: meter.stats() };
      }
      const layout = breakdownLayout(breakdown.repartition, breakdown.perimetre, settings.bailleur.trim() || undefined);
      if (!write) return { kind: "apercu", sheet: source.sheet, source: source.kind, breakdown, layout, stats: meter.stats() };
      if (control?.signal?.aborted === true) throw cancelled();
      control?.onPhase?.("ecriture");
      const ours = new Set(Object.values(owned));
      const target = nomDeFeuille(layout.sheetName, all.map((s) => ({ name: s.name, gef: ours.has(s.id) })));
      const written = queueLayout(context, layout, target.nom, target.remplace);
      await meter.sync();
      await ownSheet(meter, owned, layout.sheetName.toLowerCase(), written.sheetId());
      meter.cellsWritten = written.cells;
      return {
        kind: "trace",
        sheet: source.sheet,
        source: source.kind,
        breakdown,
        layout,
        stats: meter.stats(),
        written: { sheet: target.nom, besideUserSheet: target.renomme, replaced: target.remplace !== undefined },
      };
    });

  return {
    async loadSettings() {
      return run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(KEY);
        item.load("value");
        await context.sync();
        if (item.isNullObject || typeof item.value !== "string") return DEFAULT_BREAKDOWN;
        try {
          const saved = JSON.parse(item.value) as Partial<BreakdownSettings> & { regles?: unknown };
          const regles = saved.regles === undefined ? undefined : parseRules(saved.regles);
          return { ...DEFAULT_BREAKDOWN, ...saved, regles: regles?.ok ? regles.value : REGLES_PAR_DEFAUT };
        } catch {
          return DEFAULT_BREAKDOWN;
        }
      });
    },
    async saveSettings(settings) {
      await run(async (context) => {
        context.workbook.settings.add(KEY, JSON.stringify({ ...settings, regles: JSON.parse(serializeRules(settings.regles)) as unknown }));
        await context.sync();
      });
    },
    preview: (settings, control) => act(settings, control, false),
    draw: (settings, control) => act(settings, control, true),
  };
}
