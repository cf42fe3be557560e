// nanoid (ES module, webcrypto from node:crypto): sizes and alphabets; the ids themselves are random.
import { nanoid, customAlphabet, urlAlphabet } from 'nanoid';
import { nanoid as weak } from 'nanoid/non-secure';
const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), nanoid(10).length, urlAlphabet.length);
const hex = customAlphabet('0123456789abcdef', 12);
console.log(/^[0-9a-f]{12}$/.test(hex()), weak(5).length, new Set(Array.from({ length: 100 }, () => nanoid())).size);
