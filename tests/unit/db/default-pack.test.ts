import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importPack } from '../../../lib/db/import';
import { installedPack } from '../../../lib/db/queries';
import { freshDb, must } from './helpers';

// The default pack is written by another part of the project; this test starts checking it once it exists.
const modulePath = fileURLToPath(new URL('../../../lib/pack/default-pack.ts', import.meta.url));

describe.skipIf(!existsSync(modulePath))('default pack', () => {
  it('imports completely, and a second import only updates', async () => {
    const { DEFAULT_PACK, DEFAULT_PACK_ID, DEFAULT_PACK_REVISION } = await import(/* @vite-ignore */ modulePath);
    const db = await freshDb();
    const origin = { kind: 'pack', packId: DEFAULT_PACK_ID } as const;
    const first = must(await importPack(db, DEFAULT_PACK, origin, { revision: DEFAULT_PACK_REVISION }));
    expect(first.people).toEqual({ added: DEFAULT_PACK.people?.length ?? 0, updated: 0 });
    expect(first.claims).toEqual({ added: DEFAULT_PACK.claims?.length ?? 0, updated: 0 });
    expect(first.sources).toEqual({ added: DEFAULT_PACK.sources?.length ?? 0, updated: 0 });
    expect(await db.statements.count()).toBe(first.statements.added);
    expect(first.statements.added).toBeGreaterThan(0);
    expect(must(await installedPack(db, DEFAULT_PACK_ID))?.revision).toBe(DEFAULT_PACK_REVISION);

    const second = must(await importPack(db, DEFAULT_PACK, origin, { revision: DEFAULT_PACK_REVISION }));
    expect(second.people.added + second.claims.added + second.statements.added + second.sources.added).toBe(0);
    expect(await db.statements.count()).toBe(first.statements.added);
  });
});
