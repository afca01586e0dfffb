/** src/xlsx/chart-xlsx.ts: native charts added to a workbook exceljs wrote, as Excel writes them. */
import ExcelJS from "exceljs";
import type { PlanSheet } from "../../src/jobs";
import { tempDir } from "../support/cli";
import { addCharts } from "../../src/xlsx/chart-xlsx";
import { readZipFile } from "../../src/xlsx/platform-node";
import { readEntry } from "../../src/xlsx/zip";

const plan: PlanSheet = {
  name: "Bilan",
  blocks: [
    {
      row: 0,
      col: 0,
      cells: [
        ["Réservataire", "Objectif"],
        ["État", 12],
        ["Action Logement", 30],
      ],
      formats: [],
      boldRows: [],
    },
  ],
  charts: [
    {
      name: "atteinte",
      type: "ColumnClustered",
      title: "Objectif par réservataire",
      source: "A1:B3",
      seriesBy: "Columns",
      dataLabels: true,
      legend: "Bottom",
      from: "D1",
      to: "K15",
    },
  ],
  widths: [],
};

describe("chart-xlsx : graphiques natifs ajoutés au classeur", () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it("ajoute le graphique, son dessin, leurs relations et leurs types, la série pointant sur les cellules avec leurs valeurs en cache", async () => {
    const file = t.file("bilan.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Bilan");
    plan.blocks[0]!.cells.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    await wb.xlsx.writeFile(file);
    await addCharts(file, [{ sheet: "Bilan", plan }]);
    const zip = await readZipFile(file);
    const text = async (name: string): Promise<string> => (await readEntry(zip, name))?.toString("utf8") ?? "";
    const chart = await text("xl/charts/chart1.xml");
    expect(chart).toContain("<c:f>'Bilan'!$B$2:$B$3</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>12</c:v></c:pt><c:pt idx="1"><c:v>30</c:v></c:pt>');
    expect(chart).toContain("Objectif par réservataire");
    expect(await text("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    expect(await text("xl/worksheets/_rels/sheet1.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    expect(await text("xl/worksheets/sheet1.xml")).toMatch(/<drawing r:id="rIdGef1"\/>/);
    const types = await text("[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });
});
