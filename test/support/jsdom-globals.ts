/**
 * What jsdom lacks and the pane's code uses, taken from Node: TextEncoder and TextDecoder (the
 * block reader measures payloads in UTF-8 bytes), and a ResizeObserver. Imported first by render-pane.tsx.
 */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;

/** Fluent UI watches sizes (MessageBar's reflow); jsdom lays nothing out, so nothing ever changes. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
g.ResizeObserver ??= NoResizeObserver;
