// chmod, chown, lchown, utimes, lutimes, truncate, link, symlink and readlink: results, errors (code, syscall,
// message) and argument checks as node's, synchronously, with callbacks and through fs.promises.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'attributes-and-links.tmp');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
process.chdir(dir);
fs.writeFileSync('f', 'hi\n');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const t=(f)=>{try{console.log(JSON.stringify(f()))}catch(e){console.log(e.code,e.syscall,e.message)}};
t(()=>fs.truncateSync('missing',2)); t(()=>fs.truncateSync('.',2)); t(()=>fs.utimesSync('missing',1,2)); t(()=>fs.lutimesSync('missing',1,2)); t(()=>fs.chmodSync('missing',0o644)); t(()=>fs.chownSync('missing',0,0)); t(()=>fs.lchownSync('missing',0,0));
t(()=>fs.linkSync('missing','x')); t(()=>fs.linkSync('f','f')); t(()=>fs.symlinkSync('t','f')); t(()=>fs.readlinkSync('f')); t(()=>fs.readlinkSync('missing'));
t(()=>fs.chmodSync('f','abc')); t(()=>fs.chmodSync('f',{})); t(()=>fs.utimesSync('f','x',2)); t(()=>fs.utimesSync('f',new Date(5000),'7')); t(()=>{const s=fs.statSync('f'); return [s.atimeMs,s.mtimeMs]}); t(()=>fs.chmodSync('f','600')); t(()=>(fs.statSync('f').mode&0o777).toString(8));
t(()=>fs.symlinkSync('f','l')); t(()=>fs.readlinkSync('l')); t(()=>fs.readlinkSync('l', 'buffer')); t(()=>fs.truncateSync('f', 5)); t(()=>fs.readFileSync('f','latin1')); t(()=>fs.truncateSync('f')); t(()=>fs.statSync('f').size); t(()=>fs.truncateSync('f', -1)); t(()=>fs.linkSync('f','h')); t(()=>fs.statSync('h').nlink); t(()=>fs.chownSync('f', -1, -1)); t(()=>fs.chownSync('f', 'a', 1));
t(()=>fs.utimesSync('f', 1.5, 2.25)); t(()=>{const s=fs.statSync('f'); return [s.atimeMs,s.mtimeMs]}); t(()=>fs.lutimesSync('l', 3, 4)); t(()=>{const s=fs.lstatSync('l'); return [s.atimeMs,s.mtimeMs]}); t(()=>fs.symlinkSync('f','m','bad'));
// one at a time: two operations in flight at once complete in either order, under node too
fs.promises.readlink('l').then((x) => {
  console.log('promise', x);
  fs.readlink('missing', (e) => {
    console.log('callback', e.code, e.syscall);
    fs.promises.truncate('f', 1).then(() => console.log('truncated to', JSON.stringify(fs.readFileSync('f', 'latin1'))));
  });
});
