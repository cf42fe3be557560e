// Found by tools/loop-fuzz/run --seed 489662648 (before its fs stages): node delivers the port message queued
// in the promise jobs after an awaited fs.promises.readFile (s1.1.1) before the immediate queued there (s1.1.0):
// libuv answers a message port signalled by the thread pool's answer in the same pass over its async handles.
// loop-fuzz program, seed 489662917 (tools/loop-fuzz)
const fs = require('fs');
const { Worker, MessageChannel } = require('worker_threads');
const log = (s) => console.log(s);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ch = new MessageChannel();
const waiting = [];
ch.port2.on('message', () => waiting.shift()());
function onPort(cb) { waiting.push(cb); ch.port1.postMessage(0); }
const worker = new Worker("const { parentPort } = require('worker_threads');" +
  "parentPort.on('message', (m) => m === 'bye' ? process.exit(3) : parentPort.postMessage(m + 1));", { eval: true });
let asked = 0;
function askWorker(cb) { worker.once('message', cb); worker.postMessage(asked++); }
function endWorker(cb) { worker.once('exit', cb); worker.postMessage('bye'); }
const stages = [];
stages.push(() => {
  let left = 2;
  stages[0].left = () => --left === 0;
  askWorker((reply) => {
    log('worker replied ' + reply);
    done(0, 's0');
    process.nextTick(() => {
      done(0, 's0.0');
    });
  });
});
stages.push(() => {
  let left = 14;
  stages[1].left = () => --left === 0;
  (async () => {
    const t = await fs.promises.readFile(__filename, 'utf8');
    log('fsPromise ' + (t.length > 0));
    done(1, 's1');
    (async () => {
      await Promise.resolve();
      done(1, 's1.0~0');
      await null;
      done(1, 's1.0~1');
      done(1, 's1.0');
    })();
    queueMicrotask(() => {
      done(1, 's1.1');
      setImmediate(() => {
        done(1, 's1.1.0');
        (async () => {
          await null;
          done(1, 's1.1.0.0');
        })();
        (async () => {
          await null;
          done(1, 's1.1.0.1');
        })();
      });
      onPort(() => {
        done(1, 's1.1.1');
        queueMicrotask(() => {
          done(1, 's1.1.1.0');
        });
        (async () => {
          await Promise.resolve();
          done(1, 's1.1.1.1~0');
          await new Promise((r) => process.nextTick(r));
          done(1, 's1.1.1.1~1');
          await new Promise((r) => process.nextTick(r));
          done(1, 's1.1.1.1~2');
          done(1, 's1.1.1.1');
        })();
      });
    });
  })();
});
stages.push(() => {
  let left = 3;
  stages[2].left = () => --left === 0;
  fs.readFile(__filename, (err) => {
    log('fs ' + (err ? err.code : 'ok'));
    done(2, 's2');
    (async () => {
      await null;
      done(2, 's2.0');
      Promise.resolve().then(() => {
        done(2, 's2.0.0');
      });
    })();
  });
});
stages.push(() => {
  let left = 16;
  stages[3].left = () => --left === 0;
  onPort(() => {
    done(3, 's3');
    setImmediate(() => {
      done(3, 's3.0');
      setImmediate(() => {
        done(3, 's3.0.0');
        queueMicrotask(() => {
          done(3, 's3.0.0.0');
        });
        process.nextTick(() => {
          done(3, 's3.0.0.1');
        });
      });
    });
    (async () => {
      await Promise.resolve();
      done(3, 's3.1~0');
      await new Promise((r) => setImmediate(r));
      done(3, 's3.1~1');
      await null;
      done(3, 's3.1~2');
      done(3, 's3.1');
      Promise.resolve().then(() => {
        done(3, 's3.1.0');
        (async () => {
          await new Promise((r) => setImmediate(r));
          done(3, 's3.1.0.0~0');
          await Promise.resolve();
          done(3, 's3.1.0.0~1');
          done(3, 's3.1.0.0');
        })();
      });
      queueMicrotask(() => {
        done(3, 's3.1.1');
        queueMicrotask(() => {
          done(3, 's3.1.1.0');
        });
        Promise.resolve().then(() => {
          done(3, 's3.1.1.1');
        });
      });
    })();
  });
});
function done(i, label) {
  log(label);
  if (stages[i].left()) next(i + 1);
}
function next(i) {
  if (i < stages.length) { stages[i](); return; }
  worker.terminate().then(() => { log('end'); ch.port1.close(); });
}
process.on('exit', (code) => log('exit ' + code));

next(0);
