/** Reading the sandbox's simulated workbook and page from the browser tests. */
import path from "node:path";
import type { Page } from "playwright-core";

const AXE = path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js");

interface SandboxBook {
  cell: (sheet: string, address: string) => { value: unknown; formula?: string } | undefined;
  sheets: Map<string, unknown>;
}
type SandboxWindow = { gefSandbox: { book: SandboxBook } };

/** Serious or critical accessibility violations of the page, with their rule ids. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: object,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Fluent UI's focus manager (Tabster) adds aria-hidden focus guards on purpose: they hand the
    // focus on and are never read; axe flags them (aria-hidden-focus), so they are left out.
    const r = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

export const cell = (
  page: Page,
  sheet: string,
  address: string,
): Promise<{ value: unknown; formula?: string } | undefined> =>
  page.evaluate(
    ([s, a]) => (window as unknown as SandboxWindow).gefSandbox.book.cell(s ?? "", a ?? ""),
    [sheet, address],
  );

export const sheets = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as SandboxWindow).gefSandbox.book.sheets.keys()]);

export const syncLog = (page: Page): Promise<string[]> => page.locator('[data-testid="syncs"] li').allTextContents();
