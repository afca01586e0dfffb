import { prochainReservataire, tauxChute } from "../../src/domain";

describe("taux de chute", () => {
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

describe("prochain réservataire", () => {
  const liste = (...rows: [string, number, number][]) => rows.map(([nom, objectif, realises]) => ({ nom, objectif, realises }));

  it("choisit le plus en retard sur son objectif", () => {
    expect(prochainReservataire(liste(["ÉTAT", 67, 20], ["ACTION LOGEMENT", 100, 35], ["VILLE", 30, 9]))).toEqual({ ok: true, value: 0 });
  });
  it("départage par l'objectif le plus grand, puis le premier cité", () => {
    expect(prochainReservataire(liste(["A", 10, 5], ["B", 20, 10]))).toEqual({ ok: true, value: 1 });
    expect(prochainReservataire(liste(["A", 10, 5], ["B", 10, 5]))).toEqual({ ok: true, value: 0 });
  });
  it("écarte un objectif nul et un objectif atteint", () => {
    expect(prochainReservataire(liste(["A", 0, 0], ["B", 5, 5], ["C", 5, 4]))).toEqual({ ok: true, value: 2 });
  });
  it.each([
    [liste(["A", 5, 5], ["B", 0, 0]), "TOUS_OBJECTIFS_ATTEINTS", "na"],
    [liste(["A", -1, 0]), "OBJECTIF_NEGATIF", "valeur"],
    [liste(["", 3, 0]), "NOM_MANQUANT", "valeur"],
  ])("refuse %o : %s", (l, code, kind) => {
    const r = prochainReservataire(l);
    expect(r.ok ? null : [r.error.code, r.error.kind]).toEqual([code, kind]);
  });
});
