import { createRequire } from 'node:module';
import type { Agent } from 'undici';
import { allowAllPolicy, publicOnlyPolicy, type AddressPolicy } from './address-guard.ts';
import { guardedLookup } from './guarded-lookup.ts';

/**
 * One undici Agent per address policy, shared by all fetches, so connections are pooled and kept alive across
 * feeds of the same host instead of being rebuilt per request. Never the global dispatcher: the guard lives in
 * this agent's connect options.
 */
const agents = new Map<AddressPolicy, Agent>();
/** undici is loaded with the first agent: a process that never fetches (a pass with nothing due) does not pay for it. */
const load = createRequire(import.meta.url);

function createAgent(policy: AddressPolicy): Agent {
  const { Agent } = load('undici') as typeof import('undici');
  return new Agent({
    connect: { lookup: guardedLookup(policy), timeout: 10_000 },
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 60_000,
    connections: 8, // per origin; the scheduler also limits per-host concurrency
  });
}

export function dispatcherFor(policy: AddressPolicy): Agent {
  let agent = agents.get(policy);
  if (!agent) {
    agent = createAgent(policy);
    agents.set(policy, agent);
  }
  return agent;
}

export function defaultDispatcher(allowPrivateNetworks: boolean): Agent {
  return dispatcherFor(allowPrivateNetworks ? allowAllPolicy : publicOnlyPolicy);
}

/** Closes every pooled connection (graceful shutdown, end of a test file). */
export async function closeFetchDispatchers(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close()));
}
