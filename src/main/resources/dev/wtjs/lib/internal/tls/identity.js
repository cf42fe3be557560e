'use strict';
// tls.checkServerIdentity: whether a certificate names the host: its IP addresses for an IP, its DNS names
// (a leading '*' label stands for one label) or, without any, its subject's CN. An Error when it does not.

const { isIP } = require('internal/net/ip');
const { codes: { ERR_TLS_CERT_ALTNAME_INVALID } } = require('internal/errors');

function splitAltNames(text) {
  const dns = [];
  const ips = [];
  for (const entry of text ? text.split(', ') : []) {
    if (entry.startsWith('DNS:')) dns.push(entry.slice(4));
    else if (entry.startsWith('IP Address:')) ips.push(entry.slice(11));
  }
  return { dns, ips };
}

function labels(name) {
  return name.toLowerCase().replace(/\.$/, '').split('.');
}

function nameMatches(host, pattern) {
  const want = labels(host);
  const have = labels(pattern);
  if (want.length !== have.length || have.some((l) => l === '')) return false;
  return have.every((label, i) => {
    if (i === 0 && label.includes('*')) {
      if (have.length < 3 || label.indexOf('*') !== label.lastIndexOf('*') || label.startsWith('xn--')) return false;
      const [before, after] = label.split('*');
      const w = want[0];
      return w.length >= before.length + after.length && w.startsWith(before) && w.endsWith(after);
    }
    return label === want[i];
  });
}

function sameIp(a, b) {
  if (isIP(a) === 4 || isIP(b) === 4) return a === b;
  const expand = (ip) => {
    const [head, tail = ''] = ip.toLowerCase().split('::');
    const h = head ? head.split(':') : [];
    const t = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
    const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return groups.map((g) => parseInt(g, 16)).join(':');
  };
  return expand(a) === expand(b);
}

function checkServerIdentity(hostname, cert) {
  const subject = cert?.subject;
  const altNames = cert?.subjectaltname;
  const { dns, ips } = splitAltNames(altNames);
  const host = `${hostname}`;
  let reason;
  if (isIP(host)) {
    if (ips.some((ip) => sameIp(ip, host))) return undefined;
    reason = `IP: ${host} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dns.length > 0 || altNames) {
    if (dns.some((name) => nameMatches(host, name))) return undefined;
    reason = `Host: ${host}. is not in the cert's altnames: ${altNames}`;
  } else if (subject?.CN !== undefined) {
    const cns = Array.isArray(subject.CN) ? subject.CN : [subject.CN];
    if (cns.some((cn) => nameMatches(host, cn))) return undefined;
    reason = `Host: ${host}. is not cert's CN: ${subject.CN}`;
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  return new ERR_TLS_CERT_ALTNAME_INVALID(reason, host, cert);
}

module.exports = { checkServerIdentity };
