/**
 * A simulated Excel workbook implementing GEF's narrow Excel interfaces (src/excel/api.ts), for the
 * unit tests, the benchmark and the browser sandbox (one implementation, shared; the production pane
 * never loads it). It is as strict as Excel wherever GEF could tell the difference:
 * commands queued until `sync` (excel-sim/context.ts), 5 MB per request and per response and
 * 5 000 000 cells per read (excel-sim/limits.ts), PropertyNotLoaded, sheet names and visibility
 * (excel-sim/sheets.ts), write shapes and text read as typed (excel-sim/range.ts), formulas
 * computed (excel-sim/formula.ts), settings through JSON.
 */
import type { ExcelContext, ExcelRun } from "../src/excel/api";
import { isSetSupported } from "./api-sets";
import { SimContext, type ApiCall, type SyncRecord } from "./context";
import { BookModel, type FakeChart, type PageSetup, type Validation } from "./model";
import { parseA1, typedContent } from "./range";
import { SimWorksheets, simSettings } from "./sheets";

export { colName, parseA1 } from "./range";
export type { ApiCall, SyncRecord } from "./context";
export type { FakeChart, PageSetup, Validation } from "./model";

class FakeContext extends SimContext implements ExcelContext {
  readonly workbook = {
    worksheets: new SimWorksheets(this),
    settings: simSettings(this),
  };
  /** What `Office.context.requirements` answers on this host (excel-sim/api-sets.ts). */
  readonly requirements = {
    isSetSupported: (name: string, version: string): boolean => isSetSupported(this, name, version),
  };
}

/** The simulated workbook: its sheets, settings, selection, and what the API did to it. */
export class FakeWorkbook {
  readonly model = new BookModel();
  readonly calls: ApiCall[] = [];
  /** Request and response bytes of every sync, in order. */
  readonly syncLog: SyncRecord[] = [];
  syncCount = 0;
  /** Syncs of each `run`, in order. */
  readonly runs: number[] = [];

  constructor(sheets: Record<string, readonly (readonly unknown[])[]> = {}, active?: string) {
    for (const [name, rows] of Object.entries(sheets)) this.setSheet(name, rows);
    this.model.active = active ?? Object.keys(sheets)[0] ?? "";
  }

  /** Sheets by name, in tab order. */
  get sheets(): BookModel["sheets"] {
    return this.model.sheets;
  }
  get settings(): ReadonlyMap<string, string> {
    return this.model.settings;
  }
  get active(): string {
    return this.model.active;
  }
  set active(name: string) {
    this.model.active = name;
  }
  get selection(): { sheet: string; address: string } | undefined {
    return this.model.selection;
  }

  /**
   * Replaces (or adds) a sheet's content, as typed by a user: "=…" is a formula, numeric text a
   * number. Formulas are computed at once.
   */
  setSheet(name: string, rows: readonly (readonly unknown[])[]): void {
    const existing = this.model.find(name);
    if (existing) this.model.sheets.delete(existing.name);
    const s = this.model.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        // Most text cannot be read as a number or a formula: only the rest goes through typing.
        const typed = typeof v === "string" && /^[\s=+\-'.\d]/.test(v);
        s.set(r, c, typed ? typedContent(v, false) : { value: v });
      }),
    );
    this.model.changed();
    this.model.recalc();
  }

  /** Excel.run for this workbook. */
  readonly run: ExcelRun = async (batch) => {
    const ctx = new FakeContext(this);
    try {
      return await batch(ctx);
    } finally {
      this.runs.push(ctx.syncs);
    }
  };

  /** Inspection without proxies (tests, sandbox display). */
  cell(
    sheet: string,
    address: string,
  ): { value: unknown; formula?: string; numberFormat?: string; bold?: boolean } | undefined {
    const { r0, c0 } = parseA1(address);
    return this.model.find(sheet)?.get(r0, c0);
  }

  /** A sheet's content as rows of formulas or values (as Excel shows them), from A1 to its last used cell. */
  grid(sheet: string, what: "values" | "formulas" = "formulas"): unknown[][] {
    const s = this.model.find(sheet);
    const b = s?.used(true);
    if (!s || !b) return [];
    const out: unknown[][] = [];
    for (let r = 0; r <= b.r1; r++) {
      const row: unknown[] = [];
      for (let c = 0; c <= b.c1; c++) {
        const cell = s.get(r, c);
        row.push(cell === undefined ? "" : what === "formulas" ? (cell.formula ?? cell.value) : cell.value);
      }
      out.push(row);
    }
    return out;
  }

  /** The data validation rules of a sheet (excel-sim/validation.ts). */
  validations(sheet: string): readonly Validation[] {
    return this.model.find(sheet)?.validations ?? [];
  }

  /** A sheet's page setup, once set (excel-sim/page-layout.ts). */
  pageSetup(sheet: string): PageSetup | undefined {
    return this.model.find(sheet)?.page;
  }

  charts(sheet: string): readonly FakeChart[] {
    return this.model.find(sheet)?.charts ?? [];
  }

  /** The largest request and response of any sync so far, in bytes. */
  largestPayloads(): { request: number; response: number } {
    return this.syncLog.reduce(
      (m, s) => ({ request: Math.max(m.request, s.request), response: Math.max(m.response, s.response) }),
      { request: 0, response: 0 },
    );
  }
}
