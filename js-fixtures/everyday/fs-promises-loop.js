'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'everyday-'));
  for (let i = 0; i < 3; i++) {
    await fs.promises.writeFile(path.join(dir, `f${i}.txt`), `line ${i}\n`);
    await sleep(2);
  }
  const names = (await fs.promises.readdir(dir)).sort();
  for (const n of names) console.log(n, JSON.stringify(await fs.promises.readFile(path.join(dir, n), 'utf8')));
  await fs.promises.appendFile(path.join(dir, 'f0.txt'), 'more\n');
  console.log((await fs.promises.readFile(path.join(dir, 'f0.txt'), 'utf8')).split('\n').length);
  try { await fs.promises.readFile(path.join(dir, 'missing')); } catch (e) { console.log(e.code, e.syscall); }
  await fs.promises.rm(dir, { recursive: true });
  console.log('exists after rm', fs.existsSync(dir));
})();
