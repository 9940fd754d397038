/**
 * A quiet, correct install on the Node versions Softer claims (issue 15): every package in the lockfile
 * that a plain `npm ci` installs must accept both the lowest Node our `engines` allows and the Node
 * running the tests, or npm prints EBADENGINE and the package may not run. listr2 10 (needs Node 22.13,
 * pulled in by wxt's `wxt submit` helper) is held at 9 by `overrides` for this reason.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: Record<string, string> | string[]; optional?: boolean }>;
};

/** Packages npm installs on this platform: optional ones (per-platform binaries) are skipped when they don't fit. */
const installed = Object.entries(lock.packages).filter(([path, p]) => path !== '' && !p.optional);

function misfits(node: string): string[] {
  return installed
    .filter(([, p]) => {
      const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
      return range !== undefined && !semver.satisfies(node, range);
    })
    .map(([path, p]) => `${path} wants node ${(p.engines as Record<string, string>).node}`);
}

describe('the install', () => {
  const lowest = semver.minVersion(pkg.engines.node)?.version ?? '';

  it('claims a Node range with a lowest version', () => {
    expect(lowest).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('fits the lowest Node that package.json allows', () => {
    expect(misfits(lowest)).toEqual([]);
  });

  it('fits the Node running these tests', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
    expect(misfits(process.versions.node)).toEqual([]);
  });

  it('keeps listr2 on a major that runs on Node 20', () => {
    const listr = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/listr2'));
    expect(listr.length).toBeGreaterThan(0);
    for (const [, p] of listr)
      expect(semver.satisfies('20.19.0', (p.engines as Record<string, string>).node ?? '')).toBe(true);
  });
});
