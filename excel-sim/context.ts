/**
 * The request context of the simulated workbook, with Office's batch semantics
 * (learn.microsoft.com, « Application-specific API model » and « Call Excel JavaScript APIs in a
 * batch »): every command and every `load` is queued and runs, in order, at `context.sync()`; the
 * errors of a command surface at that sync, which stops the batch where it failed (the commands
 * before it stay applied); a property is readable only once loaded and synced (PropertyNotLoaded
 * otherwise). Each sync's request and response are measured as JSON and refused above 5 MB.
 */
import { simError } from "./errors";
import { COMMAND_OVERHEAD, PAYLOAD_LIMIT, jsonBytes } from "./limits";
import type { BookModel } from "./model";

/** One entry of the API log shown by the sandbox. */
export interface ApiCall {
  readonly objet: string;
  readonly methode: string;
  readonly details: string;
}

/** What one sync carried: measured request and response bytes, commands and loads. */
export interface SyncRecord {
  readonly request: number;
  readonly response: number;
  readonly commands: number;
  readonly error?: string;
}

/** A queued command: its request bytes, and what it does at sync (a load returns its response). */
export interface Command {
  readonly bytes: number;
  run(): { readonly bytes: number; readonly commit: () => void } | void;
}

export interface SimHost {
  readonly model: BookModel;
  readonly calls: ApiCall[];
  readonly syncLog: SyncRecord[];
  syncCount: number;
}

export class SimContext {
  private queue: Command[] = [];
  private readonly proxies: SimProxy[] = [];
  syncs = 0;
  constructor(readonly host: SimHost) {}

  get book(): BookModel {
    return this.host.model;
  }

  log(objet: string, methode: string, details: string): void {
    this.host.calls.push({ objet, methode, details });
  }

  /** Queues a command; `payload` is what it sends (values written), measured as JSON. */
  enqueue(run: Command["run"], payload?: unknown): void {
    this.queue.push({ bytes: COMMAND_OVERHEAD + (payload === undefined ? 0 : jsonBytes(payload)), run });
  }

  track(proxy: SimProxy): void {
    this.proxies.push(proxy);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.host.syncCount++;
    this.log("contexte", "sync", `n° ${this.syncs}`);
    const commands = this.queue.splice(0);
    const request = commands.reduce((n, c) => n + c.bytes, 0);
    // Office answers asynchronously, after the request has left.
    await Promise.resolve();
    if (request > PAYLOAD_LIMIT) {
      this.record(request, 0, commands.length, "RequestPayloadSizeLimitExceeded");
      throw simError(
        "RequestPayloadSizeLimitExceeded",
        `Requête de ${request} octets : au-delà de la limite de 5 Mo d'Excel sur le web.`,
      );
    }
    let response = 0;
    const commits: (() => void)[] = [];
    try {
      for (const c of commands) {
        const out = c.run();
        if (out) {
          response += out.bytes;
          commits.push(out.commit);
        }
      }
    } catch (e) {
      this.book.recalc();
      this.record(request, response, commands.length, (e as { code?: string }).code ?? "GeneralException");
      throw e;
    }
    this.book.recalc();
    if (response > PAYLOAD_LIMIT) {
      this.record(request, response, commands.length, "ResponsePayloadSizeLimitExceeded");
      throw simError(
        "ResponsePayloadSizeLimitExceeded",
        `Réponse de ${response} octets : au-delà de la limite de 5 Mo d'Excel sur le web.`,
      );
    }
    for (const commit of commits) commit();
    for (const p of this.proxies) p.synced();
    this.record(request, response, commands.length);
  }

  private record(request: number, response: number, commands: number, error?: string): void {
    this.host.syncLog.push({ request, response, commands, ...(error === undefined ? {} : { error }) });
  }
}

const notLoaded = (what: string, prop: string): Error =>
  simError(
    "PropertyNotLoaded",
    `La propriété « ${prop} » de ${what} n'est pas chargée : appelez load("${prop}") puis context.sync().`,
  );

/** The base of every proxy object: loads queued, values readable once synced. */
export abstract class SimProxy {
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  /** Set by the command that resolves the object: true for an …OrNullObject that found nothing. */
  protected isNull = false;
  private resolvedOnce = false;

  constructor(
    protected readonly ctx: SimContext,
    protected readonly what: string,
  ) {
    ctx.track(this);
  }

  /** After a sync: isNullObject becomes readable, as in Office. */
  synced(): void {
    if (this.resolvedOnce) this.nullKnown = this.isNull;
  }

  /** Marks the object resolved (its resolving command ran). */
  protected resolved(isNull: boolean): void {
    this.isNull = isNull;
    this.resolvedOnce = true;
  }

  /** Marks properties loaded from a collection's load (`items/name`…). */
  preload(values: Readonly<Record<string, unknown>>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    this.nullKnown = false;
  }

  protected has(prop: string): boolean {
    return this.loaded.has(prop);
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(this.what, prop);
    return this.loaded.get(prop) as T;
  }

  protected readNull(): boolean {
    if (this.nullKnown === undefined) throw notLoaded(this.what, "isNullObject");
    return this.nullKnown;
  }

  /** Queues the load of properties (a comma-separated string or a list, `a/b` paths allowed). */
  protected queueLoad(props: string | string[] | undefined): void {
    const list = (props === undefined ? this.defaultProps() : Array.isArray(props) ? props : props.split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.ctx.log(this.what, "load", list.join(", "));
    this.ctx.enqueue(() => {
      this.ctx.book.recalc();
      if (this.isNull) return { bytes: 20, commit: () => undefined };
      const snap = new Map<string, unknown>();
      for (const p of list) {
        const v = this.snapshot(p);
        if (v === undefined) throw simError("InvalidArgument", `Propriété inconnue « ${p} » de ${this.what}.`);
        snap.set(p, v);
      }
      return {
        bytes: jsonBytes([...snap.values()]) + 20 * snap.size,
        commit: () => {
          for (const [k, v] of snap) this.loaded.set(k, v);
        },
      };
    });
  }

  protected abstract snapshot(prop: string): unknown;
  protected abstract defaultProps(): string[];
}
