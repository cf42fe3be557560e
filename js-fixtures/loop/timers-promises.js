// timers/promises and util.promisify(setTimeout/setImmediate).
const tp = require('timers/promises');
const util = require('util');
(async () => {
  console.log(await tp.setTimeout(2, 'value'));
  console.log(await tp.setImmediate('imm'));
  console.log(await util.promisify(setTimeout)(1, 'promisified'));
  console.log(await util.promisify(setImmediate)('promisified imm'));
  let n = 0;
  for await (const v of tp.setInterval(1, 'iv')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log(require('node:timers/promises') === tp, require('timers').promises === tp);
})();
