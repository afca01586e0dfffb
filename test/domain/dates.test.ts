import { isoFromSerial, readDateValue, SERIAL_MAX } from "../../src/domain/dates";

describe("Lecture des dates", () => {
  it.each<[string, unknown]>([
    ["1E20", 1e20],
    ["99999999999 (decompte --debut 99999999999)", 99_999_999_999],
    ["le lendemain du 31/12/9999", SERIAL_MAX + 1],
    ["le texte « 99999999999 »", "99999999999"],
    ["une Date JavaScript de l'an 10000", new Date(Date.UTC(10000, 0, 1))],
    ["le texte « 31/12/10000 »", "2024-13-01"],
  ])("refuse %s comme date (hors des jours d'Excel)", (_cas, value) => {
    expect(readDateValue(value)).toBeUndefined();
  });

  it("lit encore le 31/12/9999, dernier jour d'Excel (2 958 465)", () => {
    expect(readDateValue("31/12/9999")).toBe(2_958_465);
    expect(readDateValue(2_958_465)).toBe(2_958_465);
  });

  it.each<[number, string]>([
    [1e20, "100000000000000000000"],
    [Infinity, "Infinity"],
    [-5, "-5"],
    [45292, "2024-01-01"],
  ])("écrit le jour de %d sans « Invalid time value » : %s", (serial, attendu) => {
    expect(isoFromSerial(serial)).toBe(attendu);
  });
});
