import { parentPort, workerData, isMainThread } from 'node:worker_threads';
await Promise.resolve();
parentPort.postMessage({ doubled: workerData.n * 2, isMainThread });
