/**
 * A feasible flow in a network whose edges carry a lower and an upper bound, or the proof that none
 * exists: the textbook reduction to one maximum flow (each lower bound sent ahead, from a super source
 * to its head and from its tail to a super sink; the bounds are met exactly when that flow saturates
 * the super source), solved by Edmonds and Karp's shortest augmenting paths (1972). Integral bounds
 * give an integral flow: what controlled rounding needs (controlled-rounding.ts).
 */

/** An edge from node `from` to node `to` carrying between `lo` and `hi` units (whole numbers). */
export interface BoundedEdge {
  readonly from: number;
  readonly to: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * The residual network in flat typed arrays (adjacency as linked lists: `head` and `tail` of each node,
 * `next` of each edge): edge 2k is the k-th edge added, 2k + 1 its reverse. Nothing is allocated per path.
 */
class Residual {
  readonly to: Int32Array;
  readonly cap: Float64Array;
  private readonly next: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private size = 0;

  constructor(
    nodes: number,
    private readonly maxEdges: number,
  ) {
    this.to = new Int32Array(2 * maxEdges);
    this.cap = new Float64Array(2 * maxEdges);
    this.next = new Int32Array(2 * maxEdges);
    this.head = new Int32Array(nodes).fill(-1);
    this.tail = new Int32Array(nodes).fill(-1);
  }

  /** An edge and its reverse, with their residual capacities (`back`: units already on the edge). */
  add(from: number, to: number, cap: number, back = 0): void {
    if (this.size + 2 > 2 * this.maxEdges) throw new RangeError("réseau plein");
    this.link(from, to, cap);
    this.link(to, from, back);
  }

  /** Appends an edge to the end of `u`'s list: edges are tried in the order added. */
  private link(u: number, v: number, c: number): void {
    const e = this.size++;
    this.to[e] = v;
    this.cap[e] = c;
    this.next[e] = -1;
    const last = this.tail[u] as number;
    if (last === -1) this.head[u] = e;
    else this.next[last] = e;
    this.tail[u] = e;
  }

  /** Pushes units along shortest paths from `s` to `t` until none is left; returns the amount pushed. */
  maxFlow(s: number, t: number): number {
    const { to, cap, next, head } = this;
    const nodes = head.length;
    const via = new Int32Array(nodes);
    const queue = new Int32Array(nodes);
    let total = 0;
    for (;;) {
      via.fill(-1);
      let qh = 0;
      let qt = 0;
      queue[qt++] = s;
      while (qh < qt && via[t] === -1) {
        const u = queue[qh++] as number;
        for (let e = head[u] as number; e !== -1; e = next[e] as number) {
          const v = to[e] as number;
          if ((cap[e] as number) > 0 && via[v] === -1 && v !== s) {
            via[v] = e;
            queue[qt++] = v;
          }
        }
      }
      if (via[t] === -1) return total;
      let push = Infinity;
      for (let v = t; v !== s; v = to[(via[v] as number) ^ 1] as number)
        push = Math.min(push, cap[via[v] as number] as number);
      for (let v = t; v !== s; v = to[(via[v] as number) ^ 1] as number) {
        const e = via[v] as number;
        cap[e] = (cap[e] as number) - push;
        cap[e ^ 1] = (cap[e ^ 1] as number) + push;
      }
      total += push;
    }
  }
}

/**
 * A circulation meeting every edge's bounds (add an edge from sink to source for a flow between
 * them), as the units on each edge in the order given; `undefined` when the bounds cannot all be met.
 * Edges are tried in the order given where paths are equally short.
 */
export function feasibleFlow(nodes: number, edges: readonly BoundedEdge[]): number[] | undefined {
  const net = new Residual(nodes + 2, edges.length + nodes);
  const excess = new Array<number>(nodes).fill(0);
  for (const e of edges) {
    if (e.lo > e.hi) return undefined;
    net.add(e.from, e.to, e.hi - e.lo);
    excess[e.to] = (excess[e.to] ?? 0) + e.lo;
    excess[e.from] = (excess[e.from] ?? 0) - e.lo;
  }
  const source = nodes;
  const sink = nodes + 1;
  let needed = 0;
  excess.forEach((x, v) => {
    if (x > 0) {
      net.add(source, v, x);
      needed += x;
    } else if (x < 0) net.add(v, sink, -x);
  });
  if (net.maxFlow(source, sink) < needed) return undefined;
  return edges.map((e, k) => e.hi - (net.cap[2 * k] ?? 0));
}

/**
 * Unit edges between `rows` and `columns` (edge k from row `cells[k].i` to column `cells[k].j`) chosen
 * so that row i has exactly `need[i]` of them and column j `give[j]`; `undefined` when impossible.
 * A plain maximum flow (source → rows → columns → sink), started from a greedy choice in the order
 * of `cells` and completed by shortest augmenting paths: most tables need few of them.
 */
export function exactUnits(
  need: readonly number[],
  give: readonly number[],
  cells: readonly { readonly i: number; readonly j: number }[],
): boolean[] | undefined {
  const m = need.length;
  const total = need.reduce((a, b) => a + b, 0);
  if (total !== give.reduce((a, b) => a + b, 0) || need.some((x) => x < 0) || give.some((x) => x < 0)) return undefined;
  const source = m + give.length;
  const sink = source + 1;
  const net = new Residual(sink + 1, cells.length + m + give.length);
  const leftRow = [...need];
  const leftCol = [...give];
  let greedy = 0;
  for (const { i, j } of cells) {
    // The greedy start: a unit taken at once sits on the edge's reverse, where a path may move it.
    const take = (leftRow[i] ?? 0) > 0 && (leftCol[j] ?? 0) > 0;
    if (take) {
      leftRow[i] = (leftRow[i] ?? 0) - 1;
      leftCol[j] = (leftCol[j] ?? 0) - 1;
      greedy++;
    }
    net.add(i, m + j, take ? 0 : 1, take ? 1 : 0);
  }
  leftRow.forEach((x, i) => net.add(source, i, x));
  leftCol.forEach((x, j) => net.add(m + j, sink, x));
  if (greedy + net.maxFlow(source, sink) < total) return undefined;
  return cells.map((_, k) => net.cap[2 * k] === 0);
}
