/** Starting the server on a port that is taken fails with a message that says what to do, not a crash. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@koers/api';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

describe('starting the server', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('says the port is in use and how to choose another', async () => {
    const first = await startServer({ db }, 0, '127.0.0.1');
    try {
      await expect(startServer({ db }, first.port, '127.0.0.1')).rejects.toThrow(
        `port ${first.port} is already in use on 127.0.0.1: stop what runs there, or set PORT to another port`,
      );
      // The first server still answers.
      expect((await fetch(`http://127.0.0.1:${first.port}/api/v1/health`)).status).toBe(200);
    } finally {
      await first.close();
    }
  });
});
