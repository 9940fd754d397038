#!/usr/bin/env node
/**
 * Builds the editor fixture pages (tests/pages/src/*.ts → tests/pages/vendor/*.{js,html}) from the real editor
 * libraries installed from npm: Lexical, Slate, Draft.js, Quill, ProseMirror, TipTap, CKEditor 5, Trix and
 * TinyMCE (whose editor lives in an iframe it writes itself). tests/pages/frame-*.html load some of them
 * into frames written by script. The browser tests run it first; the output is not committed.
 */
import { readdirSync, writeFileSync } from 'node:fs';
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
// One page per editor, from one template: the editor mounts into #editor (Lexical on the element itself).
for (const entry of entries) {
  const name = entry.replace(/\.ts$/, '');
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const host = name === 'lexical' ? ' contenteditable="true" role="textbox" aria-label="Message"' : '';
  writeFileSync(
    `tests/pages/vendor/${name}.html`,
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Softer fixture: ${title}</title>
    <link rel="stylesheet" href="${name}.css" onerror="this.remove()" />
    <style>
      body { font: 15px/1.4 system-ui, sans-serif; margin: 24px; }
      #editor { border: 1px solid #bbb; border-radius: 8px; padding: 8px 10px; min-height: 40px; max-width: 640px; }
      #editor [contenteditable], #editor[contenteditable] { outline: none; min-height: 24px; }
    </style>
  </head>
  <body>
    <h1>${title}</h1>
    <div id="editor"${host}></div>
    <script src="${name}.js"></script>
  </body>
</html>
`,
  );
}
console.log(`Built ${entries.length} editor fixture pages into tests/pages/vendor/`);
