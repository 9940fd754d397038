/**
 * The rules' patterns compiled into compromise's match net, saved (lib/nlp/pattern-net.json, written by
 * npm run patterns:net) so that a start loads the net instead of parsing every pattern. The saved net
 * is used only if it was compiled from these very patterns by this compromise; otherwise the patterns
 * are compiled as before, so a stale file costs time, never a different answer.
 * tests/lib/nlp/pattern-net.test.ts checks the file is current and equals a fresh compile. The file's
 * format is ./saved-net.js's.
 */
import nlp from './compromise-two.js';
import savedFile from './pattern-net.json';
import { loadNet, type SavedNet as SavedNetOf, saveNet as save } from './saved-net.js';

export type Net = ReturnType<typeof nlp.buildNet>;

export interface NetPattern {
  match: string;
  ruleIndex: number;
  patternIndex: number;
}

/** The rules' net as JSON (./saved-net.js). */
export type SavedNet = SavedNetOf<NetPattern>;

const saved = savedFile as unknown as SavedNet;

/** compromise's own compile: parses every pattern (its match syntax) into terms. */
function buildNet(patterns: readonly NetPattern[]): Net {
  return nlp.buildNet(patterns.map((p) => ({ ...p })));
}

/** The file's text for these patterns: compromise's net, compiled now. */
export function saveNet(patterns: readonly NetPattern[]): string {
  return save(patterns, (copies) => nlp.buildNet(copies) as never, nlp.version);
}

const samePattern = (e: NetPattern, p: NetPattern) =>
  e.match === p.match && e.ruleIndex === p.ruleIndex && e.patternIndex === p.patternIndex;

/** The rules' net: the saved one when it is current, else compiled now. */
export function compileNet(patterns: readonly NetPattern[], file: SavedNet = saved): Net {
  const loaded = loadNet(file, patterns, nlp.version, samePattern);
  return loaded ? ({ ...loaded, isNet: true } as unknown as Net) : buildNet(patterns);
}
