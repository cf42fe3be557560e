// superstruct through import: no exports map, so import takes "main" too (dist/index.cjs, a CommonJS file).
import { object, string, is } from 'superstruct';
console.log(is({ a: 'x' }, object({ a: string() })), is({ a: 1 }, object({ a: string() })));
