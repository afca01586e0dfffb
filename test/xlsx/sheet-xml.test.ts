import { SheetDataXml, slideFormula } from "../../src/xlsx/sheet-xml";

describe("sheet-xml : formules partagées", () => {
  it.each([
    ["SUM(B16:B21)", 0, 2, "SUM(D16:D21)"],
    ["ROUNDDOWN(B30*B31*0.25,0)", 0, 1, "ROUNDDOWN(C30*C31*0.25,0)"],
    ["B13-B14-B22+B29", 3, 0, "B16-B17-B25+B32"],
    ["$A$1+A$1+$A1+LOG10(B2)", 1, 1, "$A$1+B$1+$A2+LOG10(C3)"],
    ['IF(B2>0,"B2 vide",B2)', 0, 1, 'IF(C2>0,"B2 vide",C2)'],
  ])("recopie %s de %i ligne(s) et %i colonne(s)", (formula, dRow, dCol, expected) => {
    expect(slideFormula(formula, dRow, dCol)).toBe(expected);
  });

  it("donne à chaque copie d'une formule partagée son texte, et les rend simples quand l'une change", () => {
    const xml =
      '<worksheet><sheetData><row r="14" spans="1:6"><c r="A14" t="s"><v>3</v></c><c r="B14" s="2"><f t="shared" ref="B14:D14" si="0">SUM(B16:B21)</f><v>150</v></c>' +
      '<c r="C14" s="2"><f t="shared" si="0"/><v>55</v></c><c r="D14" s="2"><f t="shared" si="0"/><v>0</v></c></row></sheetData></worksheet>';
    const sheet = new SheetDataXml(xml);
    const formulas = sheet.formulas();
    expect([...formulas]).toEqual([
      ["B14", "=SUM(B16:B21)"],
      ["C14", "=SUM(C16:C21)"],
      ["D14", "=SUM(D16:D21)"],
    ]);
    sheet.unshare(sheet.sharedGroupsAt([{ row: 13, col: 1 }]), formulas);
    sheet.setCell(13, 1, { inner: "<f>SUM(B16:B20)</f>", style: 2 });
    sheet.setCell(14, 4, { inner: "<v>7</v>", style: 0 });
    expect(sheet.toString()).toBe(
      '<worksheet><sheetData><row r="14"><c r="A14" t="s"><v>3</v></c><c r="B14" s="2"><f>SUM(B16:B20)</f></c>' +
        '<c r="C14" s="2"><f>SUM(C16:C21)</f><v>55</v></c><c r="D14" s="2"><f>SUM(D16:D21)</f><v>0</v></c></row><row r="15"><c r="E15"><v>7</v></c></row></sheetData></worksheet>',
    );
  });
});
