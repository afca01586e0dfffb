/**
 * « Tracer les répartitions »: reads the workbook in blocks (workbook-read.ts), counts with
 * src/domain, and writes the breakdown sheet with its three tables and three native charts in one
 * write (docs/regles/repartitions.md). GEF replaces only a sheet it created itself, known by its id in the workbook's
 * settings: a user's sheet of the same name (in any case) is kept, and GEF writes beside it.
 */
import {
  computeRepartition,
  DEFAULT_REPARTITION_SETTINGS,
  nomDeFeuille,
  saveRepartitionSettings,
  type ComputedRepartition,
  type RepartitionLayout,
  type RepartitionSettings,
} from "../jobs";
import type { SettingsRead } from "../domain";
import type { ActionControl, ActionStats } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { Meter } from "./meter";
import { queueSheetWithBlocks } from "./write-blocks";
import { cancelled } from "./office-errors";
import { ownSheet } from "./owned-sheets";
import { REPARTITION_SETTINGS_CHECKS, loadCheckedSetting, saveJsonSetting } from "./settings";
import type { UndoHistory } from "./undo-history";
import { expectedCells, recordSheet } from "./undo-steps";
import { readForRepartition } from "./workbook-read";

/** The tab's settings (src/jobs/repartition: one type for the pane and `gef`). */
export type { RepartitionSettings };

export { DEFAULT_REPARTITION_SETTINGS };

export type RepartitionResult =
  | { readonly kind: "sans-source"; readonly stats: ActionStats }
  | {
      readonly kind: "incoherences";
      readonly sheet: string;
      readonly repartition: ComputedRepartition;
      readonly stats: ActionStats;
    }
  | {
      readonly kind: "apercu" | "trace";
      readonly sheet: string;
      readonly source: "logements" | "etat-des-lieux";
      readonly repartition: ComputedRepartition;
      readonly layout: RepartitionLayout;
      readonly stats: ActionStats;
      /** Where the breakdown was written (« trace »): the layout's sheet, or another name beside a user's sheet of that name. */
      readonly written?: { readonly sheet: string; readonly besideUserSheet: boolean; readonly replaced: boolean };
    };

export interface RepartitionActions {
  loadSettings(): Promise<SettingsRead<RepartitionSettings>>;
  saveSettings(settings: RepartitionSettings): Promise<void>;
  /** Reads and counts, writes nothing. */
  preview(settings: RepartitionSettings, control?: ActionControl): Promise<RepartitionResult>;
  /** Reads, counts and replaces the sheet "Répartitions". */
  draw(settings: RepartitionSettings, control?: ActionControl): Promise<RepartitionResult>;
}

const KEY = "gef.repartitions";

/** Queues the writes of the layout into a fresh sheet `name` (after deleting GEF's previous one). */
function queueLayout(
  context: ExcelContext,
  layout: RepartitionLayout,
  name: string,
  replace: string | undefined,
): { cells: number; sheetId: () => string } {
  const { ws, cells, sheetId } = queueSheetWithBlocks(context, name, replace, layout.blocks);
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 260;
  for (const spec of layout.charts) {
    const chart = ws.charts.add(spec.type, ws.getRange(spec.source), spec.seriesBy);
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.dataLabels.showValue = spec.labels.value;
    chart.dataLabels.showPercentage = spec.labels.percentage;
    // dataLabels.numberFormat is ExcelApi 1.8: without it, Excel's default format is kept.
    if (spec.labels.numberFormat !== undefined && supportsApi("1.8"))
      chart.dataLabels.numberFormat = spec.labels.numberFormat;
    chart.setPosition(spec.from, spec.to);
  }
  ws.activate();
  return { cells, sheetId };
}

/** Whether the host supports an ExcelApi set (true outside Office: the simulated workbook has them all). */
function supportsApi(version: string): boolean {
  const req =
    typeof Office === "undefined" ? undefined : (Office.context as Partial<Office.Context> | undefined)?.requirements;
  return req === undefined ? true : req.isSetSupported("ExcelApi", version);
}

/** `history`: the pane's one history of GEF's writes, where each breakdown sheet written is recorded. */
export function createRepartitionActions(excelRun: ExcelRun, history?: UndoHistory): RepartitionActions {
  const run = withDecoupage(excelRun);
  const act = (
    settings: RepartitionSettings,
    control: ActionControl | undefined,
    write: boolean,
  ): Promise<RepartitionResult> =>
    run(async (context) => {
      const meter = new Meter(context);
      control?.onPhase?.("lecture");
      const { sheets, all, owned } = await readForRepartition(meter, control);
      control?.onPhase?.("calcul");
      const plan = computeRepartition(sheets, settings);
      if (plan.kind === "sans-source") return { kind: "sans-source", stats: meter.stats() };
      const { sheet, source, repartition } = plan;
      if (plan.kind === "incoherences") return { kind: "incoherences", sheet, repartition, stats: meter.stats() };
      const { layout } = plan;
      if (!write) return { kind: "apercu", sheet, source, repartition, layout, stats: meter.stats() };
      if (control?.signal?.aborted === true) throw cancelled();
      control?.onPhase?.("ecriture");
      const ours = new Set(Object.values(owned));
      const target = nomDeFeuille(
        layout.sheetName,
        all.map((s) => ({ name: s.name, gef: ours.has(s.id) })),
      );
      const written = queueLayout(context, layout, target.nom, target.remplace);
      await meter.sync();
      const role = layout.sheetName.toLowerCase();
      await ownSheet(meter, owned, role, written.sheetId());
      meter.cellsWritten = written.cells;
      if (history) {
        const record = {
          name: target.nom,
          role,
          sheetId: written.sheetId(),
          expected: expectedCells(layout.blocks),
          rewrite: (c: ExcelContext, replace: string | undefined) => queueLayout(c, layout, target.nom, replace),
        };
        const replacedId = all.find((s) => s.name === target.remplace)?.id;
        recordSheet(
          history,
          run,
          "repartitions",
          `tracé des répartitions dans la feuille « ${target.nom} »`,
          record,
          replacedId,
        );
      }
      return {
        kind: "trace",
        sheet,
        source,
        repartition,
        layout,
        stats: meter.stats(),
        written: { sheet: target.nom, besideUserSheet: target.renomme, replaced: target.remplace !== undefined },
      };
    });

  return {
    loadSettings: () =>
      run((context) =>
        loadCheckedSetting(context, KEY, DEFAULT_REPARTITION_SETTINGS, REPARTITION_SETTINGS_CHECKS, "Répartitions"),
      ),
    async saveSettings(settings) {
      await run((context) => saveJsonSetting(context, KEY, saveRepartitionSettings(settings)));
    },
    preview: (settings, control) => act(settings, control, false),
    draw: (settings, control) => act(settings, control, true),
  };
}
