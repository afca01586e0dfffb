/**
 * Issue 25, point 9: a workbook in the 1904 date system (`<workbookPr date1904="1"/>`, older Mac
 * files) whose journal dates are numbers without a date format. They are serials of that system:
 * 10/01/2024 is 43 839 there (45 301 in the usual 1900 system, 1 462 days later), and must be read
 * as 10/01/2024, not four years earlier.
 */
import { gef, tempDir, writeXlsx } from "../support/cli";
import { partsOf, rewriteXlsx } from "../support/raw-xlsx";

/** ÉTAT's mises à disposition in `gef decompte --json`'s output. */
const misesADisposition = (out: string): number | undefined =>
  (JSON.parse(out) as { lignes: { reservataire: string; misesADisposition: number }[] }).lignes.find(
    (l) => l.reservataire === "ÉTAT",
  )?.misesADisposition;

describe("classeur au calendrier 1904", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("lit une date numérique sans format de date du journal dans le calendrier 1904", async () => {
    const plain = t.file("journal-1900.xlsx");
    // 43 839 is 10/01/2024 in the 1904 system; read in the 1900 one it would be 09/01/2020.
    await writeXlsx(plain, {
      Journal: [
        ["Logement", "Réservataire", "Étape", "Date"],
        ["L1", "ÉTAT", "mise à disposition", 43_839],
      ],
    });
    const file = t.file("journal-1904.xlsx");
    await rewriteXlsx(plain, file, (parts) =>
      parts.map((p) => {
        if (p.name !== "xl/workbook.xml") return p;
        const xml = String(p.data);
        return {
          name: p.name,
          data: xml.includes("<workbookPr")
            ? xml.replace("<workbookPr", '<workbookPr date1904="1"')
            : xml.replace(/(<workbook[^P>]*>)/, '$1<workbookPr date1904="1"/>'),
        };
      }),
    );
    expect(String((await partsOf(file)).find((p) => p.name === "xl/workbook.xml")?.data)).toContain('date1904="1"');
    const r2024 = await gef("decompte", file, "--debut", "01/01/2024", "--fin", "31/12/2024", "--json");
    expect(misesADisposition(r2024.out)).toBe(1);
    // The same number in a 1900 workbook is in 2020.
    const r2020 = await gef("decompte", plain, "--debut", "01/01/2020", "--fin", "31/12/2020", "--json");
    expect(misesADisposition(r2020.out)).toBe(1);
  });
});
