// immer (dual: dist/immer.mjs for import): produce, patches, frozen results, Map and Set.
import { produce, enablePatches, enableMapSet, applyPatches, isDraft, freeze, current } from 'immer';
enablePatches();
enableMapSet();
const base = { todos: [{ id: 1, done: false }, { id: 2, done: false }], tags: new Set(['a']), map: new Map([['k', 1]]) };
let patches;
let inverse;
const next = produce(base, (draft) => {
  draft.todos[0].done = true;
  draft.todos.push({ id: 3, done: false });
  draft.tags.add('b');
  draft.map.set('k', 2);
  console.log(isDraft(draft), current(draft.todos[0]));
}, (p, ip) => { patches = p; inverse = ip; });
console.log(next.todos, base.todos[0].done, next.todos[1] === base.todos[1], Object.isFrozen(next));
console.log(patches, applyPatches(next, inverse).todos.length, [...next.tags], next.map.get('k'));
console.log(freeze({ a: 1 }, true), produce([1, 2], (d) => { d.reverse(); }));
