// Contract: a save that cannot complete leaves the store exactly as it was, and says why.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/types.js';
import {
  IDS,
  altmanSeoul,
  altmanUae,
  ramosHortaJakarta,
  withDanglingRelation,
  withNewText,
} from '../fixtures/extractions.js';
import { rejectionOf, saveAll, snapshot, useStore } from './harness.js';
import { storeCases } from './stores.js';

/** Each breaks one rule; `field` is what the error message must name. */
const invalid: Array<{ what: string; field: string; make: () => Extraction }> = [
  {
    what: 'relation source not among the entities',
    field: 'relations[0].source',
    make: () => {
      const x = ramosHortaJakarta();
      x.relations[0] = { ...x.relations[0]!, source: 'person:somebody-else' };
      return x;
    },
  },
  {
    what: 'unknown entity type',
    field: 'entities[1].type',
    make: () => {
      const x = ramosHortaJakarta();
      (x.entities[1] as { type: string }).type = 'Planet';
      return x;
    },
  },
  {
    what: 'entity id not matching its type',
    field: 'entities[2].id',
    make: () => {
      const x = ramosHortaJakarta();
      x.entities[2] = { ...x.entities[2]!, id: 'city:indonesia' };
      return x;
    },
  },
  {
    what: 'duplicate entity id',
    field: 'entities[1].id',
    make: () => {
      const x = ramosHortaJakarta();
      x.entities[1] = { ...x.entities[0]! };
      return x;
    },
  },
  {
    what: 'unknown relation type',
    field: 'relations[1].type',
    make: () => {
      const x = ramosHortaJakarta();
      (x.relations[1] as { type: string }).type = 'INVADED';
      return x;
    },
  },
  {
    what: 'unknown status',
    field: 'relations[0].status',
    make: () => {
      const x = ramosHortaJakarta();
      (x.relations[0] as { status: string }).status = 'rumoured';
      return x;
    },
  },
  {
    what: 'confidence above 1',
    field: 'relations[0].confidence',
    make: () => {
      const x = ramosHortaJakarta();
      x.relations[0] = { ...x.relations[0]!, confidence: 1.5 };
      return x;
    },
  },
  {
    what: 'evidence offset that is not a number',
    field: 'relations[0].evidence[0].start',
    make: () => {
      const x = ramosHortaJakarta();
      const ev = x.relations[0]!.evidence[0]!;
      (ev as { start: unknown }).start = '12';
      return x;
    },
  },
  {
    what: 'evidence start after end',
    field: 'relations[0].evidence[0]',
    make: () => {
      const x = ramosHortaJakarta();
      const ev = x.relations[0]!.evidence[0]!;
      x.relations[0]!.evidence[0] = { ...ev, start: ev.end, end: ev.start };
      return x;
    },
  },
  {
    what: 'evidence past the end of the text',
    field: 'relations[1].evidence[0].end',
    make: () => {
      const x = ramosHortaJakarta();
      const ev = x.relations[1]!.evidence[0]!;
      x.relations[1]!.evidence[0] = { ...ev, end: x.article.text.length + 5 };
      return x;
    },
  },
  {
    what: 'two claims with the same type, source and target',
    field: 'relations[2]',
    make: () => {
      const x = ramosHortaJakarta();
      x.relations.push({ ...x.relations[0]! });
      return x;
    },
  },
  {
    what: 'article without a hash',
    field: 'article.hash',
    make: () => {
      const x = ramosHortaJakarta();
      x.article = { ...x.article, hash: '' };
      return x;
    },
  },
  {
    what: 'publishedAt that is not a date',
    field: 'article.publishedAt',
    make: () => {
      const x = ramosHortaJakarta();
      x.article = { ...x.article, publishedAt: 'last Tuesday' };
      return x;
    },
  },
];

describe.each(storeCases())('contract [%s] all-or-nothing saves', (_name, factory) => {
  const store = useStore(factory);

  it('rejects a new article whose last relation points outside the extraction, writing nothing', async () => {
    await saveAll(store(), [altmanSeoul(), altmanUae()]);
    const before = await snapshot(store());
    const broken = withDanglingRelation(ramosHortaJakarta());
    const err = await rejectionOf(store().save(broken));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain('country:xx');
    expect(err.message).toContain(`relations[${broken.relations.length - 1}].target`);
    expect(err.message).toContain(broken.article.id);
    expect(await store().articleHash(broken.article.id)).toBeNull();
    expect(await store().getEntity(IDS.ramosHorta)).toBeNull();
    expect(await snapshot(store())).toEqual(before);
  });

  it('rejects a broken update, keeping the previous version whole', async () => {
    const v1 = altmanSeoul();
    await saveAll(store(), [v1, altmanUae()]);
    const before = await snapshot(store());
    const broken = withDanglingRelation(withNewText(altmanSeoul(), 'A later paragraph.'));
    expect((await rejectionOf(store().save(broken))).code).toBe('BAD_USER_INPUT');
    expect(await store().articleHash(v1.article.id)).toBe(v1.article.hash);
    expect(await snapshot(store())).toEqual(before);
    // The valid form of the same update still goes through afterwards.
    const fixed = withNewText(altmanSeoul(), 'A later paragraph.');
    expect((await store().save(fixed)).status).toBe('updated');
  });

  it.each(invalid)('rejects $what, naming $field', async ({ make, field }) => {
    await store().save(altmanSeoul());
    const before = await snapshot(store());
    const err = await rejectionOf(store().save(make()));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toContain(field);
    expect(await snapshot(store())).toEqual(before);
  });
});
