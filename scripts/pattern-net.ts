/**
 * npm run patterns:net: writes lib/nlp/pattern-net.json, the rules' patterns compiled into
 * compromise's match net, which the engine loads at start instead of compiling them (lib/nlp/net.ts),
 * and lib/nlp/tagger-net.json, compromise's own tagger matches compiled the same way, which the
 * engine's compromise loads on its first parse (lib/nlp/compromise-two.js).
 * Run it after changing a rule's patterns or upgrading compromise: until then the engine compiles the
 * patterns at start, as before (slower, same answers), and tests/lib/nlp/pattern-net.test.ts fails.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PATTERNS } from '../lib/engine';
import { saveTaggerNet } from '../lib/nlp/compromise-two.js';
import { saveNet } from '../lib/nlp/net';

export const NET_FILE = fileURLToPath(new URL('../lib/nlp/pattern-net.json', import.meta.url));
export const TAGGER_NET_FILE = fileURLToPath(new URL('../lib/nlp/tagger-net.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(NET_FILE, saveNet(PATTERNS));
  writeFileSync(TAGGER_NET_FILE, saveTaggerNet());
  console.log(`wrote ${NET_FILE} and ${TAGGER_NET_FILE}`);
}
