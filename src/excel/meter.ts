/**
 * What one action costs: its syncs, the bytes it read, the rows read and cells written, and its
 * duration, counted in one place for every action (reported to the user, docs/produit/volet.md).
 */
import type { ActionStats } from "./action-types";
import type { ExcelContext } from "./api";

export class Meter {
  syncs = 0;
  rowsRead = 0;
  cellsWritten = 0;
  /** JSON bytes of the values read (measured on what Excel returned). */
  bytesRead = 0;
  private readonly start = performance.now();
  constructor(readonly context: ExcelContext) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  stats(): ActionStats {
    return {
      syncs: this.syncs,
      ms: performance.now() - this.start,
      cellsWritten: this.cellsWritten,
      rowsRead: this.rowsRead,
      bytesRead: this.bytesRead,
    };
  }
}
