// A synckit worker: an async function that the main thread calls synchronously.
import { runAsWorker } from 'synckit';
runAsWorker(async (kind, value) => {
  await new Promise((r) => setTimeout(r, 10));
  if (kind === 'throw') throw new Error(`worker says no to ${value}`);
  return { kind, doubled: value * 2, at: 'worker' };
});
