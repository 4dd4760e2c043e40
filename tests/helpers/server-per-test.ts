// Servers that live for one test: suites that start a fresh 127.0.0.1 server per case share one teardown.
import { afterEach } from 'vitest';
import { startServer, type Route, type TestServer } from './http-server';

/** Why: a test states only its routes; every server started through the returned function closes after each test. */
export function serverPerTest(): (routes?: Record<string, Route>) => Promise<TestServer> {
  const open: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (routes) => {
    const server = await startServer(routes);
    open.push(server);
    return server;
  };
}
