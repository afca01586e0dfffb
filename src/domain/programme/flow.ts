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

/** The residual network: edge 2k is the k-th edge, 2k + 1 its reverse. */
class Residual {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly adj: number[][];

  constructor(nodes: number) {
    this.adj = Array.from({ length: nodes }, () => []);
  }

  add(from: number, to: number, cap: number): void {
    this.adj[from]?.push(this.to.length);
    this.to.push(to);
    this.cap.push(cap);
    this.adj[to]?.push(this.to.length);
    this.to.push(from);
    this.cap.push(0);
  }

  /** Pushes units along shortest paths from `s` to `t` until none is left; returns the amount pushed. */
  maxFlow(s: number, t: number): number {
    let total = 0;
    const via = new Int32Array(this.adj.length);
    for (;;) {
      via.fill(-1);
      const queue = [s];
      for (let h = 0; h < queue.length && via[t] === -1; h++) {
        const u = queue[h] ?? 0;
        for (const e of this.adj[u] ?? []) {
          const v = this.to[e] ?? 0;
          if ((this.cap[e] ?? 0) > 0 && via[v] === -1 && v !== s) {
            via[v] = e;
            queue.push(v);
          }
        }
      }
      if (via[t] === -1) return total;
      let push = Infinity;
      for (let v = t; v !== s; v = this.to[(via[v] ?? 0) ^ 1] ?? s) push = Math.min(push, this.cap[via[v] ?? 0] ?? 0);
      for (let v = t; v !== s; v = this.to[(via[v] ?? 0) ^ 1] ?? s) {
        const e = via[v] ?? 0;
        this.cap[e] = (this.cap[e] ?? 0) - push;
        this.cap[e ^ 1] = (this.cap[e ^ 1] ?? 0) + push;
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
  const net = new Residual(nodes + 2);
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
