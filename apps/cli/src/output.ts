/**
 * Leaving the process without losing output. A pipe's writes are asynchronous: `process.exit`
 * right after a large `console.log` drops whatever the reader had not taken yet (a piped JSON
 * report stopped at 64 KiB). Every command therefore ends through `exitAfterOutput`, which waits
 * until stdout and stderr have handed all their bytes to the operating system.
 */

/** Resolves once everything written to the stream so far has been flushed (or the reader left). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((done) => {
    if (stream.destroyed || !stream.writable) return done();
    // Writes complete in order: the callback of an empty write runs after every earlier one.
    stream.write('', () => done());
  });
}

/**
 * A reader that stops early (`koers import --json … | head`) closes the pipe: that is its choice,
 * not a failure of the command, so the broken pipe is not reported as a crash.
 */
export function toleratePipeClosed(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}

/** Exits with the code once stdout and stderr are written out whole. */
export async function exitAfterOutput(code: number): Promise<never> {
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}
