/** The one door to the network: node:http with keep-alive. */

import http from 'node:http';
import https from 'node:https';
import { NetworkError } from './network-error.js';

export interface TransportRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string | undefined>;
  text: string;
}

/** The one door to the network: tests and the benchmark use the real one against 127.0.0.1. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export interface HttpTransportOptions {
  /** Longest silence on the socket. */
  timeoutMs: number;
  /** Longest whole request, first byte to last: a server trickling a byte at a time cannot hold a run. */
  deadlineMs?: number;
  /** Largest answer body read; a longer one is cut off, never held in memory. */
  maxBytes?: number;
  /** Sockets kept open per host; the sync's concurrency. */
  maxSockets: number;
}

/**
 * node:http rather than fetch: its errors carry plain codes (fetch wraps them all in "fetch failed"),
 * and a keep-alive agent sized to the concurrency avoids a TCP handshake per request.
 */
export function createHttpTransport(opts: HttpTransportOptions): Transport & { close(): void } {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: opts.maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: opts.maxSockets }),
  };
  const send: Transport = (request) =>
    new Promise((resolve, reject) => {
      const url = new URL(request.url);
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
      const lib = url.protocol === 'https:' ? https : http;
      const body = request.body === undefined ? undefined : typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
      const headers: Record<string, string | number> = { ...request.headers };
      if (body) headers['Content-Length'] = body.byteLength;
      let settled = false;
      const deadline =
        opts.deadlineMs === undefined
          ? undefined
          : setTimeout(() => {
              fail('ETIMEDOUT', `no complete answer within ${formatSeconds(opts.deadlineMs!)}`);
              req.destroy();
            }, opts.deadlineMs);
      const fail = (code: string, message: string) => {
        clearTimeout(deadline);
        if (settled) return;
        settled = true;
        reject(new NetworkError(code, message));
      };
      const req = lib.request(url, { method: request.method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const declared = Number(res.headers['content-length']);
        const tooBig = () => {
          fail('ETOOBIG', `answer larger than ${formatBytes(opts.maxBytes!)}`);
          req.destroy();
        };
        if (opts.maxBytes !== undefined && declared > opts.maxBytes) return tooBig();
        res.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          // Checked while streaming: a 1 GB answer is dropped at the cap, not after it was read.
          if (opts.maxBytes !== undefined && size > opts.maxBytes) return tooBig();
          chunks.push(chunk);
        });
        res.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? 'ECONNRESET', error.message));
        res.on('aborted', () => fail('ECONNRESET', 'connection closed mid-answer'));
        res.on('end', () => {
          clearTimeout(deadline);
          if (settled) return;
          settled = true;
          const out: Record<string, string | undefined> = {};
          for (const [k, v] of Object.entries(res.headers)) out[k] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ status: res.statusCode ?? 0, headers: out, text: Buffer.concat(chunks).toString('utf8') });
        });
      });
      req.setTimeout(opts.timeoutMs, () => {
        fail('ETIMEDOUT', `no answer within ${formatSeconds(opts.timeoutMs)}`);
        req.destroy();
      });
      req.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? 'ECONNRESET', error.message));
      req.end(body);
    });
  return Object.assign(send, {
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${n} bytes`;
}
