#!/usr/bin/env node
/**
 * npm test: every check, in order — type check, lint, unit tests, production build (Chrome and
 * Firefox), web-ext lint of the Firefox build, real-browser tests (Chromium with the Chrome build,
 * firefox-esr with the Firefox build) — then one line counting every test: "N passed, N failed".
 * Stops at the first failing step, but always prints the count so far.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const CI = process.env.CI === 'true' || process.env.CI === '1';
let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Runs vitest with its JSON reporter as well as the default one, and adds its counts to ours. */
function vitest(title, args) {
  mkdirSync('test-results', { recursive: true });
  const file = `test-results/${title.replace(/\W+/g, '-')}.json`;
  const ok = run(title, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A file that fails to load has no failed tests but must still count as a failure.
    if (!ok && report.numFailedTests === 0) failed += 1;
  } else if (!ok) failed += 1;
  return ok;
}

function finish(ok) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

const steps = [
  () => run('type check', 'npx', ['tsc', '--noEmit']),
  () => run('lint', 'npx', ['biome', 'check', '.']),
  () => vitest('unit tests', []),
  () => run('build (chrome)', 'npx', ['wxt', 'build']),
  () => run('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']),
  () =>
    run('web-ext lint (firefox)', 'npx', [
      'web-ext',
      'lint',
      '--source-dir',
      '.output/firefox-mv2',
      '--self-hosted',
    ]),
  () => {
    if (!existsSync(CHROMIUM)) {
      const message = `Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`;
      if (CI) {
        console.error(`✖ ${message} The browser tests cannot be skipped under CI.`);
        failed += 1;
        return false;
      }
      console.warn(`⚠ ${message} Skipping the browser tests.`);
      return true;
    }
    // Test files to leave out, each with what it needs: outside CI a missing tool skips its file with a
    // warning; under CI it fails the run.
    const skipped = [];
    const need = (missing, message, file) => {
      if (!missing) return true;
      if (CI) {
        console.error(`✖ ${message} ${file} cannot be skipped under CI.`);
        failed += 1;
        return false;
      }
      console.warn(`⚠ ${message} Skipping ${file}.`);
      skipped.push(file);
      return true;
    };
    // The Firefox build, run in Debian's firefox-esr over WebDriver BiDi.
    const firefoxOk = need(
      !existsSync(FIREFOX),
      `Firefox not found at ${FIREFOX}: install with sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`,
      'tests/browser/firefox.test.ts',
    );
    // A few tests answer the browser's own permission prompt with real key presses in a virtual display.
    const keys = ['Xvfb', 'xdotool'].filter(
      (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0,
    );
    const keysOk = need(
      keys.length > 0,
      `${keys.join(' and ')} not found: install with sudo apt-get install -y xvfb xdotool.`,
      'tests/browser/site-access.test.ts',
    );
    if (!firefoxOk || !keysOk) return false;
    return vitest('browser tests', [
      '--config',
      'vitest.browser.config.ts',
      ...skipped.flatMap((file) => ['--exclude', file]),
    ]);
  },
];

for (const step of steps) {
  if (!step()) {
    if (failed === 0) failed = 1;
    finish(false);
  }
}
finish(true);
