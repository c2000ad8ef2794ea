/** `npm run national-sim`: the simulator on a local port. */

import { parseArgs } from 'node:util';
import { resolveLang, translate, type MessageKey } from '../../io/messages/index.js';
import { startSimulator, type SimOptions } from './server.js';
import { routes } from './api.js';
import { faultKinds } from './control.js';

/**
 * `npm run national-sim -- --port 8089 --latency 20 --fail-rate 0.1`: a local national API to try
 * `lapor sync` against safely. Prints its URL on stdout; Ctrl-C stops it (its state is in memory).
 */
const numberFlags = {
  port: 'port',
  latency: 'latencyMs',
  jitter: 'jitterMs',
  'fail-rate': 'failRate',
  'throttle-rate': 'throttleRate',
  'unavailable-rate': 'unavailableRate',
  'retry-after': 'retryAfterSec',
  'drop-rate': 'dropRate',
  'lost-ack-rate': 'lostAckRate',
  seed: 'seed',
} as const;

async function main(argv: string[]): Promise<number> {
  const lang = resolveLang(undefined, process.env);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        ...Object.fromEntries(Object.keys(numberFlags).map((k) => [k, { type: 'string' as const }])),
        host: { type: 'string' },
        'api-key': { type: 'string' },
        token: { type: 'string' },
        'key-header': { type: 'string' },
        'token-header': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${t('sim.usage')}\n`);
    return 2;
  }
  if (values.help) {
    // The lists come from the code, so the help cannot drift from what the simulator accepts.
    const ops = routes.map((r) => r.operation);
    const operations = [ops.slice(0, 4), ops.slice(4)].map((group) => group.join(', ')).join(',\n                    ');
    const url = `http://${(values.host as string | undefined) ?? '127.0.0.1'}:${(values.port as string | undefined) ?? '8089'}`;
    const control = { kinds: faultKinds.join(' | '), operations, url };
    process.stdout.write(`${t('sim.usage')}\n\n${t('sim.controlHelp', control)}\n`);
    return 0;
  }
  const opts: SimOptions = { port: 8089, host: (values.host as string | undefined) ?? '127.0.0.1' };
  for (const [flag, key] of Object.entries(numberFlags)) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    const isRate = flag.endsWith('-rate');
    if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n) || n < 0 || (isRate && n > 1)) {
      process.stderr.write(`${t('sim.badFlag', { flag: `--${flag}`, value: String(raw) })}\n`);
      return 2;
    }
    (opts as Record<string, number>)[key] = n;
  }
  // The same variables the CLI reads, so `lapor sync` and the simulator agree without extra typing.
  opts.apiKey = (values['api-key'] as string | undefined) ?? process.env.LAPOR_API_KEY ?? 'sim-key';
  opts.token = (values.token as string | undefined) ?? process.env.LAPOR_API_TOKEN ?? 'sim-token';
  if (values['key-header']) opts.keyHeader = values['key-header'] as string;
  if (values['token-header']) opts.tokenHeader = values['token-header'] as string;
  const sim = await startSimulator(opts);
  process.stdout.write(`${sim.url}\n`);
  process.stderr.write(`${t('sim.listening', { url: sim.url })}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await sim.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
