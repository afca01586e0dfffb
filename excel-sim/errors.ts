/**
 * Errors of the simulated workbook, shaped like Office's (`OfficeExtension.Error`): a `code` from
 * `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes` and a developer message (never shown to users:
 * the pane maps codes to French, src/excel/office-errors.ts).
 */
export type SimErrorCode =
  | "ApiNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "AccessDenied"
  | "InvalidOperationInCellEditMode"
  | "GeneralException";

export interface SimError extends Error {
  readonly code: SimErrorCode;
}

export function simError(code: SimErrorCode, message: string): SimError {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}
