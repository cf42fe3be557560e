'use strict';
// tls.connect and tls.createServer in one thread: a self-signed certificate refused with node's error, accepted
// with ca or rejectUnauthorized: false; authorized/authorizationError, servername, the peer's certificate,
// protocol and cipher; checkServerIdentity; node's errors for bad options.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const key = fs.readFileSync(path.join(__dirname, 'localhost-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'localhost-cert.pem'), 'utf8');

const server = tls.createServer({ key, cert }, (socket) => {
  socket.setEncoding('utf8');
  socket.once('data', (line) => socket.end(`echo ${line} (server sees servername ${socket.servername}, ` +
                                            `encrypted ${socket.encrypted}, authorized ${socket.authorized})`));
});

function attempt(label, options) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ...options }, () => {
      console.log(label, 'secureConnect: authorized', socket.authorized, 'authorizationError',
                  socket.authorizationError, 'servername', socket.servername, 'encrypted', socket.encrypted);
      socket.write(label);
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { text += d; });
    socket.on('end', () => {
      console.log(label, 'got:', text);
      resolve(socket);
    });
    socket.on('error', (e) => {
      console.log(label, 'error:', e.code, '|', e.message, '|', e instanceof Error);
      resolve(null);
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('default', {});
  await attempt('ca', { ca: cert, servername: 'localhost' });
  await attempt('ca as array', { ca: [Buffer.from(cert)], host: 'localhost' });
  await attempt('unverified', { rejectUnauthorized: false });
  await attempt('wrong servername', { ca: cert, servername: 'example.com' });
  const unchecked = await attempt('wrong servername, unverified', { servername: 'example.com',
                                                                     rejectUnauthorized: false });
  console.log('unverified authorizationError', unchecked.authorizationError);

  const socket = await new Promise((resolve) => {
    const s = tls.connect(server.address().port, 'localhost', { ca: cert }, () => resolve(s));
  });
  const peer = socket.getPeerCertificate();
  console.log('peer', peer.subject, peer.issuer, peer.subjectaltname, peer.ca, peer.bits, peer.exponent);
  console.log('valid', peer.valid_from, '->', peer.valid_to);
  console.log('serial', peer.serialNumber, 'sha256', peer.fingerprint256);
  console.log('raw', Buffer.isBuffer(peer.raw), peer.raw.length > 500, 'detailed issuer is itself',
              socket.getPeerCertificate(true).issuerCertificate.fingerprint === peer.fingerprint);
  console.log('protocol', socket.getProtocol(), 'cipher', socket.getCipher());
  socket.end('bye');
  socket.resume();
  socket.on('close', () => server.close(() => console.log('server closed')));
});

// checkServerIdentity on its own
const described = { subject: { CN: 'localhost' }, subjectaltname: 'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1' };
for (const host of ['localhost', 'a.example.com', 'a.b.example.com', '127.0.0.1', '10.0.0.1']) {
  const e = tls.checkServerIdentity(host, described);
  console.log('identity', host, e === undefined ? 'ok' : `${e.code} ${e.message}`);
}
console.log('identity by CN', tls.checkServerIdentity('x.test', { subject: { CN: 'y.test' } })?.message);

// bad options
for (const [label, make] of [
  ['key of a number', () => tls.createServer({ key: 5, cert })],
  ['ca of an object', () => tls.createSecureContext({ ca: {} })],
  ['key not PEM', () => tls.createSecureContext({ key: 'nonsense', cert })],
  ['port of a word', () => tls.connect({ port: 'x' })],
]) {
  try {
    make();
    console.log(label, 'accepted');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, Array.isArray(tls.rootCertificates),
            tls.rootCertificates.length > 50, tls.rootCertificates[0].startsWith('-----BEGIN CERTIFICATE-----'));
try {
  tls.createSecureContext({ key, cert: 'nonsense' });
} catch (e) {
  console.log('cert not PEM', e.name, e.code, e.message);
}
