'use strict';
// What the program generators (tools/loop-fuzz, tools/stdio-fuzz) share: running a program under node 24, keeping
// the programs whose two node runs agree (with node's record beside each, as a fixture's), and running wtjs over a
// folder of them in one JVM (bin/wtjs conform).
const fs = require('fs');
const path = require('path');
const { spawnSync, spawn } = require('child_process');
const { oracleNode } = require('./oracle-node');

const root = path.resolve(__dirname, '..');
const node = oracleNode();
const nodeVersion = spawnSync(node, ['-v'], { encoding: 'utf8' }).stdout.trim();

function runNode(file) {
  return new Promise((resolve) => {
    const child = spawn(node, [path.basename(file)], { cwd: path.dirname(file) });
    // (bytes decoded at the end: a character split across two writes arrives in two chunks)
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (d) => stdout.push(d));
    child.stderr.on('data', (d) => stderr.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status: status === null ? -1 : status, stdout: Buffer.concat(stdout).toString(),
                stderr: Buffer.concat(stderr).toString() });
    });
  });
}

// Runs `jobs` (functions returning promises) two at a time.
async function pooled(jobs, width = 2) {
  const out = new Array(jobs.length);
  let next = 0;
  async function lane() {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  }
  await Promise.all(Array.from({ length: width }, lane));
  return out;
}

// Writes each program ({ name, source }) into `where` with node's record beside it; returns the names of the
// stable ones (a program whose two node runs differ is racy: it is removed).
async function record(where, programs) {
  fs.mkdirSync(where, { recursive: true });
  const jobs = programs.map(({ name, source }) => async () => {
    const file = path.join(where, `${name}.js`);
    fs.writeFileSync(file, source);
    const a = await runNode(file);
    const b = await runNode(file);
    // (warnings name the process: `(node:1234) Warning: ...`, as conform knows)
    const samePids = (text) => text.replace(/\((node|wtjs):\d+\)/g, '(node:<pid>)');
    if (a.status !== b.status || a.stdout !== b.stdout || samePids(a.stderr) !== samePids(b.stderr) || a.status === -1) {
      fs.unlinkSync(file);
      return null;
    }
    const rec = { node: nodeVersion, args: [], status: a.status,
      stdout: a.stdout.split(where).join('<dir>'), stderr: a.stderr.split(where).join('<dir>') };
    fs.writeFileSync(path.join(where, `${name}.node.json`), JSON.stringify(rec, null, 2) + '\n');
    return name;
  });
  return (await pooled(jobs)).filter(Boolean);
}

// Runs wtjs over every program in `where` in one JVM; returns the names that failed, and conform's results.
function wtjsFailures(where) {
  const json = path.join(where, 'conform.json');
  const r = spawnSync(path.join(root, 'bin', 'wtjs'),
    ['conform', '--in-process', '--node', '/nonexistent', '--timeout', '120000', '--json', json, where],
    { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (!fs.existsSync(json)) throw new Error(`conform did not run: ${r.stderr || r.stdout}`);
  const results = JSON.parse(fs.readFileSync(json, 'utf8')).results;
  fs.unlinkSync(json);
  return { failed: results.filter((x) => !x.pass).map((x) => path.basename(x.script, '.js')), results };
}

// A generator's whole run: options from the command line (--seed, --count, --dir, --shrink, --save-fixtures),
// programs recorded under node, run under wtjs, failures shrunk (through `smaller(program)`, which yields smaller
// variants) and printed, and kept as fixtures in `fixtures` (under js-fixtures/) when asked. Sets the exit code.
//   fuzzMain({ name, generate(seed) -> program, render(program) -> source, smaller, fixtures })
function fuzzMain({ name, generate, render, smaller, fixtures }) {
  const os = require('os');
  const argv = process.argv.slice(2);
  const opt = (flag, dflt) => {
    const i = argv.indexOf(flag);
    return i === -1 ? dflt : argv[i + 1];
  };
  const seed = Number(opt('--seed', Math.floor(Math.random() * 1e9)));
  const count = Number(opt('--count', 200));
  const maxShrink = Number(opt('--shrink', 3));
  const saveFixtures = argv.includes('--save-fixtures');
  const dir = path.resolve(opt('--dir', fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`))));

  async function shrink(program) {
    let best = program;
    for (let round = 0; round < 40; round++) {
      const candidates = [...smaller(best)];
      if (candidates.length === 0) break;
      const where = path.join(dir, `shrink-${best.seed}-${round}`);
      const stable = await record(where, candidates.map((c, i) => ({ name: `c${i}`, source: render(c) })));
      if (stable.length === 0) break;
      const { failed } = wtjsFailures(where);
      if (failed.length === 0) break;
      best = candidates[Number(failed[0].slice(1))];
    }
    return best;
  }

  async function main() {
    console.log(`${name}: seed ${seed}, ${count} programs, in ${dir}`);
    const programs = Array.from({ length: count }, (_, i) => ({ name: `p${seed + i}`, program: generate(seed + i) }));
    const t0 = Date.now();
    const stable = await record(dir, programs.map((p) => ({ name: p.name, source: render(p.program) })));
    console.log(`node ${node}: ${stable.length} stable, ${count - stable.length} racy (dropped), ` +
                `${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const t1 = Date.now();
    const { failed } = wtjsFailures(dir);
    console.log(`wtjs: ${stable.length - failed.length} passed, ${failed.length} failed, ` +
                `${((Date.now() - t1) / 1000).toFixed(0)} s`);
    for (const failing of failed.slice(0, maxShrink)) {
      const program = programs.find((p) => p.name === failing).program;
      const source = render(await shrink(program));
      console.log(`\n--- ${failing} shrunk (seed ${program.seed}):\n${source}`);
      const where = path.join(dir, `shrunk-${program.seed}`);
      if ((await record(where, [{ name: 'x', source }])).length !== 0) {
        const { results } = wtjsFailures(where);
        console.log(`node's record: ${fs.readFileSync(path.join(where, 'x.node.json'), 'utf8')}`);
        console.log(`wtjs: ${JSON.stringify(results[0], null, 2)}`);
      }
      if (saveFixtures) {
        await record(path.join(root, 'js-fixtures', fixtures), [{ name: `seed-${program.seed}`, source }]);
        console.log(`saved js-fixtures/${fixtures}/seed-${program.seed}.js`);
      }
    }
    if (failed.length > maxShrink) {
      console.log(`(${failed.length - maxShrink} more failures not shrunk: ${failed.slice(maxShrink).join(' ')})`);
    }
    process.exitCode = failed.length === 0 ? 0 : 1;
  }

  main().catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}

module.exports = { root, node, runNode, pooled, record, wtjsFailures, fuzzMain };
