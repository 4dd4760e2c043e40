// Which hosts an article's links may make ClaimLens contact: public unicast addresses only. The ranges come from
// ipaddr.js, a maintained table of the IANA special-purpose registries (loopback, private, link-local, multicast,
// carrier-grade NAT, benchmarking 198.18/15, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo, documentation, ...);
// a hand-written list missed four of them. ipaddr.js was chosen for that table, for having no dependencies, and for
// running unchanged in Node and the extension's worker (about 10 kB).
import ipaddr from 'ipaddr.js';

/** Why: the range an IP literal falls in ("unicast" for a public address), or null when it is not an IP. */
export function addressRange(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return null;
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  return ipaddr.process(bare).range();
}

/** Why: the one rule for resolved addresses: only public unicast ones may be contacted. */
export function isPublicAddress(ip: string): boolean {
  return addressRange(ip) === 'unicast';
}

/**
 * Why: refuses, by name alone, what no DNS answer can make public: localhost, .local/.internal names and any
 * non-public IP literal. (Names that resolve to private addresses are caught after resolution: see safe-fetch.)
 */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal'))
    return true;
  const range = addressRange(h);
  return range !== null && range !== 'unicast';
}
