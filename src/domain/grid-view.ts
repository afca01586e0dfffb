/**
 * A grid whose rows are built when asked for: how a sheet read column by column (the pane's block
 * reader, the command line's streaming reader) is handed to the domain's readers, which take
 * `grid[row][col]`.
 */
import type { Grid } from "./cells";

const isIndex = (p: string): boolean => {
  const c = p.charCodeAt(0);
  return c >= 48 && c <= 57 && String(Number(p)) === p;
};

/** An array-like view of `length` rows: `view[r]`, `view.length`, iteration and array methods work. */
export function gridView(length: number, rowAt: (r: number) => readonly unknown[]): Grid {
  const target: unknown[] = [];
  return new Proxy(target, {
    get(t, p, receiver) {
      if (typeof p === "string") {
        if (isIndex(p)) {
          const r = Number(p);
          return r < length ? rowAt(r) : undefined;
        }
        if (p === "length") return length;
      }
      return Reflect.get(t, p, receiver) as unknown;
    },
    has(t, p) {
      if (typeof p === "string" && isIndex(p)) return Number(p) < length;
      return Reflect.has(t, p);
    },
  }) as unknown as Grid;
}
