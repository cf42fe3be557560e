'use strict';
// `common/tmpdir`: a scratch folder for one test process. refresh() empties (creates) it; the main thread
// removes it when the process exits. fs is loaded only when the folder is actually used.
const path = require('path');
const { isMainThread } = require('worker_threads');

// Several tests run at once, so the folder is named after the process (or the runner's slot).
const slot = process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || process.pid;
const base = process.env.NODE_TEST_DIR ? path.resolve(process.env.NODE_TEST_DIR) : path.resolve(__dirname, '..');
const dir = path.join(base, `.tmp.${slot}`);

const wipe = () => require('fs').rmSync(dir, { recursive: true, force: true, maxRetries: 3 });

let cleanupArmed = false;

function refresh() {
  wipe();
  require('fs').mkdirSync(dir);
  if (!cleanupArmed) {
    cleanupArmed = true;
    process.on('exit', () => {
      if (!isMainThread) return;   // workers share the folder with the main thread
      try {
        wipe();
      } catch (err) {
        console.error(`Can't clean tmpdir: ${dir}`);
        console.error(err);
        process.exitCode = 1;
      }
    });
  }
}

module.exports = {
  path: dir,
  refresh,
  resolve: (...parts) => path.resolve(dir, ...parts),
  fileURL: (...parts) => require('url').pathToFileURL(path.resolve(dir, ...parts)),
  hasEnoughSpace: () => true,
};
