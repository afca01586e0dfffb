import { prochainDansPlages, prochainIndex, prochainReservataire } from "../../src/domain";
import { seededRandom } from "../../sandbox/random";

describe("prochain.ts : prochain réservataire", () => {
  const liste = (...rows: [string, number, number][]) =>
    rows.map(([nom, objectif, realises]) => ({ nom, objectif, realises }));

  it("choisit le plus en retard sur son objectif", () => {
    expect(prochainReservataire(liste(["ÉTAT", 67, 20], ["ACTION LOGEMENT", 100, 35], ["VILLE", 30, 9]))).toEqual({
      ok: true,
      value: 0,
    });
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

describe("prochain.ts : prochain réservataire lu directement dans les plages", () => {
  const col = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);

  it("nomme le plus en retard, comme la règle sur les listes", () => {
    // ÉTAT 20/67 ≈ 0,299 < VILLE 9/30 = 0,3 < ACTION LOGEMENT 35/100 = 0,35.
    expect(prochainDansPlages(col(["ÉTAT", "ACTION LOGEMENT", "VILLE"]), col([67, 100, 30]), col([20, 35, 9]))).toEqual(
      { ok: true, value: "ÉTAT" },
    );
    // En ligne : B (10/20) égale A (5/10) et l'emporte par son objectif.
    expect(prochainDansPlages([["A", "B"]], [[10, 20]], [[5, 10]])).toEqual({ ok: true, value: "B" });
  });
  it("signale un nom manquant à sa position et des objectifs tous atteints", () => {
    const manquant = prochainDansPlages(col(["A", " "]), col([0, 3]), col([0, 1]));
    expect(manquant?.ok === false ? [manquant.error.code, manquant.error.message.includes("2")] : null).toEqual([
      "NOM_MANQUANT",
      true,
    ]);
    const atteints = prochainDansPlages(col(["A", "B"]), col([5, 0]), col([5, 0]));
    expect(atteints?.ok === false ? atteints.error.code : null).toBe("TOUS_OBJECTIFS_ATTEINTS");
  });
  it.each([
    ["un texte", col(["A", "B"]), col(["10", 5]), col([1, 1])],
    ["une cellule vide", col(["A", "B"]), col([10, null]), col([1, 1])],
    ["un nombre négatif", col(["A", "B"]), col([10, 5]), col([-1, 1])],
    ["des plages de tailles différentes", col(["A", "B"]), col([10, 5, 3]), col([1, 1, 1])],
    ["des formes différentes", [["A", "B"]], col([10, 5]), col([1, 1])],
  ])("laisse la lecture cellule par cellule (et ses messages) à %s", (_, noms, objectifs, realises) => {
    expect(prochainDansPlages(noms, objectifs, realises)).toBeUndefined();
  });
  it("donne le même réservataire que prochainIndex sur 500 plages tirées au hasard", () => {
    const rnd = seededRandom(13);
    for (let t = 0; t < 500; t++) {
      const n = 1 + Math.floor(rnd() * 8);
      const noms = Array.from({ length: n }, (_, i) => `R${i}`);
      const objectifs = Array.from({ length: n }, () => Math.floor(rnd() * 4) * 5);
      const realises = objectifs.map((o) => Math.floor(rnd() * (o + 3)));
      const attendu = prochainIndex(objectifs, realises, (i) => (noms[i] ?? "") === "");
      const read = prochainDansPlages(col(noms), col(objectifs), col(realises));
      expect(read).toEqual(attendu.ok ? { ok: true, value: noms[attendu.value] } : attendu);
    }
  });
});
