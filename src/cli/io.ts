import { displayValue } from "../domain";

/** Where the command line writes: injected so that tests capture it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly interactive: boolean;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  interactive: process.stderr.isTTY === true,
};

/** Aligns a table for the terminal: first column left, the others right. */
export function formatTable(rows: readonly (readonly unknown[])[]): string {
  const text = rows.map((r) => r.map((c) => displayValue(c)));
  const widths: number[] = [];
  for (const r of text) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return text
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ").trimEnd())
    .join("\n");
}

/** A progress bar on stderr for many files, only on a terminal. */
export function progress(io: Io, total: number): (done: number, label: string) => void {
  if (!io.interactive || total < 3) return () => undefined;
  return (done, label) => {
    const width = 24;
    const full = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(full)}${".".repeat(width - full)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
    if (done === total) process.stderr.write("\n");
  };
}
