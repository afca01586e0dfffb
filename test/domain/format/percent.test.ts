import { formatPercentFixed, readTypedPercent } from "../../../src/domain";

// The rule (src/domain/saisie.ts, docs/choix.md « Saisies du volet et options de gef »): a percent field is typed in
// points, with or without « % »; « 1 » is 1 %, never 100 %, whatever the number of decimals.
describe("lecture d'un pourcentage tapé en points : une seule règle pour le volet et gef", () => {
  it.each([
    ["1", 0.01],
    ["1,00", 0.01],
    ["1 %", 0.01],
    ["100", 1],
    ["25", 0.25],
    ["25 %", 0.25],
    ["12,5", 0.125],
    ["12.5 %", 0.125],
    ["0,25", 0.0025],
    ["  30  ", 0.3],
  ])("lit « %s » comme la fraction %d", (text, fraction) => {
    expect(readTypedPercent(text, "Part")).toEqual({ ok: true, value: Math.round(fraction * 1e11) / 1e9 });
  });

  it.each(["", "   ", "abc", "25 points", "%"])("ne devine rien pour « %s »", (text) => {
    expect(readTypedPercent(text, "Part").ok).toBe(false);
  });

  it("écrit une fraction en pourcentage français à décimales fixes", () => {
    expect(formatPercentFixed(1 / 3, 1)).toBe("33,3 %");
    expect(formatPercentFixed(0.05, 0)).toBe("5 %");
  });
});
