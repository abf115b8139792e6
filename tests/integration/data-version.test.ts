/**
 * The data version behind every ETag: each write that commits moves it on by exactly one, also
 * when writers commit at the same moment (PostgreSQL runs them on separate connections).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpDataVersion, getSetting, SETTING, touchData } from '@koers/db';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';

describe.each(ENGINES)('data version on %s', (engine) => {
  let db: TestDatabase;
  const version = async () => Number((await getSetting(db.kysely, SETTING.dataVersion)) ?? '0');

  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('starts a missing version at 1 and moves it on by one per write', async () => {
    const start = await version();
    await bumpDataVersion(db.kysely);
    expect(await version()).toBe(start + 1);
    await touchData(db.kysely);
    expect(await version()).toBe(start + 2);
    expect(Date.parse((await getSetting(db.kysely, SETTING.dataDate))!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('loses no bump when four writers commit at the same time', async () => {
    const start = await version();
    const writers = 4;
    await Promise.all(
      Array.from({ length: writers }, () =>
        db.kysely.transaction().execute(async (trx) => {
          await touchData(trx);
          // Hold the transaction open so the writers overlap.
          await new Promise((resolve) => setTimeout(resolve, 100));
        }),
      ),
    );
    expect(await version()).toBe(start + writers);
  });
});
