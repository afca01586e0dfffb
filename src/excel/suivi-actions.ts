/**
 * « Suivi du flux » on the open workbook: reads the sheets in blocks under the payload budget
 * (workbook-read.ts), runs the domain's jobs (src/domain/suivi), and writes the planned sheet —
 * cells, formats and native chart — in one batch. GEF replaces only a sheet it created (known by its
 * id, owned-sheets.ts); a user's sheet of the same name (any case) is kept: the sheet goes beside it
 * under « Nom (GEF) » and the result says so.
 */
import type { Etape } from "../domain";
import {
  BORNES_CONSTRUCTION_DEFAUT,
  lireBornes,
  nomDeFeuille,
  REGLAGES_PAR_DEFAUT,
  travailAnnuel,
  travailBilan,
  travailObjectifs,
  type PlanFeuille,
  type ReglagesSuivi,
  type TravailAnnuel,
  type TravailBilan,
  type TravailObjectifs,
  type TypePeriode,
} from "../domain/suivi";
import { parseNumberText } from "../domain";
import type { ActionControl, ActionStats } from "./action-types";
import type { ExcelContext, ExcelRun } from "./api";
import { withDecoupage } from "./decoupage";
import { Meter } from "./meter";
import { selectCell } from "./select-cell";
import { queueSheetWithBlocks } from "./write-blocks";
import { cancelled } from "./office-errors";
import { ownSheet, type OwnedSheets } from "./owned-sheets";
import { loadJsonSetting, saveJsonSetting } from "./settings";
import { readForSuivi, type SheetGrids, type SheetInfo } from "./workbook-read";

/** What the tab keeps in the workbook (fields as typed). */
export interface SuiviSettings {
  readonly periode: TypePeriode;
  /** Year of S1, S2 or année; "" = the year of the journal's latest event. */
  readonly annee: string;
  readonly debut: string;
  readonly fin: string;
  readonly etape: Etape;
  /** Déséquilibres threshold in points. */
  readonly seuil: string;
  /** Construction classes: « 1949, 1975, 1990, 2005, 2015 ». */
  readonly bornes: string;
  /** Yearly volume typed when the workbook has no filled template; "" = from the template. */
  readonly volume: string;
  readonly bailleur: string;
  readonly malgreIncoherences: boolean;
  /** Year of the legal annual bilan; "" = the year of the latest event. */
  readonly anneeAnnuel: string;
}

export const DEFAULT_SUIVI: SuiviSettings = {
  periode: "S1",
  annee: "",
  debut: "",
  fin: "",
  etape: "MISE_A_DISPOSITION",
  seuil: "10",
  bornes: BORNES_CONSTRUCTION_DEFAUT.join(", "),
  volume: "",
  bailleur: "",
  malgreIncoherences: false,
  anneeAnnuel: "",
};

/** Where a plan was written. */
export interface Ecriture {
  readonly feuille: string;
  /** True when a user's sheet had the wanted name: GEF wrote beside it. */
  readonly renomme: boolean;
  readonly voulu: string;
}

export type SuiviResult<T> =
  | { readonly kind: "reglages"; readonly message: string; readonly stats: ActionStats }
  | { readonly kind: "fait"; readonly travail: T; readonly ecriture?: Ecriture | undefined; readonly stats: ActionStats };

export interface SuiviActions {
  loadSettings(): Promise<SuiviSettings>;
  saveSettings(settings: SuiviSettings): Promise<void>;
  objectifs(settings: SuiviSettings, write: boolean, control?: ActionControl): Promise<SuiviResult<TravailObjectifs>>;
  bilan(settings: SuiviSettings, write: boolean, control?: ActionControl): Promise<SuiviResult<TravailBilan>>;
  annuel(settings: SuiviSettings, write: boolean, control?: ActionControl): Promise<SuiviResult<TravailAnnuel>>;
  select(sheet: string, cell: string): Promise<void>;
}

const KEY = "gef.suivi";
const TEMPLATE_KEY = "gef.modele";

/** The fields turned into the domain's settings, or the French message of the first wrong field. */
export function reglagesDe(s: SuiviSettings, parts: ReglagesSuivi["parts"]): ReglagesSuivi | string {
  const year = (text: string, what: string): number | undefined | string => {
    if (text.trim() === "") return undefined;
    const n = Number(text.trim());
    return Number.isInteger(n) && n >= 1950 && n <= 2200 ? n : `${what} : « ${text} » n'est pas une année ; tapez-la sur quatre chiffres, comme 2024, ou laissez vide.`;
  };
  const annee = year(s.annee, "Année de la période");
  if (typeof annee === "string") return annee;
  const seuil = parseNumberText(s.seuil);
  if (seuil === undefined || seuil <= 0 || seuil > 100) return `Seuil des déséquilibres : « ${s.seuil} » n'est pas un nombre de points de 1 à 100 ; tapez par exemple 10.`;
  const bornes = lireBornes(s.bornes);
  if (!bornes.ok) return `Périodes de construction : ${bornes.message}`;
  const volume = s.volume.trim() === "" ? undefined : parseNumberText(s.volume);
  if (volume !== undefined && volume < 0) return `Volume annuel : « ${s.volume} » est négatif ; tapez un nombre de logements ou laissez vide.`;
  if (s.volume.trim() !== "" && volume === undefined) return `Volume annuel : « ${s.volume} » n'est pas un nombre ; tapez par exemple 268, ou laissez vide pour le lire dans le modèle.`;
  return {
    ...REGLAGES_PAR_DEFAUT,
    periode: s.periode === "DATES" ? { type: "DATES", debut: s.debut, fin: s.fin } : { type: s.periode, annee },
    etape: s.etape,
    seuil,
    bornes: bornes.value,
    parts,
    volume,
    malgreIncoherences: s.malgreIncoherences,
    bailleur: s.bailleur.trim() || undefined,
  };
}

/** Queues the plan's sheet: GEF's own sheet of that name replaced, a user's never. */
function queuePlan(context: ExcelContext, plan: PlanFeuille, sheets: readonly SheetInfo[], owned: OwnedSheets): { ecriture: Ecriture; cells: number; sheetId: () => string } {
  const ours = new Set(Object.values(owned));
  const where = nomDeFeuille(plan.nom, sheets.map((s) => ({ name: s.name, gef: ours.has(s.id) })));
  const { ws, cells, sheetId } = queueSheetWithBlocks(context, where.nom, where.remplace, plan.blocs);
  // Widths are given in characters; Excel takes points (about 6 per character of the default font).
  plan.largeurs.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 6));
  for (const g of plan.graphiques) {
    const chart = ws.charts.add(g.type, ws.getRange(g.source), g.seriesBy);
    chart.name = g.name;
    chart.title.text = g.title;
    chart.setPosition(g.from, g.to);
  }
  ws.activate();
  return { ecriture: { feuille: where.nom, renomme: where.renomme, voulu: plan.nom }, cells, sheetId };
}

export function createSuiviActions(excelRun: ExcelRun): SuiviActions {
  const run = withDecoupage(excelRun);
  /** Reads every sheet, runs `job`, and writes the plan it gives when asked. */
  const act = <T>(
    settings: SuiviSettings,
    write: boolean,
    control: ActionControl | undefined,
    withTemplate: boolean,
    job: (sheets: SheetGrids[], active: string, r: ReglagesSuivi) => { travail: T; plan: PlanFeuille | undefined },
  ): Promise<SuiviResult<T>> =>
    run(async (context) => {
      const meter = new Meter(context);
      control?.onPhase?.("lecture");
      const parts = await loadJsonSetting<Partial<ReglagesSuivi["parts"]>>(context, TEMPLATE_KEY);
      meter.syncs++;
      const r = reglagesDe(settings, { ...REGLAGES_PAR_DEFAUT.parts, ...(parts?.partPrioritaires === undefined ? {} : { partPrioritaires: parts.partPrioritaires }), ...(parts?.partFonctionnaires === undefined ? {} : { partFonctionnaires: parts.partFonctionnaires }) });
      if (typeof r === "string") return { kind: "reglages", message: r, stats: meter.stats() };
      const { active, sheets, all, owned } = await readForSuivi(meter, control, withTemplate);
      control?.onPhase?.("calcul");
      const { travail, plan } = job(sheets, active, r);
      if (!write || plan === undefined) return { kind: "fait", travail, stats: meter.stats() };
      if (control?.signal?.aborted === true) throw cancelled();
      control?.onPhase?.("ecriture");
      const { ecriture, cells, sheetId } = queuePlan(context, plan, all, owned);
      await meter.sync();
      await ownSheet(meter, owned, plan.nom.toLowerCase(), sheetId());
      meter.cellsWritten = cells;
      return { kind: "fait", travail, ecriture, stats: meter.stats() };
    });

  const anneeAnnuel = (s: SuiviSettings): number | undefined => {
    const n = Number(s.anneeAnnuel.trim());
    return s.anneeAnnuel.trim() !== "" && Number.isInteger(n) ? n : undefined;
  };

  return {
    async loadSettings() {
      return run(async (context) => ({ ...DEFAULT_SUIVI, ...(await loadJsonSetting<Partial<SuiviSettings>>(context, KEY)) }));
    },
    async saveSettings(settings) {
      await run((context) => saveJsonSetting(context, KEY, settings));
    },
    objectifs: (settings, write, control) =>
      act(settings, write, control, true, (sheets, active, r) => {
        const travail = travailObjectifs(sheets, active, r);
        return { travail, plan: travail.plan };
      }),
    bilan: (settings, write, control) =>
      act(settings, write, control, false, (sheets, _active, r) => {
        const travail = travailBilan(sheets, r);
        return { travail, plan: travail.plan };
      }),
    annuel: (settings, write, control) =>
      act(settings, write, control, true, (sheets, active, r) => {
        const travail = travailAnnuel(sheets, active, anneeAnnuel(settings), r);
        return { travail, plan: travail.plan };
      }),
    select: (sheet, cell) => selectCell(run, sheet, cell),
  };
}
