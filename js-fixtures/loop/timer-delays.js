// Odd delays: strings, NaN, negative, too large (TimeoutOverflowWarning on stderr), and callback validation.
const out = [];
setTimeout(() => out.push('NaN'), NaN);
setTimeout(() => out.push('negative'), -10);
setTimeout(() => out.push('huge'), 2 ** 31);
setTimeout(() => out.push('undefined'));
setTimeout(() => out.push('string 20'), '20');
setTimeout(() => console.log(out.join(',')), 60);
for (const bad of [undefined, 'str', 42]) {
  try {
    setTimeout(bad, 1);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try { setImmediate(null); } catch (e) { console.log(e.code); }
try { setInterval({}); } catch (e) { console.log(e.code); }
