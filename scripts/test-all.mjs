#!/usr/bin/env node
// `npm test`: typecheck, unit tests, both builds, web-ext lint, then the real-browser
// suites against the built extension. Runs every step even after a failure, then
// prints one summary and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'backstory-test-'));
const steps = [];
let tests = { passed: 0, failed: 0, skipped: 0 };

function run(name, cmd, args, countTests) {
  console.log(`\n\u25b6 ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  const counted = countTests?.();
  if (counted) for (const k of Object.keys(tests)) tests[k] += counted[k] ?? 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000, counted });
  return ok;
}

const vitestJson = join(tmp, 'vitest.json');
function vitestCounts() {
  if (!existsSync(vitestJson)) return undefined;
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
}

const tapFile = (name) => join(tmp, `${name}.tap`);
function tapCounts(name) {
  return () => {
    if (!existsSync(tapFile(name))) return undefined;
    const tap = readFileSync(tapFile(name), 'utf8');
    const n = (k) => Number(tap.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
    return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
  };
}

const npx = 'npx';
run('typecheck', npx, ['tsc', '--noEmit']);
run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], vitestCounts);
const built = run('build (Chrome MV3)', npx, ['wxt', 'build']);
if (run('build (Firefox)', npx, ['wxt', 'build', '-b', 'firefox'])) {
  run('web-ext lint (Firefox build)', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted']);
  run('Firefox smoke test (firefox-esr over WebDriver BiDi)', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec',
    '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile('firefox')}`, 'tests/firefox/'],
  tapCounts('firefox'));
}
// The lib/page suite prints "N passed, N failed" as its last line; the e2e suite is node:test.
function plainCounts(file) {
  return () => {
    if (!existsSync(file)) return undefined;
    const m = readFileSync(file, 'utf8').match(/^(\d+) passed, (\d+) failed$/m);
    return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
  };
}
const browserLog = join(tmp, 'browser.log');
const browserSuites = [
  ['browser tests (lib/page in Chromium)', 'bash', ['-c', `set -o pipefail; node tests/browser/run.mjs | tee ${browserLog}`], plainCounts(browserLog)],
  ['e2e (built extension in Chromium)', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile('e2e')}`, 'tests/e2e/'], tapCounts('e2e')],
];
for (const [name, cmd, args, counts] of browserSuites) {
  if (built) run(name, cmd, args, counts);
  else steps.push({ name, ok: false, seconds: 0, note: 'skipped: build failed' });
}

console.log('\n\u2500\u2500 Summary \u2500\u2500');
for (const s of steps) {
  const counts = s.counted ? ` (${s.counted.passed} passed, ${s.counted.failed} failed)` : '';
  console.log(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name}${counts}${s.note ? ` ${s.note}` : ''}  ${s.seconds.toFixed(1)}s`);
}
const failedSteps = steps.filter((s) => !s.ok).length;
console.log(`steps: ${steps.length - failedSteps} passed, ${failedSteps} failed`);
console.log(`${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`);
process.exit(failedSteps === 0 && tests.failed === 0 ? 0 : 1);
