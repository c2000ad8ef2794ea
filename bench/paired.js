// Paired timing for the benchmarks: a figure and its reference run alternately (A B, then B A, ...)
// so that load from other processes on a shared machine falls on both alike; each side's median
// of at least 5 runs gives the ratio. Used by queries.js, import.js and export.js.
import { spawnSync } from 'node:child_process';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Seconds of one run of `command args` (throws on an exit status not in opts.exitCodes, default 0). */
export function timeRun(command, args, opts = {}) {
  if (opts.before) opts.before();
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { stdio: ['ignore', opts.stdout ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 1 << 28, ...opts.spawn });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!(opts.exitCodes ?? [0]).includes(r.status)) throw new Error(`${command} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  if (opts.after) opts.after(r);
  return seconds;
}

/** Runs `ours` and `reference` (functions returning seconds) alternately; medians and their ratio. */
export function paired(ours, reference, runs = Number(process.env.BENCH_RUNS ?? 5)) {
  const a = [];
  const b = [];
  for (let i = 0; i < Math.max(5, runs); i++) {
    if (i % 2) {
      b.push(reference());
      a.push(ours());
    } else {
      a.push(ours());
      b.push(reference());
    }
  }
  const oursTime = median(a);
  const referenceTime = median(b);
  return { ours: oursTime, reference: referenceTime, ratio: oursTime / referenceTime, samples: { ours: a, reference: b } };
}

/** One result line: what, our time, the reference's, the ratio and its goal. */
export function line(label, r, goal, refLabel) {
  const ok = r.ratio <= goal;
  const ms = (s) => (s < 10 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(1)} s`).padStart(8);
  console.log(
    `  ${label.padEnd(40)} ${ms(r.ours)}  vs ${refLabel.padEnd(26)} ${ms(r.reference)}  ${r.ratio.toFixed(2)}x (goal <= ${goal}x)  ${ok ? 'ok' : 'MISSED'}`,
  );
  return ok;
}

/**
 * `node --import` this to have a process write its own CPU time (user + system, seconds) to
 * `file` at exit: on a shared machine CPU time is what a run costs, whatever the wait for a core.
 */
export function cpuProbe(file) {
  return `data:text/javascript,import fs from "node:fs"; process.on("exit", () => { const u = process.cpuUsage(); fs.writeFileSync(${JSON.stringify(file)}, String((u.user + u.system) / 1e6)); })`;
}
