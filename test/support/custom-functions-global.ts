/**
 * The `CustomFunctions` global that Excel's runtime provides, reduced to what GEF uses:
 * `CustomFunctions.Error(code, message)` and its error codes. Same shape as in
 * @types/custom-functions-runtime, so the adapters run unchanged in jest.
 */
class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: (): void => undefined,
  },
});
