/**
 * The gate every rewrite passes before anyone sees it (issue 12, part 2): the analyzer finds nothing
 * in it, compromise reads it as well-formed sentences, and it is not a near copy of one already kept.
 * A candidate that fails is dropped; each reason is counted, so `npm run review` can say how often.
 */
import { findFindings } from '../detect';
import { taggedSentences, verbBase } from '../nlp/adapter';

export type GateReason =
  | 'harsh'
  | 'agreement'
  | 'finite-after-to'
  | 'do-be'
  | 'no-verb'
  | 'fragment'
  | 'capital'
  | 'doubled'
  | 'number-split'
  | 'punctuation'
  | 'judgment'
  | 'length'
  | 'near-copy';

/** How many candidates each reason dropped since the last reset. */
export const gateRejections: Record<GateReason, number> = {
  harsh: 0,
  agreement: 0,
  'finite-after-to': 0,
  'do-be': 0,
  'no-verb': 0,
  fragment: 0,
  capital: 0,
  doubled: 0,
  'number-split': 0,
  punctuation: 0,
  judgment: 0,
  length: 0,
  'near-copy': 0,
};

export function resetGateRejections(): void {
  for (const key of Object.keys(gateRejections) as GateReason[]) gateRejections[key] = 0;
}

const SUBJECT = /^(i|you|we|they|he|she)$/i;
/** Words that follow "to you" in a sound sentence ("talking to you right now"). */
const AFTER_TO_YOU = new Set([
  'right',
  'now',
  'about',
  'for',
  'again',
  'too',
  'tonight',
  'today',
  'when',
  'if',
  'and',
  'properly',
  'calmly',
  'more',
  'sometimes',
  'later',
  'first',
  'soon',
  'like',
  'so',
  'but',
  'or',
  'all',
  'both',
]);
/** Feelings a rewrite names before "that" ("I'm upset that…"). */
const FEELINGS = new Set(
  'upset stressed hurt sad frustrated angry worried anxious lonely scared gutted disappointed'.split(' '),
);
/** Past forms that never follow "don't": "you don't forgot". */
const PAST_AFTER_DO =
  /\b(do|does|did)(n['’]t| not) (\w+ed|was|were|forgot|left|took|said|went|came|told|made|got|gave|had)\b/i;

/** Why `sentence` is not well-formed English, or undefined. Cheap text checks first, then compromise. */
export function grammarProblem(text: string): GateReason | undefined {
  return textProblem(text) ?? parsedProblem(taggedSentences(text).map((s) => s.terms));
}

type Terms = Array<{ text: string; tags: string[] }>;

/** The checks that need no parse. */
function textProblem(text: string): GateReason | undefined {
  if (text.length > 420) return 'length';
  if (/\b(\w+) \1\b/i.test(text)) return 'doubled';
  if (/\s[,.?!;:]|,,|\.\.|[,;:][.?!]|[.?!]{2}/.test(text)) return 'punctuation';
  if (/\bI feel (that|like) you\b/i.test(text)) return 'judgment';
  // "the 7 45", "at 7 . 45": a time or a number split apart.
  if (/\d[\s.]+\d/.test(text.replace(/\d[.:]\d/g, ''))) return 'number-split';
  if (/\b(do|does|did)(n['’]t| not) be\b/i.test(text)) return 'do-be';
  // "I feel hurt that it's.", "I'm upset that I'd.", "I'm, and I'm upset.", "upset about your.", "what
  // happened with the has…": a clause cut off after its auxiliary, article or possessive (rounds 2–7).
  if (
    /\b(it['’]s|that['’]s|I['’]d|we['’]d|you['’]d|I['’]m|we['’]re|you['’]re|and|or|the|a|an|of|is|are|your|my|our)[.?!]|(?<!\b(talk|listen|speak|turn|belong|look forward|reach out|used) )to[.?!]|\b(is|are|I['’]m|we['’]d|we['’]re|you['’]re|I['’]d|it['’]s|that['’]s|there['’]s|the|your|my|our),|\bthat (and|don['’]t)\b|\b(isn|aren|wasn|weren|doesn|don|won|can)['’]t,|\bwith (the|your|my|our|a|an) (has|is|was)\b/i.test(
      text,
    )
  )
    return 'fragment';
  // "competing with it's the headset", "hurt about my mum ain't", "when you don't do don't ask", "if you
  // did don't ask": a clause of the writer's pasted where a noun or a verb should be (review rounds 10 and
  // 11). Softer's own words never say "ain't".
  if (
    /\b(with|about|around|of) it['’]s\b|\bain['’]?t\b|\bdon['’]t \w+ don['’]t\b|\b(do|does|did|don['’]t|didn['’]t) (don['’]t|do not)\b/i.test(
      text,
    )
  )
    return 'fragment';
  if (/\blike (you|us|him|her) to (your|my|his|her|their|the) \w+ \w+s\b/i.test(text))
    return 'finite-after-to';
  // "I'd really like you to don't even think about…": a negated verb is finite (review round 13).
  if (/\bto (don['’]t|do not|doesn['’]t|didn['’]t|won['’]t|can['’]t)\b/i.test(text)) return 'finite-after-to';
  // "when you don't have paid the garage": "have" and a past participle after "don't" is no tense.
  if (
    /\b(don['’]t|doesn['’]t|didn['’]t|do not) have (\w+ed|paid|made|done|been|gone|got|had|said|told|taken|given|seen)\b/i.test(
      text,
    )
  )
    return 'agreement';
  // "I've been feeling hurt if she remembers us": a condition hung on a feeling that has already been.
  if (/\bbeen feeling \w+ if\b/i.test(text)) return 'fragment';
  if (PAST_AFTER_DO.test(text)) return 'agreement';
  if (/\b(you|we|they) (is|was|has|does(n['’]t)?)\b/i.test(text)) return 'agreement';
  if (/\bI (is|are|has|does(n['’]t)?)\b/.test(text)) return 'agreement';
  if (/\b(he|she|it) (are|were|have|do|don['’]t)\b/i.test(text)) return 'agreement';
  if (/\bi\b/.test(text)) return 'capital';
  // Every sentence starts with a capital.
  if (/^[^A-Z0-9"“‘']/.test(text.trim()) || /[.?!]\s+[a-z]/.test(text)) return 'capital';
  return undefined;
}

/** The checks on compromise's reading of each sentence. */
function parsedProblem(sentences: readonly Terms[]): GateReason | undefined {
  for (const terms of sentences) {
    const tags = terms.map((t) => new Set(t.tags));
    const words = terms.map((t) => t.text.toLowerCase().replace(/[^\p{L}\p{N}'’]/gu, ''));
    // "I feel upset that we.", "I feel upset that forty quid of brisket in the bin.": a "that" after a
    // feeling opens a clause, and a clause has a verb (review rounds 7, 11 and 12 graded these broken).
    const that = words.findIndex((w, i) => w === 'that' && FEELINGS.has(words[i - 1] ?? ''));
    if (that >= 0 && !tags.slice(that + 1).some((t) => t.has('Verb'))) return 'fragment';
    // "I'm stressed about the car insurance went up £400": after "about", a noun phrase, not a clause.
    const about = words.findIndex((w, i) => w === 'about' && FEELINGS.has(words[i - 1] ?? ''));
    if (about >= 0) {
      let k = about + 1;
      let noun = false;
      while (k < terms.length && !(tags[k] as Set<string>).has('Pronoun')) {
        const t = tags[k] as Set<string>;
        if (t.has('Determiner') || t.has('Adjective') || (t.has('Noun') && !t.has('Verb'))) {
          noun ||= t.has('Noun');
          if (/[,.;:?!]$/.test(terms[k]?.text ?? '')) break;
          k++;
          continue;
        }
        if (
          noun &&
          (t.has('Copula') ||
            t.has('Modal') ||
            ['went', 'came', 'did', 'has', 'had'].includes(words[k] ?? ''))
        )
          return 'fragment';
        break;
      }
    }
    // "I'm upset that you working a whole four hours": a subject and a bare "-ing" form is no clause.
    for (let i = 0; i + 2 < terms.length; i++)
      if (
        ['that', 'when', 'if'].includes(words[i] ?? '') &&
        ['you', 'he', 'she', 'they', 'we', 'i'].includes(words[i + 1] ?? '') &&
        tags[i + 2]?.has('Gerund')
      )
        return 'agreement';
    // "like you to you call": a finite clause after "to".
    for (let i = 0; i + 2 < terms.length; i++) {
      if (words[i] !== 'to' || !SUBJECT.test(words[i + 1] ?? '')) continue;
      const next = tags[i + 2] as Set<string>;
      if (
        next.has('Verb') &&
        !next.has('Gerund') &&
        !next.has('Adverb') &&
        !next.has('Adjective') &&
        !AFTER_TO_YOU.has(words[i + 2] ?? '')
      )
        return 'finite-after-to';
    }
    // "I'd really like you to when you get back…", "…like you to looking for work": after "like you
    // to" and "like us to" comes a verb in its base form.
    for (let i = 2; i + 1 < terms.length; i++) {
      if (words[i] !== 'to' || !['you', 'us'].includes(words[i - 1] ?? '') || words[i - 2] !== 'like')
        continue;
      let k = i + 1;
      while (k < terms.length && ['really', 'just', 'please', 'both', 'all'].includes(words[k] ?? '')) k++;
      const next = tags[k];
      // …and in its base form: "like you to dishes done" reads "dishes" as a verb in the third person.
      const base = next?.has('Verb') && (next.has('Infinitive') || !/[^s]s$/.test(words[k] ?? ''));
      if (next && (!base || next.has('Gerund') || next.has('Modal'))) return 'no-verb';
    }
    // "I'd really like it if the counsellor on Tuesday.": a clause after "if" needs its verb.
    for (let i = 0; i < terms.length; i++) {
      if (words[i] !== 'if' || words[i - 1] === 'as' || words[i - 1] === 'what') continue;
      let verb = false;
      for (let k = i + 1; k < terms.length; k++) {
        const t = tags[k] as Set<string>;
        if (t.has('Verb') && !t.has('Gerund')) {
          verb = true;
          break;
        }
        if (/[,.;:?!]$/.test(terms[k]?.text ?? '')) break;
      }
      if (!verb) return 'fragment';
    }
    // "when you don't forgets": the verb after "don't"/"doesn't"/"didn't" is a base form.
    for (let i = 0; i + 1 < terms.length; i++) {
      if (!/^(don['’]?t|doesn['’]?t|didn['’]?t)$/.test(words[i] ?? '')) continue;
      let k = i + 1;
      // compromise splits "don't" into "do" and a silent "not".
      while (
        k < terms.length &&
        ((tags[k] as Set<string>).has('Adverb') ||
          ((tags[k] as Set<string>).has('Negative') && words[k] === ''))
      )
        k++;
      const verb = words[k] ?? '';
      // "when you don't a reason to stay": a determiner where the verb should be (only that: compromise
      // reads many verbs as nouns, "didn't sulk").
      // ("…if you didn't." ends the clause; "why don't you" asks.)
      const after = tags[k];
      if (
        after &&
        !/[,.;:!?]$/.test(terms[i]?.text ?? '') &&
        ((!after.has('Verb') && (after.has('Determiner') || after.has('Possessive'))) || after.has('Modal'))
      )
        return 'no-verb';
      if (
        verb.endsWith('s') &&
        !verb.endsWith('ss') &&
        (tags[k] as Set<string>).has('Verb') &&
        verbBase(verb) !== verb
      )
        return 'agreement';
    }
    // A sentence needs a verb with a subject before it, or must open as a question or a request.
    const first = tags[0];
    if (!first) continue;
    const opensQuestion =
      first.has('Modal') || first.has('Auxiliary') || first.has('Copula') || first.has('QuestionWord');
    const imperative = first.has('Infinitive') || words[0] === 'let' || words[0] === 'give';
    let subject = false;
    let ok = false;
    for (let i = 0; i < terms.length; i++) {
      const t = tags[i] as Set<string>;
      if (t.has('Pronoun') && !t.has('Possessive')) subject = true;
      else if (t.has('Noun') && !t.has('Possessive')) subject = true;
      else if (t.has('Verb') && !t.has('Gerund') && subject) {
        ok = true;
        break;
      }
    }
    if (!ok && !opensQuestion && !imperative) return 'fragment';
  }
  return undefined;
}

/** Words of a candidate, for comparing near copies. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
}

/** Two candidates that share nearly all their words are one suggestion, not two. */
export function nearCopy(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size)) >= 0.85;
}

/** Verdicts already reached: frames recur across messages and keystrokes. */
const verdicts = new Map<string, GateReason | null>();
const VERDICT_LIMIT = 2000;

/** Forgets every verdict (benchmarks measure from scratch). */
export function clearGateVerdicts(): void {
  verdicts.clear();
}

/** Why the analyzer or compromise rejects `text`, or undefined when it may be shown. */
export function gateProblem(text: string): GateReason | undefined {
  const known = verdicts.get(text);
  if (known !== undefined) return known ?? undefined;
  let problem = grammarProblem(text);
  if (!problem) {
    try {
      if (findFindings(text).length > 0) problem = 'harsh';
    } catch {
      problem = 'harsh';
    }
  }
  verdicts.set(text, problem ?? null);
  if (verdicts.size > VERDICT_LIMIT) verdicts.delete(verdicts.keys().next().value as string);
  return problem;
}

/** How many candidates are read in one parse: most findings need three that pass, a few more. */
const BATCH = 4;

function harsh(text: string): boolean {
  try {
    return findFindings(text).length > 0;
  } catch {
    return true;
  }
}

/**
 * Verdicts for candidates not seen before: their grammar read together, in one compromise parse (a blank
 * line apart), which costs far less than one parse per candidate; the analyzer then reads each alone.
 */
function judge(texts: readonly string[]): void {
  const fresh = texts.filter((t) => !verdicts.has(t));
  const parseable: string[] = [];
  for (const t of fresh) {
    const problem = textProblem(t);
    if (problem) verdicts.set(t, problem);
    else parseable.push(t);
  }
  if (parseable.length === 0) return;
  const starts: number[] = [];
  let joined = '';
  for (const t of parseable) {
    starts.push(joined.length);
    joined += `${t}\n\n`;
  }
  const owner = (offset: number) => {
    let k = starts.length - 1;
    while (k > 0 && (starts[k] as number) > offset) k--;
    return k;
  };
  const sentences: Terms[][] = parseable.map(() => []);
  for (const s of taggedSentences(joined)) sentences[owner(s.start)]?.push(s.terms);
  // The analyzer reads each candidate alone: it weighs a sentence by the message around it, so a harsh
  // candidate beside gentle ones could pass unseen.
  parseable.forEach((t, k) => {
    verdicts.set(t, parsedProblem(sentences[k] ?? []) ?? (harsh(t) ? 'harsh' : null));
  });
  while (verdicts.size > VERDICT_LIMIT) verdicts.delete(verdicts.keys().next().value as string);
}

/**
 * The first `max` candidates that pass, in order; rejections are counted. `skip` leaves a candidate out
 * without counting it (one that opens like a kept one).
 */
export function gate(
  candidates: readonly string[],
  max: number,
  skip: (kept: readonly string[], next: string) => boolean = () => false,
): string[] {
  const kept: string[] = [];
  for (const candidate of candidates) {
    if (kept.length >= max) break;
    if (kept.length > 0 && skip(kept, candidate)) continue;
    if (kept.some((k) => k === candidate || nearCopy(k, candidate))) {
      gateRejections['near-copy']++;
      continue;
    }
    if (!verdicts.has(candidate)) {
      const at = candidates.indexOf(candidate);
      judge(candidates.slice(at, at + BATCH).filter((c) => !kept.includes(c)));
    }
    const problem = gateProblem(candidate);
    if (problem) {
      gateRejections[problem]++;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}
