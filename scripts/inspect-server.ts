// The inspector bridge of `npm run inspect`, bound to one network interface. The server of
// @statelyai/inspect listens on every interface (`listen(port)`) and has no host option, so a
// scripted review would be visible to the whole network; this binds it to 127.0.0.1 unless
// INSPECT_HOST says otherwise.
import { Server } from 'node:http';
import { createInspectorServer } from '@statelyai/inspect/server';

/** The interface the bridge listens on: INSPECT_HOST, default the loopback 127.0.0.1. */
export function inspectHost(env: Readonly<Record<string, string | undefined>>): string {
  const host = env.INSPECT_HOST?.trim();
  return host ? host : '127.0.0.1';
}

type Listen = (...args: unknown[]) => Server;

/**
 * Runs `start` (which creates an http server and calls `listen(port, callback)` synchronously)
 * with every `Server#listen(port, …)` of that call bound to `host`; restores `listen` after.
 */
export function boundTo<T>(host: string, start: () => T): T {
  const proto = Server.prototype as unknown as { listen: Listen };
  const original = proto.listen;
  proto.listen = function listen(this: Server, ...args: unknown[]): Server {
    const [port, ...rest] = args;
    if (typeof port === 'number' && typeof rest[0] !== 'string')
      return original.call(this, port, host, ...rest);
    return original.apply(this, args);
  };
  try {
    return start();
  } finally {
    proto.listen = original;
  }
}

/** The bridge server on `host:port` (the browser page and the WebSocket relay). */
export function startInspectorServer(options: {
  readonly host: string;
  readonly port: number;
  readonly autoOpen: boolean;
}): { stop(): void } {
  return boundTo(options.host, () =>
    createInspectorServer({ port: options.port, autoOpen: options.autoOpen }),
  );
}
