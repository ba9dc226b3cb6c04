import dns from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { describeAddress, type AddressPolicy } from './address-guard.ts';

/** Code carried by the error a guarded lookup fails with; mapped to the `blocked_address` FetchError. */
export const BLOCKED_ADDRESS_CODE = 'ERR_NEWSGRAPH_BLOCKED_ADDRESS';

export class BlockedAddressError extends Error {
  readonly code = BLOCKED_ADDRESS_CODE;
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address} (${describeAddress(address)}), which is not a public address`);
    this.name = 'BlockedAddressError';
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls.connect that resolves the name and refuses it unless every address passes the policy.
 * Because the socket connects to exactly the addresses checked here, a DNS answer that changes between a check and
 * the connect (rebinding) cannot slip through. A name with any refused address is refused as a whole.
 */
export function guardedLookup(policy: AddressPolicy) {
  return function lookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const refused = addresses.find((a) => !policy(a.address, hostname));
      if (refused) return callback(new BlockedAddressError(hostname, refused.address) as NodeJS.ErrnoException, []);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}
