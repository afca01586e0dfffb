import { tauxChute } from "../../src/domain";

describe("chute.ts : taux de chute", () => {
  it("vaut 20 % pour 1 000 mises à disposition et 800 attributions", () => {
    expect(tauxChute(1000, 800)).toEqual({ ok: true, value: 0.2 });
  });
  it.each([
    [0, 0, "MISES_A_DISPOSITION_NULLES", "div0"],
    [10, 11, "ATTRIBUTIONS_SUPERIEURES", "valeur"],
    [-1, 0, "VALEUR_NEGATIVE", "valeur"],
  ])("refuse %d mises à disposition et %d attributions : %s", (m, a, code, kind) => {
    const r = tauxChute(m, a);
    expect(r.ok ? null : [r.error.code, r.error.kind]).toEqual([code, kind]);
  });
});
