/**
 * The one catalogue of GEF's user-facing messages, split by area, with typed codes:
 * - functions.ts: the custom functions' refusals (and the domain's checks they share), with the
 *   Excel error each becomes;
 * - modele.ts: the template checker's findings (ModeleDiagnostic, with severity);
 * - tables.ts: reading the dwellings and movements tables;
 * - repartition.ts: category rules, motifs, état des lieux;
 * - settings.ts: the State's shares and the settings kept in a workbook;
 * - suivi.ts: Suivi du flux (period, objectives, bilans) and the blank template's choice;
 * - programme.ts: Programmes neufs (the operation, the shares, the ceilings of R.441-5);
 * - saisie.ts: what users type in a pane field or a `gef` option (counts, percentages, years, dates);
 * - cli.ts: the command line's own errors (files, options), with their exit code;
 * - pane.ts: the pane's titles for refusals and failures;
 * - vacances.ts: the vacancies (journal steps, new vacancy, proposal, délais).
 * - consolidation.ts: the bilans a réservataire receives, gathered (« Bilans reçus », `gef consolider --bilans`).
 * result.ts holds the one Result type, diagnostic.ts the one finding type (Diagnostic).
 * Edges convert: src/functions to CustomFunctions.Error,
 * src/taskpane (useAction) to a message bar, src/cli to lines and exit codes.
 */
import { MESSAGES_CLI, type CliCode } from "./cli";
import { CATALOGUE, type ErrorCode } from "./functions";
import { DIAGNOSTICS, type ModeleCode } from "./modele";
import { MESSAGES_SETTINGS, type SettingsCode } from "./settings";
import { MESSAGES_REPARTITION, type RepartitionCode } from "./repartition";
import { MESSAGES_SUIVI, type SuiviCode } from "./suivi";
import { TABLE_MESSAGES, type TableMessageCode } from "./tables";
import { MESSAGES_PANE, type PaneCode } from "./pane";
import { MESSAGES_SAISIE, type SaisieCode } from "./saisie";
import { MESSAGES_PROGRAMME, type ProgrammeCode } from "./programme";
import { MESSAGES_VACANCES, type VacancesCode } from "./vacances";
import { MESSAGES_CONSOLIDATION, type ConsolidationCode } from "./consolidation";

export * from "./functions";
export * from "./modele";
export * from "./tables";
export * from "./repartition";
export * from "./settings";
export * from "./suivi";
export * from "./cli";
export * from "./pane";
export * from "./saisie";
export * from "./programme";
export * from "./vacances";
export * from "./consolidation";
export * from "./result";
export * from "./diagnostic";
export { ECHO_MAX, echo } from "./echo";

/** Every area of the catalogue, by name: code → message builder (and its severity or Excel error where it has one). */
export const CATALOGUE_AREAS = {
  functions: CATALOGUE,
  modele: DIAGNOSTICS,
  tables: TABLE_MESSAGES,
  repartition: MESSAGES_REPARTITION,
  settings: MESSAGES_SETTINGS,
  suivi: MESSAGES_SUIVI,
  cli: MESSAGES_CLI,
  pane: MESSAGES_PANE,
  saisie: MESSAGES_SAISIE,
  programme: MESSAGES_PROGRAMME,
  vacances: MESSAGES_VACANCES,
  consolidation: MESSAGES_CONSOLIDATION,
} as const;

/** An area of the catalogue. */
export type MessageArea = keyof typeof CATALOGUE_AREAS;

/** Every code of the catalogue, qualified by its area (codes may repeat across areas: « modele.VALEUR_NEGATIVE »). */
export type MessageCode =
  | `functions.${ErrorCode}`
  | `modele.${ModeleCode}`
  | `tables.${TableMessageCode}`
  | `repartition.${RepartitionCode}`
  | `settings.${SettingsCode}`
  | `suivi.${SuiviCode}`
  | `cli.${CliCode}`
  | `pane.${PaneCode}`
  | `saisie.${SaisieCode}`
  | `programme.${ProgrammeCode}`
  | `vacances.${VacancesCode}`
  | `consolidation.${ConsolidationCode}`;

/** Every code of the catalogue, for tests and documentation. */
export function allMessageCodes(): MessageCode[] {
  return (Object.keys(CATALOGUE_AREAS) as MessageArea[]).flatMap((area) =>
    Object.keys(CATALOGUE_AREAS[area]).map((code) => `${area}.${code}` as MessageCode),
  );
}
