// A tinypool task module (ES module): the default export, and named tasks.
export default ({ a, b }) => a * b;
export const fail = (msg) => { throw new RangeError(msg); };
export const slow = ({ ms }) => new Promise((r) => setTimeout(() => r(`slept ${ms}`), ms));
export const bytes = (buf) => new Uint8Array(buf).length;
