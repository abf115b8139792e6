/**
 * The server and the command line run with `node --disable-proto=throw` (see the package
 * scripts): reading or setting `obj.__proto__` throws, so no parsed file can reach an object's
 * prototype through that accessor. A process started some other way gets the same protection
 * here, as `--disable-proto=delete` gives it: `__proto__` becomes a plain property name.
 */
export function disableProtoAccessor(): void {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (flags.includes('--disable-proto')) return;
  delete (Object.prototype as { __proto__?: unknown }).__proto__;
}
