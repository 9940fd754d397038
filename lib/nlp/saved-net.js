/**
 * A compromise match net as JSON, for the two nets the engine would otherwise compile at start: the
 * rules' patterns (./net.ts, ./pattern-net.json) and compromise's own tagger matches
 * (./compromise-two.js, ./tagger-net.json). Both files are written by npm run patterns:net.
 *
 * compromise's buildNet parses each match into terms in place and files the parsed objects under the
 * words and tags they need. The file keeps every parsed entry in input order and each hook as entry
 * indices. Parsed terms hold Sets (a fast "or") and may hold RegExps: JSON gets them as tagged objects.
 *
 * Plain JavaScript, because ./compromise-two.js imports it and must load in plain Node (its test does).
 */

function isPlain(value) {
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

function encode(_key, value) {
  if (value instanceof Set) return { $set: [...value] };
  if (value instanceof RegExp) return { $re: [value.source, value.flags] };
  if (typeof value === 'function' || (value && typeof value === 'object' && !isPlain(value)))
    throw new Error(`A compiled match holds a ${String(value?.constructor?.name)}: the net cannot be saved.`);
  return value;
}

/** Fresh objects from the file's: the file itself is never changed, so it can be loaded again. */
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value.$set)) return new Set(value.$set);
  if (Array.isArray(value.$re)) return new RegExp(value.$re[0], value.$re[1]);
  const out = {};
  for (const key of Object.keys(value)) out[key] = decode(value[key]);
  return out;
}

/**
 * The file's text for `matches`, compiled now by `buildNet` (compromise's, which parses in place).
 * `version` is compromise's: a file from another compromise is never loaded.
 */
export function saveNet(matches, buildNet, version) {
  const copies = matches.map((m) => ({ ...m }));
  const built = buildNet(copies);
  const order = new Map(copies.map((entry, i) => [entry, i]));
  const index = (list) =>
    list.map((entry) => {
      const i = order.get(entry);
      if (i === undefined) throw new Error('buildNet filed an entry it was not given.');
      return i;
    });
  const file = {
    compromise: version,
    entries: copies,
    hooks: Object.fromEntries(Object.entries(built.hooks).map(([hook, list]) => [hook, index(list)])),
    always: index(built.always),
  };
  return `${JSON.stringify(file, encode)}\n`;
}

/**
 * The saved net, if the file was compiled by this compromise from these very matches (`same` compares
 * one saved entry with the match it was compiled from); else undefined.
 */
export function loadNet(file, matches, version, same) {
  if (file.compromise !== version || file.entries.length !== matches.length) return undefined;
  for (let i = 0; i < matches.length; i++) if (!same(file.entries[i], matches[i])) return undefined;
  const entries = decode(file.entries);
  const hooks = {};
  for (const [hook, list] of Object.entries(file.hooks)) hooks[hook] = list.map((i) => entries[i]);
  return { hooks, always: file.always.map((i) => entries[i]) };
}
