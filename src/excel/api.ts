/**
 * The parts of the Excel JavaScript API that GEF uses, as narrow structural interfaces. The real
 * `Excel.RequestContext` is assignable to {@link ExcelContext} (test/excel/api-compat.test.ts checks
 * it), and the simulated workbook of the tests and the sandbox implements them: the same code runs
 * against both. Load / sync semantics are Office's: a property is readable only after `load` and
 * `context.sync()`.
 */

export type CellGrid = unknown[][];

export interface RangeFormatLike {
  font: { bold: boolean | null; color?: string | null };
  fill: { color: string | null };
  columnWidth: number | null;
  wrapText: boolean | null;
  autofitColumns(): void;
}

/**
 * A list rule of data validation (ExcelApi 1.8, learn.microsoft.com « Excel.ListDataValidation »):
 * `source` is a range of the workbook or a comma-delimited text.
 */
export interface DataValidationRuleLike {
  list?: { inCellDropDown: boolean; source: string | RangeLike };
}

/** `Range.dataValidation` (ExcelApi 1.8): the rule is set as a whole; `clear()` removes it from the range's cells. */
export interface DataValidationLike {
  rule: DataValidationRuleLike;
  clear(): void;
}

/** Print zoom (ExcelApi 1.9): a scale of 10 to 400 %, or a number of pages wide and tall. */
export interface PageZoomLike {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

/** `Worksheet.pageLayout` (ExcelApi 1.9, learn.microsoft.com « Excel.PageLayout »): margins in points. */
export interface PageLayoutLike {
  orientation: Excel.PageOrientation | `${Excel.PageOrientation}`;
  paperSize: Excel.PaperType | `${Excel.PaperType}`;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  zoom: PageZoomLike;
  /** An A1 address of the sheet (« A1:D40 »). */
  setPrintArea(printArea: string): void;
  /** Whole rows (« $1:$3 »). */
  setPrintTitleRows(printTitleRows: string): void;
}

export interface RangeLike {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly format: RangeFormatLike;
  /** ExcelApi 1.8: check {@link ExcelContext.requirements} (or Office's) before using it. */
  readonly dataValidation: DataValidationLike;
  readonly isNullObject: boolean;
  load(properties?: string | string[]): RangeLike;
  /** ExcelApi 1.4: the cells common to both ranges, or a null object. */
  getIntersectionOrNullObject(anotherRange: RangeLike | string): RangeLike;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents" | Excel.ClearApplyTo): void;
}

export interface ChartSeriesLike {
  name: string;
  setValues(source: RangeLike): void;
  setXAxisValues(source: RangeLike): void;
  readonly dataLabels: ChartDataLabelsLike;
}

export interface ChartDataLabelsLike {
  showValue: boolean;
  showPercentage: boolean;
  showCategoryName: boolean;
  showSeriesName: boolean;
  showLegendKey: boolean;
  numberFormat: string;
}

export interface ChartLike {
  name: string;
  readonly title: { text: string; visible: boolean };
  readonly legend: {
    visible: boolean;
    position: Excel.ChartLegendPosition | "Invalid" | "Top" | "Bottom" | "Left" | "Right" | "Corner" | "Custom";
  };
  readonly dataLabels: ChartDataLabelsLike;
  readonly series: {
    readonly items: ChartSeriesLike[];
    getItemAt(index: number): ChartSeriesLike;
    load(properties?: string | string[]): unknown;
  };
  setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void;
  delete(): void;
  load(properties?: string | string[]): ChartLike;
}

export interface ChartCollectionLike {
  readonly items: ChartLike[];
  add(
    type: Excel.ChartType | "ColumnStacked100" | "Pie" | "ColumnClustered",
    sourceData: RangeLike,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): ChartLike;
  load(properties?: string | string[]): ChartCollectionLike;
}

export interface WorksheetLike {
  readonly name: string;
  /** Stable for the workbook's life, unlike the name (ExcelApi 1.1). */
  readonly id: string;
  visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  readonly charts: ChartCollectionLike;
  /** ExcelApi 1.9: check {@link ExcelContext.requirements} (or Office's) before using it. */
  readonly pageLayout: PageLayoutLike;
  readonly isNullObject: boolean;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  activate(): void;
  delete(): void;
  load(properties?: string | string[]): WorksheetLike;
}

export interface WorksheetCollectionLike {
  readonly items: WorksheetLike[];
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
  add(name?: string): WorksheetLike;
  load(properties?: string | string[]): WorksheetCollectionLike;
}

export interface SettingLike {
  readonly value: unknown;
  readonly isNullObject: boolean;
  load(properties?: string | string[]): SettingLike;
}

export interface SettingCollectionLike {
  add(key: string, value: string | number | boolean | Date | unknown[] | Record<string, unknown>): unknown;
  getItemOrNullObject(key: string): SettingLike;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  readonly settings: SettingCollectionLike;
}

export interface ExcelContext {
  readonly workbook: WorkbookLike;
  /**
   * The simulated workbook's answer to « is this API set supported? » (absent in Office, where
   * `Office.context.requirements` answers): see api-sets.ts.
   */
  readonly requirements?: { isSetSupported(name: string, version: string): boolean };
  sync(): Promise<void>;
}

/** `Excel.run` in Office; the simulated workbook's `run` in tests and in the sandbox. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;
