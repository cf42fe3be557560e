'use strict';
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  inc() { return ++this.#count; }
  get value() { return this.#count; }
  static get instances() { return Counter.#instances; }
  #secret() { return 'hidden'; }
  reveal() { return this.#secret(); }
  static isCounter(o) { return #count in o; }
}
const c = new Counter(); c.inc(); c.inc();
console.log(c.value, Counter.instances, c.reveal(), Counter.isCounter(c), Counter.isCounter({}), c);
function* gen() { const x = yield 1; console.log('got', x); yield* [2, 3]; return 4; }
const g = gen();
console.log(g.next(), g.next('in'), g.next(), g.next(), g.next());
async function* agen() { for (let i = 0; i < 3; i++) { await new Promise((r) => setTimeout(r, 1)); yield i; } }
(async () => {
  for await (const v of agen()) console.log('async gen', v);
  const it = { from: 1, to: 3, [Symbol.asyncIterator]() { let i = this.from; const to = this.to;
    return { next: async () => (i <= to ? { value: i++, done: false } : { value: undefined, done: true }) }; } };
  const seen = []; for await (const v of it) seen.push(v);
  console.log('iterable', seen);
})();
