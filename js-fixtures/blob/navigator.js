// The navigator global.
console.log(typeof navigator, navigator.hardwareConcurrency === require('os').availableParallelism());
console.log(navigator.language, navigator.languages, navigator.platform, navigator.userAgent, String(navigator));
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(navigator, navigator === globalThis.navigator, Object.getOwnPropertyDescriptor(globalThis, 'navigator').enumerable);
