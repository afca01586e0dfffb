/**
 * The one converter from a domain error to an Excel cell error.
 *
 * Excel shows a message only for #VALUE! and #N/A; #DIV/0! carries none (docs/architecture.md
 * « Ce que l'API Excel impose »), so the message of a division by zero stays in the catalogue for the pane and the
 * command line.
 */
import { UnreachableCaseError, type GefError, type Result } from "../domain";

export function toExcelError(error: GefError): CustomFunctions.Error {
  switch (error.kind) {
    case "valeur":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    case "na":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    case "div0":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    default:
      throw new UnreachableCaseError(error.kind);
  }
}

/** The value of a result, or throws its Excel error (a custom function's way to return one). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  // Excel's runtime expects its own CustomFunctions.Error, which is not an Error subclass.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw toExcelError(result.error);
}
