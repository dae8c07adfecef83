// A small HTTP service on the durable service (issue 11, item 5): node:http, no framework. The
// cycle runs through `createCycleService` on a `ReviewStore` (SQLite by default), so a request
// retried with its Idempotency-Key is applied once, and the process started again on the same
// file goes on where it was; `createScheduler` TICKs the reviews whose deadlines turn.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CYCLE_SCHEDULER_ID,
  type CycleDefinitionInput,
  type CycleService,
  createCycleService,
  createScheduler,
  type ReviewStore,
  type Scheduler,
  type SchedulerRun,
} from 'kiemdiem';
import { DateTime } from 'luxon';
import { authenticator, type HostRequest, type TokenTable } from './auth.js';
import { HttpProblem, type Reply, write } from './http.js';
import { failureOf } from './outcomes.js';
import { route } from './routes.js';

export type { HostRequest, TokenTable } from './auth.js';

export interface ServiceOptions {
  readonly definition: CycleDefinitionInput;
  readonly tokens: TokenTable;
  /** Where the reviews, their audit and the cycle live (`storeOf` in store.ts). */
  readonly store: ReviewStore;
  /**
   * The instant of every event (ISO 8601 with an offset; default the system clock in
   * Asia/Ho_Chi_Minh). The library never reads the system clock; the service is the host, and
   * its clock is injected so a test can move it. A client's `at` is never read.
   */
  readonly now?: () => string;
  /** Largest request body accepted, in bytes (default 64 KiB). */
  readonly maxBody?: number;
  /** Where the service writes what went wrong on its side (default: standard error). */
  readonly log?: (line: string) => void;
}

export interface Service {
  readonly server: Server;
  readonly cycle: CycleService<HostRequest>;
  readonly store: ReviewStore;
  readonly scheduler: Scheduler;
  /** Listens on `port` (0: a free one) and starts the scheduler; resolves to the port. */
  start(options: { port: number; host?: string; tickEveryMs: number }): Promise<number>;
  /** Stops the scheduler (its run under way ends first), the server, then closes the store. */
  close(): Promise<void>;
}

const systemClock = (): string => DateTime.now().setZone('Asia/Ho_Chi_Minh').toISO() ?? '';

/** What a scheduler run that left reviews unticked says in the log. */
function failedTicks(run: SchedulerRun): string {
  const ids = run.failed.map((f) => f.subjectId).join(', ');
  return `scheduler: ${run.failed.length} review(s) not ticked: ${ids}`;
}

/** Builds the service; starts nothing (call `start`). */
export function createService(options: ServiceOptions): Service {
  const { definition, tokens, store } = options;
  const now = options.now ?? systemClock;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const cycle = createCycleService<HostRequest>({
    store,
    definition,
    clock: now,
    authenticate: authenticator(tokens, definition),
  });
  // every review of the cycle names the cycle's scheduler as its `participants.scheduler`
  const scheduler = createScheduler({
    service: cycle.service,
    store,
    clock: now,
    by: { id: CYCLE_SCHEDULER_ID, roles: ['scheduler'] },
    onRun: (run) => {
      if (run.failed.length > 0) log(failedTicks(run));
    },
    onError: (error) => log(`scheduler: ${String(error)}`),
  });
  const routes = { definition, tokens, cycle, store, now, maxBody: options.maxBody ?? 64 * 1024 };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    route(routes, req)
      .catch((error: unknown): Reply => {
        if (error instanceof HttpProblem) return error.reply;
        const reply = failureOf(error);
        log(`${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
        return reply;
      })
      .then((reply) => write(res, reply))
      .catch(() => res.destroy()); // the client went away: nothing left to answer
  });

  return {
    server,
    cycle,
    store,
    scheduler,
    async start({ port, host, tickEveryMs }) {
      await store.init(); // a store that cannot open fails here, before the port is taken
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      scheduler.start(tickEveryMs);
      return (server.address() as AddressInfo).port;
    },
    async close() {
      await scheduler.stop();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}
