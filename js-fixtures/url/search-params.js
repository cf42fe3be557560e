// URLSearchParams: constructors, methods, ordering, encoding, the live link to a URL, iterators, errors.
'use strict';
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
show('string', () => new URLSearchParams('?a=1&b=2&a=3&&c&=d&e=%zz&f=%E2%82&g=+x+').toString());
show('pairs', () => [...new URLSearchParams([['a', 1], ['b', { toString: () => 'o' }]])]);
show('record', () => new URLSearchParams({ a: [1, 2], b: undefined, 'ü': '€' }).toString());
show('copy', () => new URLSearchParams(new URLSearchParams('x=1')).toString());
show('null', () => new URLSearchParams(null).toString());
show('number', () => new URLSearchParams(5).toString());
show('surrogates', () => new URLSearchParams([['a\ud800', '\udc00']]).toString());
show('bad tuple', () => new URLSearchParams([['a']]));
show('not iterable', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
show('missing args', () => new URLSearchParams().append('a'));
show('get none', () => new URLSearchParams().get());
show('brand', () => URLSearchParams.prototype.has.call({}, 'a'));
const p = new URLSearchParams('z=1&a=2&b=3&a=4');
show('get/getAll/has', () => [p.get('a'), p.getAll('a'), p.has('a'), p.has('a', '4'), p.has('a', '5'), p.get('x'), p.size]);
p.set('a', 'x&y');
p.append('sp', 'a b+c/é*-._~!');
p.delete('b');
p.sort();
show('after', () => p.toString());
p.delete('a', 'nope');
show('delete value', () => [...p.entries()]);
const seen = [];
p.forEach(function (value, key, self) { seen.push([key, value, self === p, this]); }, 'T');
show('forEach', () => seen);
show('forEach bad', () => p.forEach(1));
const it = p.keys();
it.next();
show('iterator', () => [Object.prototype.toString.call(it), [...it]]);
const url = new URL('http://h/?a=1#frag');
const sp = url.searchParams;
sp.append('b', '2 3');
show('live 1', () => [url.href, sp === url.searchParams]);
url.search = 'c=4';
show('live 2', () => [...sp]);
sp.delete('c');
show('live 3', () => [url.href, url.search]);
url.href = 'http://x/?q=ü';
show('live 4', () => [...sp]);
