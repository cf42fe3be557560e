'use strict';
// IP address syntax: net.isIP / isIPv4 / isIPv6.

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const v4 = `${octet}(?:\\.${octet}){3}`;
const v4Exact = new RegExp(`^${v4}$`);
const group = '[0-9a-fA-F]{1,4}';

function isIPv4(input) {
  return typeof input === 'string' && v4Exact.test(input);
}

// Up to eight groups with at most one '::', the last 32 bits may be dotted IPv4, an optional %zone.
function isIPv6(input) {
  if (typeof input !== 'string') return false;
  let text = input;
  const zone = text.indexOf('%');
  if (zone !== -1) {
    if (zone === text.length - 1) return false;
    text = text.slice(0, zone);
  }
  let groupsWanted = 8;
  const lastColon = text.lastIndexOf(':');
  if (lastColon !== -1 && text.slice(lastColon + 1).includes('.')) {
    if (!v4Exact.test(text.slice(lastColon + 1))) return false;
    text = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const parts = (half) => (half === '' ? [] : half.split(':'));
  const head = parts(halves[0]);
  const tail = halves.length === 2 ? parts(halves[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => new RegExp(`^${group}$`).test(g))) return false;
  return halves.length === 2 ? all.length < groupsWanted : all.length === groupsWanted;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
