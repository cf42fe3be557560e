// wtjs's `common/tmpdir` of node's test suite: a scratch folder per test process, emptied by refresh().
// fs is required lazily, so that tests which only read `tmpdir.path` run where fs is missing.
'use strict';
const path = require('path');
const { isMainThread } = require('worker_threads');

const testRoot = process.env.NODE_TEST_DIR ?
  path.resolve(process.env.NODE_TEST_DIR) : path.resolve(__dirname, '..');

// Tests run in parallel (conform runs two at a time), so each test process gets its own folder.
const tmpdirName = '.tmp.' + (process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || process.pid);
const tmpPath = path.join(testRoot, tmpdirName);

function rmSync(pathname) {
  const fs = require('fs');
  fs.rmSync(pathname, { maxRetries: 3, recursive: true, force: true });
}

let firstRefresh = true;
function refresh() {
  const fs = require('fs');
  rmSync(tmpPath);
  fs.mkdirSync(tmpPath);

  if (firstRefresh) {
    firstRefresh = false;
    // Clean only when a test uses refresh. This allows for child processes to use the tmpdir and only the
    // parent will clean on exit.
    process.on('exit', onexit);
  }
}

function onexit() {
  // Only the main thread cleans up: workers may share the folder.
  if (!isMainThread) return;
  try {
    rmSync(tmpPath);
  } catch (e) {
    console.error(`Can't clean tmpdir: ${tmpPath}`);
    console.error(e);
    process.exitCode = 1;
  }
}

function resolve(...paths) {
  return path.resolve(tmpPath, ...paths);
}

function hasEnoughSpace() {
  return true;
}

function fileURL(...paths) {
  const { pathToFileURL } = require('url');
  const fullPath = path.resolve(tmpPath + path.sep, ...paths);
  return pathToFileURL(fullPath);
}

module.exports = {
  fileURL,
  hasEnoughSpace,
  path: tmpPath,
  refresh,
  resolve,
};
