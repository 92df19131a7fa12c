import { createHash } from "node:crypto";
import { type Executor, newId, nowIso } from "../../db/executor.js";
import { parseSnapshot, type ScorecardSnapshot } from "./scorecard-snapshot.js";
import { findSnapshotIdByHash, insertSnapshotIfNew, listSnapshotContents } from "./scorecards.repository.js";

/** Parsed snapshots kept in memory; stored snapshots never change, so an entry never goes stale. */
const PARSED_LIMIT = 256;
const parsed = new Map<string, { organizationId: string; snapshot: ScorecardSnapshot }>();

function remember(id: string, organizationId: string, snapshot: ScorecardSnapshot): void {
  parsed.delete(id);
  parsed.set(id, { organizationId, snapshot });
  // Map keeps insertion order: the first key is the least recently used one.
  if (parsed.size > PARSED_LIMIT) {
    const oldest = parsed.keys().next().value;
    if (oldest !== undefined) parsed.delete(oldest);
  }
}

/** The content hash that makes a snapshot unique within an organization. */
export function snapshotHash(content: string): string {
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Stores a snapshot's JSON once per organization and returns its id: the same content (by hash)
 * reuses the existing row, so a cycle of 100k people on 7 roles holds 7 snapshots.
 */
export async function storeSnapshot(
  db: Executor,
  organizationId: string,
  snapshot: ScorecardSnapshot,
): Promise<{ id: string; content: string }> {
  const content = JSON.stringify(snapshot);
  const hash = snapshotHash(content);
  const existing = await findSnapshotIdByHash(db, organizationId, hash);
  if (existing) return { id: existing, content };
  await insertSnapshotIfNew(db, {
    id: newId(),
    organization_id: organizationId,
    content,
    content_hash: hash,
    created_at: nowIso(),
  });
  // Read back: a concurrent writer may have stored the same content first (the unique key kept one).
  const id = await findSnapshotIdByHash(db, organizationId, hash);
  if (!id) throw new Error("stored snapshot vanished inside its own transaction");
  return { id, content };
}

/**
 * The parsed snapshots with these ids in the organization, each parsed once per process (an LRU
 * by id: snapshots are immutable). Ids of another organization or unknown ids are left out.
 */
export async function loadSnapshots(
  db: Executor,
  organizationId: string,
  ids: Iterable<string>,
): Promise<Map<string, ScorecardSnapshot>> {
  const out = new Map<string, ScorecardSnapshot>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = parsed.get(id);
    if (hit && hit.organizationId === organizationId) {
      remember(id, organizationId, hit.snapshot);
      out.set(id, hit.snapshot);
    } else missing.push(id);
  }
  for (const row of await listSnapshotContents(db, organizationId, missing)) {
    const snapshot = parseSnapshot(row.content);
    remember(row.id, organizationId, snapshot);
    out.set(row.id, snapshot);
  }
  return out;
}

/** One parsed snapshot; a missing one is a server error (a scorecard always references one). */
export async function loadSnapshot(db: Executor, organizationId: string, id: string): Promise<ScorecardSnapshot> {
  const snapshot = (await loadSnapshots(db, organizationId, [id])).get(id);
  if (!snapshot) throw new Error(`scorecard snapshot ${id} is missing`);
  return snapshot;
}
