'use strict';
// Shared helpers for the benchmark scripts. Plain CommonJS: runs unchanged under node and bin/wtjs.
// Every benchmark prints exactly one line `RESULT {json}` on stdout: {name, unit, value, better} and optionally
// `extra`: further metrics of the same run, each {name, unit, value, better}. bench/run parses that line.

const quick = process.argv.includes('--quick');

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

function round(x, digits = 3) {
  if (!Number.isFinite(x)) return x;
  const p = Math.pow(10, Math.max(0, digits - Math.floor(Math.log10(Math.abs(x) || 1)) - 1));
  return Math.round(x * p) / p;
}

function metric(name, unit, value, better) {
  return { name, unit, value: round(value, 4), better };
}

function result(main, extra) {
  const r = Object.assign({}, main);
  if (extra && extra.length) r.extra = extra;
  process.stdout.write('RESULT ' + JSON.stringify(r) + '\n');
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

// The first positional argument after the script (skipping flags), or `dflt`.
function arg(dflt) {
  const a = process.argv.slice(2).filter((x) => !x.startsWith('--'));
  return a.length ? a[0] : dflt;
}

// Fails the benchmark with one clear error line (bench/run shows it in the table) and exit code 1.
function fail(message) {
  process.stderr.write('Error: ' + message + '\n');
  process.exit(1);
}

// A guard so that no benchmark hangs the runner: fails after `ms`.
function deadline(ms, what) {
  const t = setTimeout(() => fail(`${what}: no result after ${ms} ms`), ms);
  if (t.unref) t.unref();
  return t;
}

// Waits for one event of `emitter`, rejecting on 'error' (and on 'exit' before the event, for workers).
function once(emitter, event) {
  return new Promise((resolve, reject) => {
    const onEvent = (v) => { cleanup(); resolve(v); };
    const onError = (e) => { cleanup(); reject(e); };
    const onExit = (code) => { cleanup(); reject(new Error(`worker exited with code ${code} before '${event}'`)); };
    function cleanup() {
      emitter.removeListener(event, onEvent);
      emitter.removeListener('error', onError);
      if (event !== 'exit') emitter.removeListener('exit', onExit);
    }
    emitter.on(event, onEvent);
    emitter.on('error', onError);
    if (event !== 'exit') emitter.on('exit', onExit);
  });
}

// Runs an async main; any rejection becomes one error line and exit code 1.
function run(main) {
  main().then(() => {}, (err) => {
    const msg = err && err.stack ? String(err.stack).split('\n')[0] : String(err);
    fail(msg.replace(/^Error: /, ''));
  });
}

// Warm-up until the rate is steady, then a measurement. `window(ms)` runs the benchmark for about `ms` and
// resolves [count, elapsedMs]. A JIT that compiles in the background (GraalJS on a JDK whose Graal compiler is
// itself still warming up) climbs for tens of seconds, with plateaus of several seconds on the way; node is
// steady at once. Steady here: the best rate (the median of `settle` consecutive windows, so one lucky window does
// not count) has not grown by more than 10% for half the time warmed up so far, so the longer a runtime kept
// improving, the longer it must hold still;
// at most `maxWarmMs`, and a benchmark that never settled says so. --quick: one short window each, only to prove
// the script runs. Resolves { rate (per second), warmupMs, steady }.
async function steadyRate(window, { windowMs = 1000, settle = 3, maxWarmMs = 90000, measureMs = 3000 } = {}) {
  if (quick) {
    await window(200);
    const [n, el] = await window(300);
    return { rate: n / el * 1000, warmupMs: 200, steady: false };
  }
  const t0 = nowMs();
  const rates = [];
  let best = 0;
  let bestAt = t0; // when the best rate last grew by more than 10%
  let steady = false;
  while (!steady && nowMs() - t0 < maxWarmMs) {
    const [n, el] = await window(windowMs);
    rates.push(n / el * 1000);
    const now = nowMs();
    if (rates.length < settle) continue;
    const rate = median(rates.slice(-settle));
    if (rate > best * 1.1) bestAt = now;
    if (rate > best) best = rate;
    steady = now - bestAt >= Math.max(settle * windowMs, (now - t0) / 2);
  }
  const warmupMs = nowMs() - t0;
  const [n, el] = await window(measureMs);
  return { rate: n / el * 1000, warmupMs, steady };
}

// The extra metric that says how long a benchmark warmed up; noted when it never settled.
function warmupMetric(name, w) {
  return warmedUp(metric(`${name} warm-up`, 's', w.warmupMs / 1000, 'lower'), w.steady);
}

// Marks a warm-up metric whose benchmark never became steady (bench/run shows the note in the cell).
function warmedUp(m, steady) {
  if (!steady && !quick) m.note = 'never steady';
  return m;
}

// Round trips of a small object with `peer` (a Worker, or a MessagePort whose other end answers each
// { seq, kind: 'ping' } with { seq, kind: 'pong' }), one in flight, for about `ms`; resolves [count, elapsed].
function bounce(peer, ms) {
  return new Promise((resolve, reject) => {
    let seq = 0;
    const t0 = nowMs();
    const onMessage = (m) => {
      if (!m || m.seq !== seq || m.kind !== 'pong') {
        reject(new Error(`unexpected reply ${JSON.stringify(m)}`));
        return;
      }
      seq++;
      if ((seq & 63) === 0) {
        const el = nowMs() - t0;
        if (el >= ms) {
          peer.removeListener('message', onMessage);
          peer.removeListener('error', reject);
          resolve([seq, el]);
          return;
        }
      }
      peer.postMessage({ seq, kind: 'ping', ok: true });
    };
    peer.on('message', onMessage);
    peer.on('error', reject);
    peer.postMessage({ seq, kind: 'ping', ok: true });
  });
}

module.exports = {
  quick, nowMs, round, metric, result, median, arg, fail, deadline, once, run, steadyRate, warmupMetric, warmedUp,
  bounce,
};
