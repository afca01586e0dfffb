import { arrondiAffiche, formatNombre, formatPourcent, sansMoinsZero } from "../../../src/domain";

// Nobody reads a zero as negative: what GEF writes or shows never says « -0 » (issue 24, figures).
describe("zéro jamais négatif dans ce que GEF écrit ou montre", () => {
  it.each([
    [-0, "0"],
    [-0.00001, "0"],
    [-0.5, "-0,5"],
    [-1234.5, "-1\u00a0234,5"],
  ])("formatNombre(%d) donne « %s »", (x, text) => {
    expect(formatNombre(x)).toBe(text);
  });

  it("formatPourcent ne met pas de signe à un pourcentage qui s'arrondit à zéro", () => {
    expect(formatPourcent(-0.000001)).toBe("0\u00a0%");
    expect(formatPourcent(-0.125)).toBe("-12,5\u00a0%");
  });

  it("sansMoinsZero garde le signe des nombres qui ne sont pas nuls", () => {
    expect(sansMoinsZero("-0,0")).toBe("0,0");
    expect(sansMoinsZero("\u22120")).toBe("0");
    expect(sansMoinsZero("-0,1")).toBe("-0,1");
  });

  it.each([
    [-0.04, 1, 0],
    [-0.049, 1, 0],
    [-0.05, 1, -0.1],
    [-0.15, 1, -0.2],
    [2.25, 1, 2.3],
    [-0, 0, 0],
  ])("arrondiAffiche(%d, %d) vaut %d, comme Excel l'affiche (moitié loin de zéro), jamais -0", (x, d, expected) => {
    const r = arrondiAffiche(x, d);
    expect(r).toBe(expected);
    expect(Object.is(r, -0)).toBe(false);
  });
});
