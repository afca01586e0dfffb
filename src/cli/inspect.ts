/**
 * One bailleur's file checked as the pane checks it: read, template located, diagnoseModele run
 * with the same rules, codes and messages. Shared by `gef verifier` and `gef consolider`.
 */
import { countBySeverity, epciName, type ModeleDiagnostic, EPCI_MODELE_06, type EpciRef } from "../domain";
import { checkModele } from "../jobs";
import type { Parts } from "./options";
import { HEAD_ROWS, type XlsxSheet } from "../xlsx";
import { bailleurName, otherDepartement, requireModele, type LocatedModele } from "./modele-file";
import { readGrids, type ReadOptions } from "./xlsx";

export interface Inspection extends LocatedModele {
  readonly fichier: string;
  readonly bailleur: string;
  readonly diagnostics: readonly ModeleDiagnostic[];
  /** The EPCI its columns are checked against: the five of the 06, or those its header names. */
  readonly epci: readonly EpciRef[];
  /** Why this is not a template of the Alpes-Maritimes, in plain French (another département's). */
  readonly autreDepartement?: string;
  readonly sheet: XlsxSheet;
}

/**
 * Reads a file and checks its template. Only the first {@link HEAD_ROWS} rows of each sheet are read,
 * where a template stands: a dwelling table of 300 000 rows beside it costs its first rows only.
 * @throws CliError for a file that cannot be read or holds no template
 */
export async function inspectFile(fichier: string, parts: Parts, read: ReadOptions = {}): Promise<Inspection> {
  const grids = await readGrids(fichier, { ...read, maxRows: HEAD_ROWS });
  const located = requireModele(grids, fichier);
  // As the pane does: a template of another département is checked against the EPCI its header names.
  const { diagnostics, epci } = checkModele(located.sheet, parts);
  const autre = otherDepartement(located.layout);
  return {
    ...located,
    fichier,
    bailleur: bailleurName(located, fichier),
    diagnostics,
    epci,
    ...(autre === undefined ? {} : { autreDepartement: autre }),
  };
}

/** The remark shown for another département's template: what it names, and what GEF checks. */
export function remarkOf(i: Inspection): string | undefined {
  if (i.autreDepartement === undefined) return undefined;
  const own = i.epci === EPCI_MODELE_06 ? undefined : i.epci.map(epciName).join(", ");
  const checked =
    own === undefined
      ? " Aucun de ses en-têtes ne désigne un EPCI connu."
      : ` Il est vérifié avec les EPCI que son en-tête désigne : ${own}.`;
  return `${i.autreDepartement.charAt(0).toUpperCase()}${i.autreDepartement.slice(1)}${checked}`;
}

/** « conforme », or « 2 erreur(s), 1 avertissement(s) ». */
export function verdict(diagnostics: readonly ModeleDiagnostic[]): string {
  const n = countBySeverity(diagnostics);
  return n.erreur === 0 && n.avertissement === 0
    ? "conforme"
    : `${n.erreur} erreur(s), ${n.avertissement} avertissement(s)`;
}

/** A finding for the terminal: severity, cell, message and code. */
export function formatDiagnostic(d: ModeleDiagnostic): string {
  return `  ${d.severity.padEnd(13)} ${d.cell.padEnd(6)} ${d.message} [${d.code}]`;
}
