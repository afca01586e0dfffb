/**
 * Office's errors, as the pane tells them to a user: a French message that says what to do, chosen
 * by the error's `code` (learn.microsoft.com, « Error handling with the application-specific
 * JavaScript APIs »: the `message` of an Office error is not meant for end users, so it is never
 * shown on its own). Also GEF's own errors raised while talking to Excel (a read that Excel refuses
 * even in small blocks, an action cancelled between two blocks).
 */

/** Office error codes after which a read is tried again in smaller blocks. */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
  "GeneralException",
]);

export const codeOf = (e: unknown): string =>
  typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";

/** True for an error that a smaller read may avoid. */
export const isLimitError = (e: unknown): boolean => LIMIT_CODES.has(codeOf(e));

/** An error of GEF's Excel layer, with its French message for the pane. */
export class ExcelActionError extends Error {
  constructor(
    readonly code: "LECTURE_TROP_GROSSE" | "ACTION_ANNULEE" | "API_NON_PRISE_EN_CHARGE",
    message: string,
  ) {
    super(message);
    this.name = "ExcelActionError";
  }
}

/** Raised between two blocks once the user cancelled: nothing has been written. */
export const cancelled = (): ExcelActionError =>
  new ExcelActionError("ACTION_ANNULEE", "Opération annulée : rien n'a été écrit.");

/** What a failure of Excel means for the user, in French. */
export function frenchError(e: unknown): string {
  if (e instanceof ExcelActionError) return e.message;
  switch (codeOf(e)) {
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "Excel a refusé l'échange : il dépasse la limite de 5 Mo d'Excel sur le web. Recommencez ; si l'erreur persiste, supprimez les colonnes inutiles de la table ou utilisez Excel pour Windows ou Mac.";
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return "Excel a refusé de traiter autant de cellules à la fois. Recommencez ; si l'erreur persiste, scindez la table en plusieurs feuilles.";
    case "ItemAlreadyExists":
      return "Une feuille de ce nom existe déjà dans le classeur. Renommez ou supprimez l'autre feuille, puis recommencez.";
    case "ItemNotFound":
      return "Une feuille ou un objet attendu n'existe plus dans le classeur. Vérifiez le classeur, puis recommencez.";
    case "InvalidOperationInCellEditMode":
      return "Excel est en cours de saisie dans une cellule : validez ou annulez la saisie (Entrée ou Échap), puis recommencez.";
    case "AccessDenied":
    case "InsertDeleteConflict":
      return "Excel a refusé l'écriture : la feuille ou le classeur est protégé (ou partagé en lecture seule). Ôtez la protection (Révision > Ôter la protection de la feuille), puis recommencez.";
    case "InvalidOperation":
      return "Excel a refusé l'opération dans l'état actuel du classeur (feuille masquée, dernière feuille visible, classeur en lecture seule…). Vérifiez le classeur, puis recommencez.";
    case "InvalidArgument":
      return "Excel a refusé une valeur envoyée par GEF. Signalez-le à votre support avec le classeur concerné ; vos données n'ont pas été modifiées au-delà de ce qui est affiché.";
    case "GeneralException":
      return "Excel a rencontré une erreur interne (souvent un manque de mémoire). Enregistrez le classeur, fermez les autres classeurs, puis recommencez.";
    case "ApiNotFound":
      return "Cette version d'Excel ne propose pas une fonction dont GEF a besoin. Mettez Excel à jour (Microsoft 365, Excel 2021 ou plus récent, ou Excel sur le web).";
    default: {
      const code = codeOf(e);
      return `Excel a renvoyé une erreur inattendue${code === "" ? "" : ` (code ${code})`}. Recommencez ; si l'erreur persiste, enregistrez et rouvrez le classeur.`;
    }
  }
}
