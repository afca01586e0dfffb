/**
 * What the help says of each custom function beyond its JSDoc (functions.ts), one file per function in
 * ./help/ (their shape in ./help/function-help.ts), gathered here: presentation, details
 * of the arguments, errors and worked examples. `npm run help` (scripts/help/) joins the two into
 * src/help/help.html, src/taskpane/functions-list.ts and README.md's table; a test fails when they
 * drift. The JSDoc gives the name, the anchor, the summary, each argument (name, optional, first
 * sentence) and the result; nothing here repeats it. Text is French, HTML where said; every formula
 * is written as a French Excel writes it (`;`, decimal comma, French function names).
 */

import type { FunctionHelp } from "./help/function-help";
import { ASSIETTE_HELP } from "./help/assiette";
import { TAUX_ROTATION_HELP } from "./help/taux-rotation";
import { FLUX_RESERVATAIRE_HELP } from "./help/flux-reservataire";
import { DECOMPTE_HELP } from "./help/decompte";
import { TAUX_CHUTE_HELP } from "./help/taux-chute";
import { PROCHAIN_RESERVATAIRE_HELP } from "./help/prochain-reservataire";

export type { ArgumentHelp, ErrorHelp, FunctionHelp, MainExample } from "./help/function-help";

/** Each function's help, keyed by its id; one file each in ./help/. */
export const FUNCTION_HELP: Readonly<Record<string, FunctionHelp>> = {
  ASSIETTE: ASSIETTE_HELP,
  TAUX_ROTATION: TAUX_ROTATION_HELP,
  FLUX_RESERVATAIRE: FLUX_RESERVATAIRE_HELP,
  DECOMPTE: DECOMPTE_HELP,
  TAUX_CHUTE: TAUX_CHUTE_HELP,
  PROCHAIN_RESERVATAIRE: PROCHAIN_RESERVATAIRE_HELP,
};
