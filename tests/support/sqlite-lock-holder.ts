/**
 * Another process holding a SQLite database's write lock: `node --import tsx
 * tests/support/sqlite-lock-holder.ts <file> <ms>` says "locked" once it holds it, and commits
 * after <ms>. (In the test's own process the lock could not be let go: SQLite waits for it
 * synchronously, which would block the timer that releases it.)
 */
import { openDatabase } from '@koers/db';

const [file, ms] = process.argv.slice(2);
const db = openDatabase(file);
db.sqlite!.exec('begin immediate');
db.sqlite!.prepare('update settings set value = value').run();
console.log('locked');
setTimeout(() => {
  db.sqlite!.exec('commit');
  void db.close();
}, Number(ms));
