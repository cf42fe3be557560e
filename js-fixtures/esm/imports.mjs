// ES module entry: builtins by bare and node: names (default and named), relative modules, CommonJS interop.
import { Worker, isMainThread, threadId } from 'node:worker_threads';
import EventEmitter, { once } from 'events';
import * as path from 'path';
import { double } from './lib/math.mjs';
import cjs, { named } from './lib/legacy.cjs';

console.log(isMainThread, threadId, typeof Worker, typeof EventEmitter, typeof once);
console.log(path.basename(import.meta.url), import.meta.url.startsWith('file:///'));
console.log(double(21), cjs, named);
