import fc from "fast-check";
import { fluxReservataires, largestRemainder, roundHalfUp } from "../../src/domain";

describe("FLUX_RESERVATAIRE (domaine)", () => {
  it("répartit 268 logements en 100, 138 et 30", () => {
    expect(fluxReservataires(268, [2000, 2760, 607], undefined, "ENTIER")).toEqual({ ok: true, value: [100, 138, 30] });
  });

  it("donne les parts exactes 99,9 / 137,8 / 30,3 en EXACT (docs/regles/flux.md)", () => {
    const r = fluxReservataires(268, [2000, 2760, 607], undefined, "EXACT");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((x) => Math.round(x * 10) / 10)).toEqual([99.9, 137.8, 30.3]);
    expect(r.value.map((x) => Math.round(x * 100) / 100)).toEqual([99.87, 137.82, 30.31]);
  });

  it("rapporte les droits à l'assiette quand la base est donnée", () => {
    // 5 367 × 5 % = 268,35 ; droits sur une assiette de 5 367 : les parts totalisent round(268,35) = 268.
    expect(fluxReservataires(268.35, [2000, 2760, 607], 5367, "ENTIER")).toEqual({ ok: true, value: [100, 138, 30] });
    // Des droits qui ne couvrent que la moitié de l'assiette reçoivent la moitié du volume.
    expect(fluxReservataires(100, [1000, 1000], 4000, "ENTIER")).toEqual({ ok: true, value: [25, 25] });
  });

  it("départage les restes égaux par le droit le plus grand, puis le premier cité", () => {
    // 3 parts exactes de 1/3 : le reste va au plus grand droit s'il y en a un, sinon au premier.
    expect(fluxReservataires(1, [1, 1, 1], undefined, "ENTIER")).toEqual({ ok: true, value: [1, 0, 0] });
    // 2 × {1, 1} ÷ 4 → 0,5 et 0,5 : total round(1) = 1, au premier cité.
    expect(fluxReservataires(2, [1, 1], 4, "ENTIER")).toEqual({ ok: true, value: [1, 0] });
    // 3 × {1, 2, 1, 2} ÷ 6 → 0,5 / 1 / 0,5 / 1 : le reste va au premier des deux restes égaux.
    expect(fluxReservataires(3, [1, 2, 1, 2], undefined, "ENTIER")).toEqual({ ok: true, value: [1, 1, 0, 1] });
    // 1 × {1, 3} ÷ 8 → 0,125 et 0,375 ; base 8 : total round(0,5) = 1, au plus grand reste.
    expect(fluxReservataires(1, [1, 3], 8, "ENTIER")).toEqual({ ok: true, value: [0, 1] });
    // 2 × {1, 3} ÷ 4 → 0,5 et 1,5 : restes égaux, l'unité restante va au plus grand droit.
    expect(fluxReservataires(2, [1, 3], undefined, "ENTIER")).toEqual({ ok: true, value: [0, 2] });
  });

  it.each([
    [-1, [1], undefined, "VALEUR_NEGATIVE", "valeur"],
    [10, [1, -2], undefined, "VALEUR_NEGATIVE", "valeur"],
    [10, [0.6, 0.5], 1, "DROITS_SUPERIEURS_BASE", "valeur"],
    [10, [0, 0], undefined, "BASE_NULLE", "div0"],
    [10, [1], -5, "BASE_NEGATIVE", "valeur"],
  ] as const)("refuse volume %p, droits %p, base %p : %s", (volume, droits, base, code, kind) => {
    const r = fluxReservataires(volume, droits, base, "ENTIER");
    expect(r.ok ? null : [r.error.code, r.error.kind]).toEqual([code, kind]);
  });
});

const droitsArb = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 });
const pourcentsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 });
const volumeArb = fc.double({ min: 0, max: 5000, noNaN: true });

/** Runs the flux and fails the property on a domain error. */
function flux(volume: number, droits: number[], base?: number): number[] {
  const r = fluxReservataires(volume, droits, base, "ENTIER");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("répartition au plus fort reste : propriétés", () => {
  it("donne des parts entières ≥ 0 dont la somme est le total arrondi", () => {
    fc.assert(
      fc.property(volumeArb, droitsArb, (volume, droits) => {
        const somme = droits.reduce((a, b) => a + b, 0);
        fc.pre(somme > 0);
        const parts = flux(volume, droits);
        expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(roundHalfUp(volume));
      }),
    );
  });

  it("ne s'écarte jamais de plus d'une unité de la part exacte", () => {
    fc.assert(
      fc.property(volumeArb, pourcentsArb, (volume, droits) => {
        const somme = droits.reduce((a, b) => a + b, 0);
        fc.pre(somme > 0);
        const parts = flux(volume, droits, Math.max(1, somme));
        parts.forEach((p, i) => {
          const exact = (volume * (droits[i] ?? 0)) / Math.max(1, somme);
          expect(Math.abs(p - exact)).toBeLessThanOrEqual(1 + 1e-9);
        });
      }),
    );
  });

  it("ne dépend pas de l'ordre des réservataires (hors égalités exactes)", () => {
    fc.assert(
      fc.property(volumeArb, droitsArb, fc.infiniteStream(fc.nat()), (volume, droits, seeds) => {
        fc.pre(droits.some((d) => d > 0));
        const order = droits.map((_, i) => i).sort(() => (seeds.next().value % 3) - 1);
        const shuffled = order.map((i) => droits[i] ?? 0);
        const a = flux(volume, droits);
        const b = flux(volume, shuffled);
        // Réservataires aux droits identiques sont interchangeables : on compare les paires (droit, part).
        const pairs = (d: number[], p: number[]): string[] => d.map((x, i) => `${x}:${p[i]}`).sort();
        expect(pairs(shuffled, b)).toEqual(pairs(droits, a));
      }),
    );
  });

  it("refuse un total hors d'atteinte (erreur de programmation)", () => {
    expect(() => largestRemainder(5, [1, 1], [1, 1])).toThrow("Répartition impossible");
  });
});

describe("FLUX_RESERVATAIRE : limites", () => {
  it("refuse un volume démesuré avec un message au lieu d'une erreur JavaScript", () => {
    const r = fluxReservataires(1e308, [1, 2], undefined, "ENTIER");
    expect(r.ok ? null : [r.error.code, r.error.kind]).toEqual(["VALEUR_TROP_GRANDE", "valeur"]);
  });
  it("accepte le plus grand volume admis", () => {
    const r = fluxReservataires(100_000_000, [1, 3], undefined, "ENTIER");
    expect(r).toEqual({ ok: true, value: [25_000_000, 75_000_000] });
  });
});
