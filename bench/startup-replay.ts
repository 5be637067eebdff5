// A stand-in for CoreNLP that answers each request as the real one did the first time it was asked:
// timing the CLI against it leaves out the parser's own time, which is not the CLI's start-up.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplayParser {
  readonly url: string;
  /** Requests forwarded to the real CoreNLP (the first run), and answered from memory. */
  counts(): { forwarded: number; replayed: number };
  close(): Promise<void>;
}

export async function startReplayParser(upstream: string): Promise<ReplayParser> {
  const answers = new Map<string, { status: number; type: string; body: Buffer }>();
  let forwarded = 0;
  let replayed = 0;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const key = `${request.method} ${request.url}\0${body.toString('utf8')}`;
    let answer = answers.get(key);
    if (answer) replayed++;
    else {
      forwarded++;
      const real = await fetch(new URL(request.url ?? '/', upstream), {
        method: request.method ?? 'GET',
        headers: { 'content-type': request.headers['content-type'] ?? 'text/plain' },
        ...(body.length > 0 ? { body } : {}),
      });
      answer = {
        status: real.status,
        type: real.headers.get('content-type') ?? 'application/json',
        body: Buffer.from(await real.arrayBuffer()),
      };
      answers.set(key, answer);
    }
    response.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ forwarded, replayed }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
