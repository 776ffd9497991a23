/**
 * A minimal test harness for specs evaluated in the browser by run.mjs: specs
 * register tests, run.mjs calls __backstoryRunTests and prints the outcomes.
 */

interface Outcome {
  name: string;
  ok: boolean;
  error?: string;
  /** Figures to print next to the test (never asserted). */
  info?: string;
}

type TestFn = (args: { page: string }) => Promise<string | void> | string | void;

const tests: Array<{ name: string; fn: TestFn }> = [];
let cleanups: Array<() => void> = [];

/** Runs `fn` after the current test, passed or failed (e.g. destroying a scanner it started). */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

/** JSON with object keys sorted, so equal records compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Registers a test; a returned string is printed as info. */
export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

/** Throws with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Throws unless the two values have equal JSON (object key order aside). */
export function assertEqual<T>(actual: T, expected: T, message: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

(globalThis as { __backstoryRunTests?: unknown }).__backstoryRunTests = async (args: { page: string }) => {
  const outcomes: Outcome[] = [];
  for (const { name, fn } of tests) {
    try {
      const info = await fn(args);
      outcomes.push({ name, ok: true, info: info || undefined });
    } catch (error) {
      outcomes.push({ name, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    } finally {
      for (const cleanup of cleanups) cleanup();
      cleanups = [];
    }
  }
  return outcomes;
};
