import { readMethode, tauxRotation } from "../../src/domain";

const parc = [5300, 5350, 5367];
const entrees = [290, 262, 253];
const departs = [280, 270, 260];

describe("taux de rotation", () => {
  it("est groupé : Σ entrées ÷ Σ parc, pas la moyenne des taux annuels", () => {
    const r = tauxRotation({ parc, entrees }, "ENTREES");
    expect(r.ok && r.value).toBeCloseTo(805 / 16017, 15);
    const meanOfRates = (290 / 5300 + 262 / 5350 + 253 / 5367) / 3;
    expect(r.ok && r.value).not.toBeCloseTo(meanOfRates, 6);
  });

  it.each([
    ["ENTREES", 1, 253 / 5367],
    ["ENTREES", 2, (262 + 253) / (5350 + 5367)],
    ["DEPARTS", 3, 810 / 16017],
    ["MOYENNE", 3, (805 + 810) / 2 / 16017],
  ] as const)("méthode %s sur %d an(s)", (methode, annees, expected) => {
    const r = tauxRotation({ parc, entrees, departs }, methode, annees);
    expect(r.ok && r.value).toBeCloseTo(expected, 15);
  });

  it("vaut MOYENNE par défaut quand les départs sont donnés, ENTREES sinon", () => {
    expect(readMethode(null, true)).toEqual({ ok: true, value: "MOYENNE" });
    expect(readMethode("", false)).toEqual({ ok: true, value: "ENTREES" });
    expect(readMethode("Départs", false)).toEqual({ ok: true, value: "DEPARTS" });
  });

  it("accepte exactement 100 %, refuse au-delà", () => {
    expect(tauxRotation({ parc: [10], entrees: [10] }, "ENTREES")).toEqual({ ok: true, value: 1 });
    const r = tauxRotation({ parc: [10], entrees: [11] }, "ENTREES");
    expect(!r.ok && r.error.code).toBe("TAUX_SUPERIEUR_100");
  });

  it.each([
    [{ parc: [0, 0], entrees: [0, 0] }, "ENTREES", undefined, "PARC_NUL", "div0"],
    [{ parc: [1, 2], entrees: [1] }, "ENTREES", undefined, "LONGUEURS_DIFFERENTES", "valeur"],
    [{ parc: [1, 2], entrees: [1, 1], departs: [1] }, "MOYENNE", undefined, "LONGUEURS_DIFFERENTES", "valeur"],
    [{ parc: [10], entrees: [1] }, "DEPARTS", undefined, "DEPARTS_MANQUANTS", "valeur"],
    [{ parc: [10], entrees: [1] }, "ENTREES", 0, "ANNEES_INVALIDES", "valeur"],
    [{ parc: [10], entrees: [1] }, "ENTREES", 2, "ANNEES_INVALIDES", "valeur"],
    [{ parc: [10, 10], entrees: [1, 1] }, "ENTREES", 1.5, "ANNEES_INVALIDES", "valeur"],
  ] as const)("refuse %o (%s, %p) : %s", (m, methode, annees, code, kind) => {
    const r = tauxRotation(m, methode, annees);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.kind]).toEqual([code, kind]);
  });
});
