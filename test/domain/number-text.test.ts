import { parseNumberText } from "../../src/domain";

describe("lecture des nombres tapés en texte", () => {
  it.each([
    ["1234", 1234],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["1\u202f234", 1234],
    ["1 234,5", 1234.5],
    ["1,234", 1.234],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["0.05", 0.05],
    ["0,05", 0.05],
    [",5", 0.5],
    ["12,5 %", 0.125],
    ["5%", 0.05],
    ["-3", -3],
    ["\u22123", -3],
    ["+7", 7],
    ["  42  ", 42],
  ])("lit « %s » comme %p", (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it.each(["", "abc", "12a", "1,23,4", "1.2.3,4,5", "1,234.5.6", "%", "--3", "1 234,5,6", "12,34.5"])(
    "refuse « %s »",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );
});
