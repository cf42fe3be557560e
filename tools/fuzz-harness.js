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

module.exports = { root, node, runNode, pooled, record, wtjsFailures };
