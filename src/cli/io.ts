import { displayValue, formatNombre } from "../domain";

/** Where the command line writes: injected so that tests capture it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly interactive: boolean;
  /** Writes to stderr as is (no line break): the progress bar redraws its line with « \r ». */
  readonly status?: (text: string) => void;
}

let guarded = false;
const closed = new Set<NodeJS.WriteStream>();

/**
 * Output piped into a command that stops reading (« gef decompte … -o f.xlsx | head -1 ») (docs/choix.md
 * « Fichiers écrits par gef »): what is printed after is dropped, quietly, but the command goes on — its files are
 * written in full and its exit code is the one it would have had. (Exiting on EPIPE lost the file being written.)
 */
function guardPipes(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    // EPIPE, or any other failure of the stream: nothing more can be shown there.
    stream.on("error", () => closed.add(stream));
  }
}

function writeTo(stream: NodeJS.WriteStream, text: string): void {
  guardPipes();
  if (!closed.has(stream)) stream.write(text);
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => writeTo(process.stdout, `${text}\n`),
  err: (text) => writeTo(process.stderr, `${text}\n`),
  interactive: process.stderr.isTTY === true,
  status: (text) => writeTo(process.stderr, text),
};

/** Aligns a table for the terminal: first column left, the others right. */
export function formatTable(rows: readonly (readonly unknown[])[]): string {
  const text = rows.map((r) => r.map((c) => displayValue(c)));
  const widths: number[] = [];
  for (const r of text) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return text
    .map((r) =>
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** A progress bar on stderr for many files, only on a terminal. */
export function progress(io: Io, total: number): (done: number, label: string) => void {
  const write = io.status;
  if (!io.interactive || total < 3 || write === undefined) return () => undefined;
  return (done, label) => {
    const width = 24;
    const full = Math.round((done / total) * width);
    write(`\r[${"#".repeat(full)}${".".repeat(width - full)}] ${done}/${total} ${label.slice(-40).padEnd(40)}`);
    if (done === total) write("\n");
  };
}

/** A running count of rows read from one large file, on a terminal (« 250 000 lignes lues »). */
export function rowCounter(
  io: Io,
  fichier: string,
): { readonly onRows?: (rows: number) => void; readonly end: () => void } {
  const write = io.status;
  if (!io.interactive || write === undefined) return { end: () => undefined };
  let shown = false;
  return {
    onRows: (rows) => {
      shown = true;
      write(`\rLecture de ${fichier.slice(-40)} : ${formatNombre(rows)} lignes lues`);
    },
    end: () => {
      if (shown) write("\n");
    },
  };
}

/**
 * Text from a file, made safe for a terminal (docs/choix.md « Fichiers d'inconnus : limites »): control characters
 * (ESC sequences that set the window title or clear the screen, bell, backspace) become their visible symbols (␛, ␇),
 * C1 controls and bidirectional overrides become « � ». Line breaks and tabs stay.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return "\uFFFD";
  });
}

/** An Io whose every line is {@link terminalSafe}. */
export function safeIo(io: Io): Io {
  const status = io.status;
  return {
    out: (t) => io.out(terminalSafe(t)),
    err: (t) => io.err(terminalSafe(t)),
    interactive: io.interactive,
    ...(status === undefined
      ? {}
      : { status: (t: string) => status(t.replace(/[^\r]+/g, (part) => terminalSafe(part))) }),
  };
}
