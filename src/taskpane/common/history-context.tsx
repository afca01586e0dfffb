/**
 * The pane-wide store above the tabs: the one history of GEF's writes (src/excel/undo-history.ts),
 * and whether an action runs anywhere in the pane (an undo and a tab's action never run together).
 * Tabs read it through the hooks below; without a provider (a tab rendered alone) they do nothing.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import type { HistoryEntry, Onglet, UndoHistory } from "../../excel/undo-history";

interface PaneStore {
  readonly history: UndoHistory;
  /** Actions running in the pane (tabs and undo). */
  readonly running: number;
  readonly begin: () => void;
  readonly end: () => void;
}

const PaneContext = createContext<PaneStore | undefined>(undefined);

export function HistoryProvider({
  history,
  children,
}: {
  readonly history: UndoHistory;
  readonly children: ReactNode;
}): React.JSX.Element {
  const [running, setRunning] = useState(0);
  const begin = useCallback(() => setRunning((n) => n + 1), []);
  const end = useCallback(() => setRunning((n) => Math.max(0, n - 1)), []);
  const store = useMemo(() => ({ history, running, begin, end }), [history, running, begin, end]);
  return <PaneContext.Provider value={store}>{children}</PaneContext.Provider>;
}

/** The history (undefined outside a pane). */
export function useHistory(): UndoHistory | undefined {
  return useContext(PaneContext)?.history;
}

const NONE: readonly HistoryEntry[] = [];
const noop = (): (() => void) => () => undefined;

/** The history's entries, newest first, kept current. */
export function useHistoryEntries(): readonly HistoryEntry[] {
  const history = useHistory();
  const subscribe = useCallback((fn: () => void) => (history ? history.subscribe(fn) : noop()), [history]);
  return useSyncExternalStore(subscribe, () => history?.entries() ?? NONE);
}

/** Whether an action runs in the pane, and how a hook tells it starts and ends. */
export function usePaneBusy(): { readonly busy: boolean; readonly begin?: () => void; readonly end?: () => void } {
  const store = useContext(PaneContext);
  return store ? { busy: store.running > 0, begin: store.begin, end: store.end } : { busy: false };
}

/** Calls `onUndone` with the descriptions of this tab's entries that an undo has just removed. */
export function useUndone(onglet: Onglet, onUndone: (descriptions: readonly string[]) => void): void {
  const history = useHistory();
  const latest = useRef(onUndone);
  latest.current = onUndone;
  useEffect(() => {
    if (!history) return undefined;
    return history.subscribe((undone) => {
      const mine = undone.filter((e) => e.onglet === onglet).map((e) => e.description);
      if (mine.length > 0) latest.current(mine);
    });
  }, [history, onglet]);
}
