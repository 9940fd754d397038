/**
 * compromise/two (node_modules/compromise/src/two.js), assembled here so that its tagger's words are
 * loaded from lib/nlp/compromise-lexicon.json (npm run compromise:lexicon) instead of being computed
 * on every start: unpacking, conjugating and merging them is most of compromise's start-up. Everything
 * else is compromise's own modules, in its order; tests/lib/nlp/compromise-lexicon.test.ts checks the
 * result is compromise/two's exact model and that the file matches the installed compromise.
 *
 * Its tagger's match net is loaded the same way, from lib/nlp/tagger-net.json (npm run patterns:net).
 *
 * compromise keeps one world per process: import compromise/two and this module together and the
 * tagger runs twice. Only lib/nlp/ imports either.
 */
import nlp from 'compromise/one';
import trimDown from '../../node_modules/compromise/src/1-one/sweep/methods/sweep/02-trim-down.js';
import runMatch from '../../node_modules/compromise/src/1-one/sweep/methods/sweep/04-runMatch.js';
import contractionTwo from '../../node_modules/compromise/src/2-two/contraction-two/plugin.js';
import lazy from '../../node_modules/compromise/src/2-two/lazy/plugin.js';
import postTag from '../../node_modules/compromise/src/2-two/postTagger/plugin.js';
import compute from '../../node_modules/compromise/src/2-two/preTagger/compute/index.js';
import methods from '../../node_modules/compromise/src/2-two/preTagger/methods/index.js';
import clues from '../../node_modules/compromise/src/2-two/preTagger/model/clues/index.js';
import irregularPlurals from '../../node_modules/compromise/src/2-two/preTagger/model/irregulars/plurals.js';
import frozenLex from '../../node_modules/compromise/src/2-two/preTagger/model/lexicon/frozenLex.js';
import models from '../../node_modules/compromise/src/2-two/preTagger/model/models/index.js';
import orgWords from '../../node_modules/compromise/src/2-two/preTagger/model/orgWords.js';
import endsWith from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/endsWith.js';
import neighbours from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/neighbours.js';
import prefixPatterns from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/prefixes.js';
import suffixPatterns from '../../node_modules/compromise/src/2-two/preTagger/model/patterns/suffixes.js';
import placeWords from '../../node_modules/compromise/src/2-two/preTagger/model/placeWords.js';
import regexNormal from '../../node_modules/compromise/src/2-two/preTagger/model/regex/regex-normal.js';
import regexNumbers from '../../node_modules/compromise/src/2-two/preTagger/model/regex/regex-numbers.js';
import regexText from '../../node_modules/compromise/src/2-two/preTagger/model/regex/regex-text.js';
import tags from '../../node_modules/compromise/src/2-two/preTagger/tagSet/index.js';
import swap from '../../node_modules/compromise/src/2-two/swap/plugin.js';
import snapshot from './compromise-lexicon.json' with { type: 'json' };
import { loadNet, saveNet } from './saved-net.js';
import taggerNet from './tagger-net.json' with { type: 'json' };

/** Adds the packed words to `into` in the file's order, as compromise's plugin merge adds them. */
function unpack(into, { words, values }) {
  const list = words.split('\n');
  for (let i = 0; i < list.length; i++) {
    const value = snapshot.values[values.charCodeAt(i) - 48];
    into[list[i]] = Array.isArray(value) ? [...value] : value;
  }
}

let ready = false;
/** compromise's buildNet, and the tagger's own matches: set when compromise is set up. */
let compileNet;
let taggerMatches;

/**
 * Sets compromise/two up on first use, not when the module loads: a service worker woken for anything
 * but a message (a page's site state, the popup's switch) does not pay for a tagger it will not use.
 */
function setUp() {
  if (ready) return;
  if (snapshot.compromise !== nlp.version) {
    throw new Error(
      `lib/nlp/compromise-lexicon.json is from compromise ${snapshot.compromise}, not ${nlp.version}: run npm run compromise:lexicon.`,
    );
  }
  if (nlp.world().hooks.includes('preTagger')) {
    throw new Error(
      'compromise/two is already loaded: its tagger would run twice. Import lib/nlp/compromise-two.js only.',
    );
  }

  // preTagger/plugin.js with its model (preTagger/model/index.js) minus the computed words: the same
  // keys, so the merge lays the world out as compromise's does, then the words themselves, assigned as
  // the merge would assign them.
  nlp.plugin({
    compute,
    methods,
    model: {
      one: { _multiCache: {}, lexicon: {}, frozenLex },
      two: {
        irregularPlurals,
        models,
        suffixPatterns,
        prefixPatterns,
        endsWith,
        neighbours,
        regexNormal,
        regexText,
        regexNumbers,
        switches: {},
        clues,
        uncountable: {},
        orgWords,
        placeWords,
      },
    },
    tags,
    hooks: ['preTagger'],
  });
  const { model } = nlp.world();
  Object.assign(model.one._multiCache, snapshot.multiCache);
  unpack(model.one.lexicon, snapshot.lexicon);
  unpack(model.two.switches, snapshot.switches);
  unpack(model.two.uncountable, snapshot.uncountable);
  nlp.plugin(contractionTwo);
  nlp.plugin(postTag);
  nlp.plugin(lazy);
  nlp.plugin(swap);

  // compromise's tagger compiles its ~570 match rules into a net on the first parse (buildNet, about a
  // fifth of a cold start). The net is loaded from ./tagger-net.json instead (npm run patterns:net), when
  // it was compiled from these very matches by this compromise; any other net is compiled as before.
  const { methods: worldMethods } = nlp.world();
  compileNet = worldMethods.one.buildNet;
  taggerMatches = model.two.matches;
  worldMethods.one.buildNet = function buildNet(matches, world) {
    if (matches !== taggerMatches) return compileNet(matches, world);
    // compromise's compile parses the matches in place: it gets copies, so the world's stay as written.
    return (
      loadTaggerNet() ??
      compileNet(
        matches.map((m) => ({ ...m })),
        world,
      )
    );
  };
  worldMethods.one.bulkMatch = bulkMatch;
  ready = true;
}

/** For each net's hooks: every hook word's place in Object.keys(hooks), the order compromise reads them. */
const hookOrder = new WeakMap();

/**
 * compromise's sweep (1-one/sweep/methods/sweep/index.js) with one step done the other way round. Its
 * getHooks walks every hook word of the net for every sentence (730 for the tagger's net, as many for
 * the rules'), about a third of a short message's parse and most of a rules sweep. Here each sentence's
 * own cached words and tags are looked up instead, then put in the net's key order, so the list of
 * matches to try is the one compromise builds, in its order, with its first-match-wins de-duplication;
 * the rest is compromise's own steps. tests/lib/nlp/compromise-lexicon.test.ts checks the two agree.
 */
export function bulkMatch(document, net, methods, opts = {}) {
  const docCache = methods.one.cacheDoc(document);
  let order = hookOrder.get(net.hooks);
  if (!order) {
    order = new Map(Object.keys(net.hooks).map((k, i) => [k, i]));
    hookOrder.set(net.hooks, order);
  }
  let maybeList = docCache.map((have) => {
    const keys = [];
    for (const k of have) if (order.has(k)) keys.push(k);
    keys.sort((a, b) => order.get(a) - order.get(b));
    const seen = new Set();
    const maybe = [];
    for (const k of keys) {
      for (const m of net.hooks[k]) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        maybe.push(m);
      }
    }
    return maybe;
  });
  maybeList = trimDown(maybeList, docCache, document);
  if (net.always.length > 0) maybeList = maybeList.map((arr) => arr.concat(net.always));
  maybeList = maybeList.map((arr, i) => arr.filter((o) => document[i].length >= o.minWords));
  return runMatch(maybeList, document, docCache, methods, opts);
}

// A match's tag is a tag or a list of them.
const sameMatch = (saved, match) =>
  saved.match === match.match && String(saved.tag) === String(match.tag) && saved.reason === match.reason;

/** The tagger's net from ./tagger-net.json, or undefined when the file is not for these matches. */
export function loadTaggerNet() {
  setUp();
  return loadNet(taggerNet, taggerMatches, nlp.version, sameMatch);
}

/** The text of ./tagger-net.json for the installed compromise: its tagger's net, compiled now. */
export function saveTaggerNet() {
  setUp();
  return saveNet(taggerMatches, (copies) => compileNet(copies, nlp.world()), nlp.version);
}

/** compromise/two's nlp, set up on its first call or property read (every use goes through one). */
export default new Proxy(nlp, {
  apply(target, self, args) {
    setUp();
    return Reflect.apply(target, self, args);
  },
  get(target, key, receiver) {
    setUp();
    return Reflect.get(target, key, receiver);
  },
});
