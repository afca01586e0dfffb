/**
 * The real task pane rendered by Testing Library in jsdom against the simulated workbook
 * (excel-sim/fake-workbook.ts), wired as the sandbox page wires it: createWorkbookActions over the
 * book's run. The run can be held (`hold`) to look at, or cancel, an action in progress.
 */
import "./jsdom-globals";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { ExcelRun } from "../../src/excel/api";
import { createWorkbookActions } from "../../src/excel/office";
import { Pane } from "../../src/taskpane/Pane";
import { exampleSheets } from "../../sandbox/example";
import { FakeWorkbook } from "../../excel-sim/fake-workbook";

export const HELP_URL = "https://localhost:3000/help.html";

// Two cores shared by several test runs: give awaited results time before calling them missing.
configure({ asyncUtilTimeout: 10_000 });

export type TabName = "Modèle DDETS" | "Répartitions du parc" | "Suivi du flux" | "Fonctions";

export interface RenderedPane {
  readonly book: FakeWorkbook;
  readonly view: RenderResult;
  /** Holds every later run of a batch until `release` is called. */
  readonly hold: () => void;
  readonly release: () => void;
}

/** The sandbox's example workbook (modèle DDETS 06 partly filled, logements, mouvements, journal). */
export function exampleBook(): FakeWorkbook {
  return new FakeWorkbook(exampleSheets(), "Calcul assiette");
}

/** Renders the pane on `book` and opens the tab named `tab`, as a user would click it. */
export function renderPane(tab: TabName, book: FakeWorkbook = exampleBook()): RenderedPane {
  let gate: Promise<void> | undefined;
  let open: (() => void) | undefined;
  const run: ExcelRun = async (batch) => {
    if (gate) await gate;
    return book.run(batch);
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Pane actions={createWorkbookActions(run)} helpUrl={HELP_URL} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  return {
    book,
    view,
    hold: () => {
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    release: () => {
      gate = undefined;
      open?.();
    },
  };
}

/** Clicks the button named `name` (exact text) and lets the promise queue run. */
export async function click(name: string | RegExp): Promise<void> {
  const button = screen.getByRole("button", { name });
  await act(async () => {
    fireEvent.click(button);
    await Promise.resolve();
  });
}

/** Types `text` in the text field labelled `label`. */
export function typeInto(label: string | RegExp, text: string): void {
  fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value: text } });
}

/** The shown tab's result message once an action ended: its title and text, and its intent (success, warning, error, info). */
export async function resultMessage(timeout = 20_000): Promise<{ text: string; intent: string | null }> {
  const bar = await waitFor(
    () => {
      // The shown tab's: tabs once opened stay mounted, hidden (KeptPanels).
      const el = document.querySelector('[role="tabpanel"]:not([hidden]) [data-intent]');
      if (el === null) throw new Error("pas encore de message de résultat");
      return el;
    },
    { timeout },
  );
  return { text: bar.textContent ?? "", intent: bar.getAttribute("data-intent") };
}

/** Lets pending effects (settings loading) settle. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** The message of the pane's « Annuler » (above the tabs) once an undo ended. */
export async function undoMessage(timeout = 20_000): Promise<{ text: string; intent: string | null }> {
  const bar = await waitFor(
    () => {
      const el = document.querySelector('section[aria-label="Annuler les écritures de GEF"] [data-intent]');
      if (el === null) throw new Error("pas encore de message d'annulation");
      return el;
    },
    { timeout },
  );
  return { text: bar.textContent ?? "", intent: bar.getAttribute("data-intent") };
}
