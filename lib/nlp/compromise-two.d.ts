/** compromise/two, with its tagger's words loaded from a snapshot (./compromise-two.js). */
import nlp from 'compromise/two';

export default nlp;

/** The text of lib/nlp/tagger-net.json for the installed compromise (npm run patterns:net). */
export function saveTaggerNet(): string;

/** The tagger's net from lib/nlp/tagger-net.json, or undefined when the file is not for this compromise. */
export function loadTaggerNet(): object | undefined;

/** compromise's sweep of a net over parsed sentences, finding each sentence's hooks faster. */
export function bulkMatch(
  document: unknown[],
  net: object,
  methods: unknown,
  opts?: { matchOne?: boolean },
): Array<{ match: string; pointer: number[] }>;
