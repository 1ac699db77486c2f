// One driver per store, a session per operation, and every query through one funnel (Tx), so that
// errors are mapped in one place and tests can count round trips.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/env.js';
import { JejakError, StoreUnavailableError, errorMessage } from '../../domain/errors.js';

export type Params = Record<string, unknown>;

/** Told of every query the adapter sends: the batching test counts them. */
export type QueryObserver = (cypher: string, params: Params) => void;

/** Integers for Cypher: a JS number would travel as a float, which SKIP/LIMIT and counts must not be. */
export function int(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(n);
}

/** The queries of one transaction. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly observe: QueryObserver | undefined,
  ) {}

  async rows<T>(cypher: string, params: Params = {}): Promise<T[]> {
    this.observe?.(cypher, params);
    const result = await this.tx.run(cypher, params);
    return result.records.map((r) => r.toObject() as T);
  }

  async first<T>(cypher: string, params: Params = {}): Promise<T | undefined> {
    return (await this.rows<T>(cypher, params))[0];
  }
}

/** Neo4j error codes that mean "the database cannot answer now", not "this request is wrong". */
function unavailable(err: Neo4jError): boolean {
  const code = err.code ?? '';
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.') ||
    code.startsWith('Neo.ClientError.Security.') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound'
  );
}

/** Transient failures (deadlocks, a leader switch) are retried by executeRead/executeWrite up to this long. */
const RETRY_MS = 15_000;
const CONNECT_TIMEOUT_MS = 10_000;

export class Connection {
  private driver: Driver | null;
  readonly where: string;

  constructor(
    readonly config: Neo4jConfig,
    private readonly observe?: QueryObserver,
  ) {
    this.where = `Neo4j at ${config.uri}${config.database ? ` (database ${config.database})` : ''}`;
    // An empty password means a server with authentication switched off (the dev launcher, a test
    // box): no credentials are sent at all.
    const auth = config.password === '' ? undefined : neo4j.auth.basic(config.user, config.password);
    try {
      this.driver = neo4j.driver(config.uri, auth, {
        disableLosslessIntegers: true,
        maxTransactionRetryTime: RETRY_MS,
        connectionTimeout: CONNECT_TIMEOUT_MS,
        userAgent: 'jejak',
      });
    } catch (err) {
      throw new StoreUnavailableError(`cannot use ${this.where}: ${errorMessage(err)}`, { cause: err });
    }
  }

  get closed(): boolean {
    return this.driver === null;
  }

  async close(): Promise<void> {
    const d = this.driver;
    this.driver = null;
    await d?.close();
  }

  read<T>(action: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession(action, 'READ', (s) => s.executeRead((tx) => work(new Tx(tx, this.observe))));
  }

  /** One write transaction, retried whole on transient errors; `work` must not have effects outside it. */
  write<T>(action: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession(action, 'WRITE', (s) => s.executeWrite((tx) => work(new Tx(tx, this.observe))));
  }

  /** An auto-commit query (schema commands, the health check): sent once, never retried. */
  autoCommit(action: string, cypher: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<void> {
    return this.withSession(action, mode, async (s) => {
      this.observe?.(cypher, params);
      await s.run(cypher, params);
    });
  }

  private async withSession<T>(action: string, mode: 'READ' | 'WRITE', fn: (s: Session) => Promise<T>): Promise<T> {
    if (!this.driver) throw new StoreUnavailableError(`${this.where} is closed`);
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.config.database ? { database: this.config.database } : {}),
    });
    try {
      return await fn(session);
    } catch (err) {
      throw this.mapError(action, err);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Our own errors pass through; the driver's become STORE_UNAVAILABLE (cannot answer) or INTERNAL. */
  private mapError(action: string, err: unknown): Error {
    if (err instanceof JejakError) return err;
    const message = `${this.where}: ${action} failed: ${errorMessage(err)}`;
    if (err instanceof Neo4jError && unavailable(err)) return new StoreUnavailableError(message, { cause: err });
    if (this.driver === null) return new StoreUnavailableError(message, { cause: err });
    return new JejakError('INTERNAL', message, { cause: err });
  }
}
