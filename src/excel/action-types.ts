/**
 * What the pane asks of the workbook and what it gets back: the contract between src/taskpane and
 * the Excel operations of src/excel (and the sandbox's simulated workbook). Types only.
 */
import type { ChoixModeleVierge, Conflict, ModeleDiagnostic, SettingsRead, RowIssue } from "../domain";
import type { ModeleSettings } from "../jobs";

/** What an action did: reported to the user after each action (docs/produit/volet.md). */
export interface ActionStats {
  /** `context.sync()` calls made by the action. */
  readonly syncs: number;
  readonly ms: number;
  readonly cellsWritten: number;
  readonly rowsRead: number;
  /** JSON bytes of what was read from the workbook (the payload that Office's 5 MB limit counts). */
  readonly bytesRead?: number;
}

/** Steps shown while an action runs. */
export type Phase = "lecture" | "calcul" | "ecriture";

/** Progress callback and cancellation, for long actions. */
export interface ActionControl {
  readonly onPhase?: (phase: Phase) => void;
  /** Blocks of the workbook read so far, out of the blocks planned (the plan grows as sizes are learnt). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked between blocks and before writing: nothing is written once aborted. */
  readonly signal?: AbortSignal;
  /** Bytes one sync may bring back (2 MB by default, under Office's 5 MB limit on the web). */
  readonly budget?: number;
}

/** Settings kept in the workbook and reused (defaults: DEFAULT_MODELE_SETTINGS, the legal ceilings). */
export type { ModeleSettings };

export interface CheckResult {
  readonly sheet: string;
  readonly diagnostics: readonly ModeleDiagnostic[];
  readonly stats: ActionStats;
}

/** One EPCI column after a fill: what the pane shows. */
export interface EpciSummary {
  readonly siren: string;
  readonly libelle: string;
  readonly assiette: number | undefined;
  readonly taux: number | undefined;
  readonly volume: number | undefined;
  readonly prioritaires: number | undefined;
  readonly fonctionnaires: number | undefined;
}

/** A table of the workbook that gave figures to the fill. */
export interface SourceTable {
  readonly sheet: string;
  readonly rows: number;
  readonly issues: readonly RowIssue[];
}

export interface HorsModeleSummary {
  readonly count: number;
  readonly detail: readonly { readonly libelle: string; readonly count: number }[];
}

export type FillResult =
  | {
      readonly kind: "confirmation";
      readonly sheet: string;
      readonly conflicts: readonly Conflict[];
      readonly stats: ActionStats;
    }
  | {
      readonly kind: "fait";
      readonly sheet: string;
      readonly written: number;
      readonly kept: readonly Conflict[];
      readonly epci: readonly EpciSummary[];
      readonly logements?: SourceTable | undefined;
      readonly mouvements?: SourceTable | undefined;
      readonly horsModele?: HorsModeleSummary | undefined;
      readonly diagnostics: readonly ModeleDiagnostic[];
      readonly stats: ActionStats;
    };

export interface InsertResult {
  readonly sheet: string;
  readonly stats: ActionStats;
}

export type FillMode = "demander" | "conserver" | "remplacer";

/** The template actions the pane calls. */
export interface ModeleActions {
  loadSettings(): Promise<SettingsRead<ModeleSettings>>;
  saveSettings(settings: ModeleSettings): Promise<void>;
  check(settings: ModeleSettings, control?: ActionControl): Promise<CheckResult>;
  /**
   * `demander`: stops at a confirmation, writing nothing, when user values would be replaced;
   * `conserver`: writes everything but those cells; `remplacer`: writes everything (after consent).
   */
  fill(settings: ModeleSettings, mode: FillMode, control?: ActionControl): Promise<FillResult>;
  /** A blank template for the département and years chosen (default: the DDETS 06 template's). */
  insertBlank(settings: ModeleSettings, control?: ActionControl, choix?: ChoixModeleVierge): Promise<InsertResult>;
  select(sheet: string, cell: string): Promise<void>;
}
