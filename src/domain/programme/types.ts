/**
 * A new operation (programme neuf) as GEF splits it: its dwellings, the réservataires' shares, and
 * the split (docs/regles/programmes-neufs.md).
 */
import type { Financement, Typologie } from "../rpls";
import type { Diagnostic } from "../messages/diagnostic";
import type { ProgrammeCode } from "../messages/programme";

/** One dwelling of the operation. */
export interface LogementProgramme {
  readonly logement: string;
  readonly financement: Financement;
  readonly typologie: Typologie;
  /** The building as written ("" when the table has none: one building). */
  readonly batiment: string;
  /** The floor (0 for the ground floor), undefined when unknown. */
  readonly etage: number | undefined;
}

/** A réservataire's share of the operation. */
export interface DroitProgramme {
  readonly reservataire: string;
  /** Share of the operation's dwellings, in points (20 for 20 %). */
  readonly part: number;
  /** True for a collectivity or EPCI that guarantees the operation's loans (R.441-5's 20 %). */
  readonly garant: boolean;
  /** Amount guaranteed, in euros, for a guarantor (undefined when not given). */
  readonly montantGaranti: number | undefined;
}

/** What the split needs besides the dwellings and the shares. */
export interface OptionsProgramme {
  /** A signed convention sets shares beyond R.441-5's ceilings: they are then reported, not refused. */
  readonly convention: boolean;
}

/** A column of the split table: a financement × typologie pair of the operation, and its dwellings. */
export interface CategorieProgramme {
  readonly financement: Financement;
  readonly typologie: Typologie;
  readonly logements: number;
}

/** The split of an operation among its réservataires (and « Non réservé », left to the bailleur). */
export interface RepartitionProgramme {
  /** The rows: the réservataires in the order given, then « Non réservé » when the shares leave some. */
  readonly reservataires: readonly string[];
  /** Each row's share in points (« Non réservé »: 100 − the others). */
  readonly parts: readonly number[];
  /** Each row's dwellings. */
  readonly totaux: readonly number[];
  readonly categories: readonly CategorieProgramme[];
  /** Exact quotas, rows × categories: share × dwellings of the category. */
  readonly quotas: readonly (readonly number[])[];
  /** Dwellings, rows × categories: each its quota rounded down or up. */
  readonly tableau: readonly (readonly number[])[];
  /** Each dwelling (in the operation's order) and the index of its row in `reservataires`. */
  readonly attribution: readonly { readonly logement: LogementProgramme; readonly ligne: number }[];
}

/** A finding of Programmes neufs (the one finding type: src/domain/messages/diagnostic.ts). */
export type ProgrammeDiagnostic = Diagnostic<ProgrammeCode>;

/** A split, or none (shares above 100 %, no dwelling), with the findings either way. */
export interface ResultatProgramme {
  readonly repartition: RepartitionProgramme | undefined;
  readonly diagnostics: readonly ProgrammeDiagnostic[];
}

/** How the bailleur's remainder is named, as in the ERILIA breakdowns. */
export const NON_RESERVE = "Non réservé";
