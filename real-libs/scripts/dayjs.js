// dayjs (CommonJS) with plugins: fixed UTC dates, formatting, arithmetic.
const dayjs = require('dayjs');
const utc = require('dayjs/plugin/utc');
const duration = require('dayjs/plugin/duration');
const relativeTime = require('dayjs/plugin/relativeTime');
dayjs.extend(utc);
dayjs.extend(duration);
dayjs.extend(relativeTime);
const d = dayjs.utc('2024-02-28T13:45:10Z');
console.log(d.format('YYYY-MM-DD HH:mm:ss [day] d'), d.add(2, 'day').format('YYYY-MM-DD'));
console.log(d.startOf('month').toISOString(), d.endOf('year').toISOString());
console.log(d.diff(dayjs.utc('2023-01-01'), 'day'), d.isBefore(d.add(1, 'ms')), d.daysInMonth());
console.log(dayjs.duration(90061, 'seconds').format('D[d] H[h] m[m] s[s]'), dayjs.duration(2, 'hours').asMinutes());
console.log(d.from(d.add(3, 'hour')), d.to(d.subtract(2, 'year')), dayjs.utc('nope').isValid());
console.log(JSON.stringify({ d }), d.unix(), d.valueOf());
