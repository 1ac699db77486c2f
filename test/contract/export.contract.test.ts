// Contract: exportExtractions() gives back what was saved, so saving the export into an empty
// store rebuilds the same graph (store-to-store copy, backups).
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/types.js';
import { validateExtraction } from '../../src/store/validate.js';
import { IDS, allExtractions, altmanSeoulRevised } from '../fixtures/extractions.js';
import { saveAll, snapshot, useStore, type Snapshot } from './harness.js';
import { emptyStore, storeCases } from './stores.js';

async function exported(store: { exportExtractions(): AsyncIterable<Extraction> }): Promise<Extraction[]> {
  const out: Extraction[] = [];
  for await (const x of store.exportExtractions()) out.push(x);
  return out;
}

/** Storage times differ between two saves of the same content; everything else must not. */
function withoutStorageTimes(s: Snapshot): unknown {
  const stamps = new Set(s.articles.map((a) => a.ingestedAt));
  const stamp = (d: string | null) => (d !== null && stamps.has(d) ? 'ingestedAt' : d);
  return {
    ...s,
    articles: s.articles.map(({ ingestedAt: _ingestedAt, ...a }) => a),
    entities: s.entities.map((e) => ({ ...e, firstSeen: stamp(e.firstSeen), lastSeen: stamp(e.lastSeen) })),
  };
}

describe.each(storeCases())('contract [%s] export', (_name, factory) => {
  const store = useStore(factory);

  it('exports nothing from an empty store', async () => {
    expect(await exported(store())).toEqual([]);
  });

  it('exports each article as it was saved', async () => {
    const xs = allExtractions();
    await saveAll(store(), xs);
    const out = await exported(store());
    expect(out.map((x) => x.article.id).sort()).toEqual(xs.map((x) => x.article.id).sort());
    for (const x of out) {
      expect(validateExtraction(x)).toBe(x);
      const original = xs.find((o) => o.article.id === x.article.id);
      if (!original) throw new Error(`unexpected article ${x.article.id}`);
      expect(x.article).toEqual(original.article);
      expect(x.entities.map((e) => [e.id, e.mentions]).sort()).toEqual(
        original.entities.map((e) => [e.id, e.mentions]).sort(),
      );
      expect(x.relations).toHaveLength(original.relations.length);
    }
    const uae = out.find((x) => x.article.id === 'test-altman-uae');
    const visit = uae?.relations.find((r) => r.target === IDS.uae);
    expect(visit).toMatchObject({ date: '2024-02-05', purposes: ['data-centers', 'ai'], status: 'reported' });
    // The article's date is not turned into a stated one.
    expect(uae?.relations.find((r) => r.target === IDS.japan)?.date ?? null).toBeNull();
    expect(uae?.entities.find((e) => e.id === IDS.uae)).toMatchObject({
      name: 'United Arab Emirates',
      code: 'AE',
      aliases: ['Uni Emirat Arab'],
      mentions: 1,
    });
  });

  it('round-trips: saving the export into an emptied store gives the same graph', async () => {
    await saveAll(store(), [...allExtractions(), altmanSeoulRevised()]);
    const before = await snapshot(store());
    const dump = await exported(store());

    await emptyStore(store());
    expect(await store().stats()).toEqual({ articles: 0, entities: 0, claims: 0, mentions: 0 });

    const outcomes = await saveAll(store(), dump);
    expect(outcomes.every((o) => o.status === 'new')).toBe(true);
    const after = await snapshot(store());
    expect(after.stats).toEqual(before.stats);
    expect(withoutStorageTimes(after)).toEqual(withoutStorageTimes(before));
    // And exporting again gives the same extractions.
    expect(await exported(store())).toEqual(dump);
  });
});
