import { DecoupageNonCharge } from "../../src/domain";
import type { ExcelContext, ExcelRun } from "../../src/excel/api";
import { withDecoupage } from "../../src/excel/decoupage";

/** An ExcelRun that counts its batches and hands them a dummy context. */
function fakeRun(): { run: ExcelRun; calls: () => number } {
  let calls = 0;
  const run: ExcelRun = (batch) => {
    calls++;
    return batch({} as ExcelContext);
  };
  return { run, calls: () => calls };
}

describe("withDecoupage", () => {
  it("relance une fois l'action qui a rencontré la table des communes non chargée", async () => {
    const f = fakeRun();
    let first = true;
    const result = await withDecoupage(f.run)(() => {
      if (first) {
        first = false;
        return Promise.reject(new DecoupageNonCharge());
      }
      return Promise.resolve(42);
    });
    expect(result).toBe(42);
    expect(f.calls()).toBe(2);
  });

  it("laisse passer les autres erreurs sans relancer", async () => {
    const f = fakeRun();
    await expect(withDecoupage(f.run)(() => Promise.reject(new Error("autre")))).rejects.toThrow("autre");
    expect(f.calls()).toBe(1);
  });
});
