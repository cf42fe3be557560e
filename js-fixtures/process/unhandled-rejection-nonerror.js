// An unhandled rejection with a non-Error value: ERR_UNHANDLED_REJECTION.
async function f() { throw { reason: 'object', n: 1 }; }
f();
