/**
 * Test helpers for the custom functions: calling an adapter the way Excel does, and checking the
 * errors it throws (the `CustomFunctions.Error` shim of test/support/custom-functions-global.ts)
 * by their Excel code and by their French message from the catalogue.
 */
import { gefError, type ErrorCode, type ErrorParams } from "../../src/domain";

/** A cell as Excel hands it to a custom function; `null` or `""` for a blank cell. */
export type Cell = number | string | boolean | null;
/** A range: rows of cells. */
export type Range = Cell[][];
/** Any argument Excel may pass: a scalar, a range, or `null` for an omitted optional argument. */
export type Arg = Cell | Range;

/** The Excel errors GEF's functions return. */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A";

/**
 * Lets a test call an adapter with Excel-shaped arguments (scalars, 2-D arrays, `null` for an
 * omitted argument), which the adapters' TypeScript signatures do not all spell out.
 */
export function excel<R>(fn: (...args: never[]) => R): (...args: Arg[]) => R {
  return fn as unknown as (...args: Arg[]) => R;
}

/** A French sentence: an accented letter, French quotes or a common French word. */
const FRENCH = /[àâçéèêëîïôûù«»]|\b(?:le|la|les|de|du|des|un|une|ou|est|pas)\b/i;

/** What `fn` throws; fails the test when it returns normally. */
function thrownBy(fn: () => unknown): unknown {
  let returned: unknown;
  try {
    returned = fn();
  } catch (thrown) {
    return thrown;
  }
  throw new Error(`Une erreur Excel était attendue, la fonction a renvoyé ${JSON.stringify(returned)}`);
}

/**
 * Asserts that `fn` throws the CustomFunctions.Error shim with Excel code `code`; for #VALUE! and #N/A
 * (the errors Excel shows a message for) the message must be French text and match `messagePart`.
 * @returns the thrown error, for further checks
 */
export function expectExcelError(fn: () => unknown, code: ExcelErrorCode, messagePart?: RegExp): CustomFunctions.Error {
  const thrown = thrownBy(fn);
  expect(thrown).toBeInstanceOf(CustomFunctions.Error);
  const error = thrown as CustomFunctions.Error;
  expect(error.code).toBe(code);
  if (code !== "#DIV/0!") {
    expect(error.message ?? "").toMatch(FRENCH);
  }
  if (messagePart !== undefined) expect(error.message ?? "").toMatch(messagePart);
  return error;
}

/**
 * Asserts that `fn` throws the Excel error `excelCode` carrying exactly the catalogue's message for
 * `code` and `params` (#DIV/0! carries no message in Excel: only its code is checked).
 * `messageParts` are extra checks written by hand, independent of the catalogue.
 */
export function expectCatalogueError(
  fn: () => unknown,
  excelCode: ExcelErrorCode,
  code: ErrorCode,
  params: ErrorParams = {},
  ...messageParts: RegExp[]
): void {
  const expected = gefError(code, params);
  const error = expectExcelError(fn, excelCode);
  if (excelCode !== "#DIV/0!") expect(error.message).toBe(expected.message);
  for (const part of messageParts) expect(error.message ?? "").toMatch(part);
}

/** No-break space (U+00A0), as the catalogue writes thousands and "%" in French. */
export const NBSP = "\u00a0";
/** Narrow no-break space (U+202F), as Excel's French number format may type it. */
export const NNBSP = "\u202f";
