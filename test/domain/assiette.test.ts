import { assiette, failWith, gefError } from "../../src/domain";

describe("assiette", () => {
  it.each([
    [{ patrimoine: 5600, exclus: 150, soustraits: 100, nouvelles: 17 }, 5367],
    [{ patrimoine: 5367, exclus: 0, soustraits: 0, nouvelles: 0 }, 5367],
    [{ patrimoine: 100, exclus: 60, soustraits: 40, nouvelles: 0 }, 0],
    [{ patrimoine: 0, exclus: 0, soustraits: 0, nouvelles: 12 }, 12],
  ])("patrimoine − exclus − soustraits + nouvelles : %o → %d", (termes, expected) => {
    expect(assiette(termes)).toEqual({ ok: true, value: expected });
  });

  it("refuse une assiette négative en donnant les deux côtés", () => {
    const r = assiette({ patrimoine: 100, exclus: 80, soustraits: 30, nouvelles: 5 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("ASSIETTE_NEGATIVE");
    expect(r.error.kind).toBe("valeur");
    expect(r.error.message).toContain("= -5");
    expect(r.error.message).toContain("retraits 110 > ressources 105");
  });

  it("refuse un terme négatif en le nommant", () => {
    const r = assiette({ patrimoine: 100, exclus: -1, soustraits: 0, nouvelles: 0 });
    expect(r).toEqual(failWith(gefError("VALEUR_NEGATIVE", { argument: "exclus", valeur: "-1" })));
  });
});
