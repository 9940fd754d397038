#!/usr/bin/env node
/**
 * Bundles the editor fixture pages (tests/pages/src/*.ts → tests/pages/vendor/) from the real editor
 * libraries installed from npm: Lexical, Slate, Draft.js, Quill, ProseMirror. The browser tests run it
 * first; the output is not committed.
 */
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const entries = readdirSync('tests/pages/src').filter((f) => f.endsWith('.ts'));
await build({
  entryPoints: entries.map((f) => `tests/pages/src/${f}`),
  outdir: 'tests/pages/vendor',
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'chrome120',
  // Draft.js still reads Node's `global`.
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  logLevel: 'warning',
});
console.log(`Built ${entries.length} editor fixtures into tests/pages/vendor/`);
