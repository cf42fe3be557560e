// uuid (ES module with a node condition in its exports): name-based UUIDs are fixed, random ones are checked.
import { v1, v3, v4, v5, v7, validate, version, parse, stringify, NIL, MAX } from 'uuid';
console.log(v5('hello', v5.DNS), v3('hello', v3.URL), v5('wtjs', '1b671a64-40d5-491e-99b0-da01ff1f3341'));
const r = v4();
console.log(validate(r), version(r), validate(v7()), version(v7()), version(v1()), NIL, MAX);
const bytes = parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log(bytes.length, bytes[0], stringify(bytes));
console.log(v4({ random: Uint8Array.from({ length: 16 }, (_, i) => i * 7) }));
console.log(v7({ msecs: 1700000000000, random: new Uint8Array(16) }));
