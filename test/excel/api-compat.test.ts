/**
 * The real Excel API is assignable to GEF's narrow interfaces: what src/excel does against the
 * simulated workbook, it can do against Excel. The check is made by the type checker (npm test runs
 * tsc on the tests); the runtime assertion only makes jest count it.
 */
import type { ExcelContext, ExcelRun } from "../../src/excel/api";

const asContext = (context: Excel.RequestContext): ExcelContext => context;
const asRun =
  (run: typeof Excel.run): ExcelRun =>
  (batch) =>
    run((context) => batch(asContext(context)));

describe("API Excel", () => {
  it("accepte Excel.RequestContext et Excel.run là où GEF attend ses interfaces", () => {
    expect([typeof asContext, typeof asRun]).toEqual(["function", "function"]);
  });
});
