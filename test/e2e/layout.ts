/**
 * Layout checks for the browser tests: the text boxes of a part of the page, as the user sees them
 * (each text node's rectangles, clipped by the frames that scroll or hide their overflow), and the
 * pairs of them that overlap.
 */
import type { Page } from "playwright-core";

export interface Overlap {
  readonly a: string;
  readonly b: string;
  readonly area: number;
}

/** Pairs of text boxes inside `selector` that overlap by more than 2 px² (none expected). */
export async function overlappingTexts(page: Page, selector: string): Promise<Overlap[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [{ a: sel, b: "introuvable", area: -1 }];
    type Box = { x0: number; y0: number; x1: number; y1: number; text: string; node: Node };
    const boxes: Box[] = [];
    const clipOf = (el: Element | null): { x0: number; y0: number; x1: number; y1: number } => {
      let clip = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const st = getComputedStyle(e);
        if (st.overflowX !== "visible" || st.overflowY !== "visible") {
          const r = e.getBoundingClientRect();
          clip = {
            x0: Math.max(clip.x0, r.left),
            y0: Math.max(clip.y0, r.top),
            x1: Math.min(clip.x1, r.right),
            y1: Math.min(clip.y1, r.bottom),
          };
        }
      }
      return clip;
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? "").trim();
      const parent = n.parentElement;
      if (text === "" || !parent) continue;
      const st = getComputedStyle(parent);
      if (st.visibility === "hidden" || st.display === "none") continue;
      // The content of a closed <details> is not drawn (its summary is).
      let closed = false;
      for (let e: Element | null = parent; e && e !== root.parentElement; e = e.parentElement) {
        if (e instanceof HTMLDetailsElement && !e.open && !parent.closest("summary")?.parentElement?.isSameNode(e))
          closed = true;
      }
      if (closed || !parent.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const clip = clipOf(parent);
      for (const r of Array.from(range.getClientRects())) {
        const b = {
          x0: Math.max(r.left, clip.x0),
          y0: Math.max(r.top, clip.y0),
          x1: Math.min(r.right, clip.x1),
          y1: Math.min(r.bottom, clip.y1),
        };
        if (b.x1 - b.x0 > 0.5 && b.y1 - b.y0 > 0.5) boxes.push({ ...b, text: text.slice(0, 40), node: n });
      }
    }
    const out: { a: string; b: string; area: number }[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i];
        const q = boxes[j];
        if (!p || !q || p.node === q.node) continue;
        const w = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
        const h = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
        if (w > 0 && h > 0 && w * h > 2) out.push({ a: p.text, b: q.text, area: Math.round(w * h) });
      }
    }
    return out;
  }, selector);
}

/** Horizontal overflow of an element: > 0 means the page scrolls sideways. */
export async function horizontalOverflow(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollWidth - el.clientWidth);
}
