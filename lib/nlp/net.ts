/**
 * The rules' patterns compiled into compromise's match net, saved (lib/nlp/pattern-net.json, written by
 * npm run patterns:net) so that a start loads the net instead of parsing every pattern. The saved net
 * is used only if it was compiled from these very patterns by this compromise; otherwise the patterns
 * are compiled as before, so a stale file costs time, never a different answer.
 * tests/lib/nlp/pattern-net.test.ts checks the file is current and equals a fresh compile.
 */
import nlp from './compromise-two.js';
import savedFile from './pattern-net.json';

export type Net = ReturnType<typeof nlp.buildNet>;

export interface NetPattern {
  match: string;
  ruleIndex: number;
  patternIndex: number;
}

/** A net as JSON: every pattern's parsed entry in pattern order; hooks and `always` as entry indices. */
export interface SavedNet {
  compromise: string;
  entries: NetPattern[];
  hooks: Record<string, number[]>;
  always: number[];
}

const saved = savedFile as unknown as SavedNet;

/** compromise's own compile: parses every pattern (its match syntax) into terms. */
function buildNet(patterns: readonly NetPattern[]): Net {
  return nlp.buildNet(patterns.map((p) => ({ ...p })));
}

/** Parsed terms hold Sets (a fast "or") and may hold RegExps: JSON gets them as tagged objects. */
function encode(_key: string, value: unknown): unknown {
  if (value instanceof Set) return { $set: [...value] };
  if (value instanceof RegExp) return { $re: [value.source, value.flags] };
  if (typeof value === 'function' || (value && typeof value === 'object' && !isPlain(value)))
    throw new Error(
      `A compiled pattern holds a ${String(value?.constructor?.name)}: the net cannot be saved.`,
    );
  return value;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decode(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.$set)) return new Set(object.$set);
  if (Array.isArray(object.$re)) return new RegExp(object.$re[0] as string, object.$re[1] as string);
  for (const key of Object.keys(object)) object[key] = decode(object[key]);
  return object;
}

/** The file's text for these patterns: compromise's net, compiled now. */
export function saveNet(patterns: readonly NetPattern[]): string {
  const built = buildNet(patterns) as unknown as { hooks: Record<string, object[]>; always: object[] };
  // buildNet parses the copies it was given in place and files them under hooks: recover their order.
  const order = new Map<object, number>();
  for (const entry of [...Object.values(built.hooks).flat(), ...built.always]) {
    const { ruleIndex, patternIndex } = entry as NetPattern;
    order.set(
      entry,
      patterns.findIndex((p) => p.ruleIndex === ruleIndex && p.patternIndex === patternIndex),
    );
  }
  const entries: object[] = patterns.map((p) => ({ ...p }));
  for (const [entry, i] of order) entries[i] = entry;
  const index = (list: object[]) => list.map((entry) => order.get(entry) as number);
  const file: SavedNet = {
    compromise: nlp.version,
    entries: entries as NetPattern[],
    hooks: Object.fromEntries(Object.entries(built.hooks).map(([hook, list]) => [hook, index(list)])),
    always: index(built.always),
  };
  return `${JSON.stringify(file, encode)}\n`;
}

/** The saved net, if it was compiled from exactly these patterns by this compromise. */
function savedNet(file: SavedNet, patterns: readonly NetPattern[]): Net | undefined {
  if (file.compromise !== nlp.version || file.entries.length !== patterns.length) return undefined;
  const same = patterns.every((p, i) => {
    const e = file.entries[i] as NetPattern;
    return e.match === p.match && e.ruleIndex === p.ruleIndex && e.patternIndex === p.patternIndex;
  });
  if (!same) return undefined;
  // A copy: decoding fills in Sets in place, and the net's entries must not be shared with the file.
  const entries = decode(structuredClone(file.entries)) as object[];
  const hooks: Record<string, object[]> = {};
  for (const [hook, list] of Object.entries(file.hooks)) hooks[hook] = list.map((i) => entries[i] as object);
  return { hooks, always: file.always.map((i) => entries[i] as object), isNet: true } as unknown as Net;
}

/** The rules' net: the saved one when it is current, else compiled now. */
export function compileNet(patterns: readonly NetPattern[], file: SavedNet = saved): Net {
  return savedNet(file, patterns) ?? buildNet(patterns);
}
