import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.ts';

/** host:pid:nonce — unique per worker, and tells which local process holds a lease. */
export function newLeaseOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Releases leases held by processes of this host that no longer exist (a killed `newsgraph ingest`), so their feeds
 * are due again at once instead of after the lease expires. Leases of other hosts are left to expire.
 */
export async function releaseDeadLocalLeases(db: Db, self: string): Promise<number> {
  const host = hostname();
  const rows = await db.kysely
    .selectFrom('feeds')
    .select(['id', 'lease_owner'])
    .where('lease_owner', 'like', `${host}:%`)
    .execute();
  let released = 0;
  for (const r of rows) {
    const owner = r.lease_owner!;
    if (owner === self) continue;
    const pid = Number(owner.slice(host.length + 1).split(':')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || processIsAlive(pid)) continue;
    const u = await db.kysely
      .updateTable('feeds')
      .set({ lease_owner: null, lease_expires_at: null })
      .where('id', '=', r.id)
      .where('lease_owner', '=', owner)
      .executeTakeFirst();
    released += Number(u.numUpdatedRows);
  }
  return released;
}

/** Whether `owner` names a process of this host, other than this one, that no longer exists. */
export function isDeadLocalOwner(owner: string, self: string): boolean {
  const host = hostname();
  if (owner === self || !owner.startsWith(`${host}:`)) return false;
  const pid = Number(owner.slice(host.length + 1).split(':')[0]);
  return Number.isInteger(pid) && pid !== process.pid && !processIsAlive(pid);
}
