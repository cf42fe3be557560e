// ref/unref/hasRef/refresh return values and state.
const t = setTimeout(() => console.log('fired'), 200);
console.log(t.hasRef());
console.log(t.unref() === t, t.hasRef());
console.log(t.ref() === t, t.hasRef());
console.log(t.refresh() === t);
const im = setImmediate(() => console.log('immediate'));
console.log(im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im, im.hasRef());
const c = setTimeout(() => console.log('never'), 1);
clearTimeout(c);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
console.log(typeof +t, +t === +t);
const byId = setTimeout(() => console.log('never by id'), 1);
clearTimeout(+byId);
