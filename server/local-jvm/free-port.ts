import { createServer } from 'node:net';

/**
 * Resolves when nothing listens on 127.0.0.1:port (or, with `anyAddress`, on that port of any address,
 * for servers that cannot be bound to loopback); rejects with the listen error otherwise.
 */
export function checkPortFree(port: number, options: { anyAddress?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    const listening = () => server.close(() => resolve());
    if (options.anyAddress) server.listen(port, listening);
    else server.listen(port, '127.0.0.1', listening);
  });
}

/** A port the OS reports free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
