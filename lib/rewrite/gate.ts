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
/** Verbs whose base form is also their past ("don't put"), and "been"/"had" after a modal ("could have"). */
const SAME_PAST = new Set(
  'put cut let set hit read hurt cost shut quit spread bet burst cast beat been had'.split(' '),
);
/** Nouns that stand with no article ("talk about money", "with work"), and what family call each other. */
const MASS = new Set(
  `work dinner lunch breakfast tea coffee football sex housework rent time therapy counselling counseling
  drinking gambling food sleep school church bed home family love trust money stuff everything nothing
  something anything alcohol respect space help support childcare maths music homework email christmas
  college uni university marriage intimacy spending debt travel traffic parking shopping cleaning laundry
  washing cooking tidying mum mom dad nan gran grandma grandad mama papa mummy daddy ma pa mam mammy
  bedtime dinnertime teatime rehab parenting dating porn weed cash credit tv telly netflix golf fishing
  gaming cricket rugby church mass sunday work-life life death grief pain health fitness weight money-wise
  budgeting custody access visitation overtime payday paperwork admin jealousy anger honesty privacy
  communication`.split(/\s+/),
);
const NOTHING: ReadonlySet<string> = new Set();
/** "don't", "doesn't", "didn't", as the gate reads them (apostrophe optional). */
const DO_NOT = /^(don['’]?t|doesn['’]?t|didn['’]?t)$/;
/** Words between an auxiliary and its verb besides adverbs: "could you visited", "didn't truly meant". */
const BEFORE_GOVERNED: ReadonlySet<string> = new Set(
  'not you we i they he she it really truly just even'.split(' '),
);
/** Words that open a clause: its subject and then its verb follow. */
const SUBORDINATORS = new Set(
  'when if that while because before after until unless since whenever once though although'.split(' '),
);
/**
 * Verbs after which a clause may follow with no "that" ("I know you're busy", "I hope we can"), and
 * verbs that take a subject and a bare verb ("let you know", "help us find").
 */
const THAT_LESS = new Set(
  'like as forget remember complain admit pretend decide agree know think hope feel guess say said wish believe mean realise realize notice suppose bet swear promise reckon understand see worry tell told ask asked let make help have watch hear find sure glad sorry afraid'.split(
    ' ',
  ),
);
/** Feelings a rewrite names before "that" ("I'm upset that…"). */
const FEELINGS = new Set(
  'upset stressed hurt sad frustrated angry worried anxious lonely scared gutted disappointed'.split(' '),
);
/** Past forms that never follow "don't": "you don't forgot". */
const PAST_AFTER_DO =
  /\b(do|does|did)(n['’]t| not) (\w+ed|was|were|forgot|left|took|said|went|came|told|made|got|gave|had)\b/i;

/** Why `sentence` is not well-formed English, or undefined. Cheap text checks first, then compromise. */
/** Subjects that take a verb in "-s": "if that helps", "if it works". */
const SINGULAR_SUBJECTS = new Set(['that', 'this', 'it', 'he', 'she', 'everything', 'nothing', 'something']);

export function grammarProblem(text: string): GateReason | undefined {
  return textProblem(text) ?? parsedProblem(taggedSentences(text).map((s) => s.terms));
}

type Terms = Array<{ text: string; tags: string[]; post?: string }>;

/** The checks that need no parse. */
function textProblem(text: string): GateReason | undefined {
  if (text.length > 420) return 'length';
  if (/\b(\w+) \1\b/i.test(text)) return 'doubled';
  if (/\s[,.?!;:]|,,|\.\.|[,;:][.?!]|[.?!]{2}/.test(text)) return 'punctuation';
  // "The basement is a, and I'm feeling upset": an article with its noun cut away (review round 67).
  // ("7 a.m." is a time.)
  if (/\b(?:a|an|the) ?(?:[,;:?!]|\.(?!m\.)|and |but )/.test(text)) return 'fragment';
  if (/\bI feel (that|like) you\b/i.test(text)) return 'judgment';
  // "If you actually cared, I feel alone…": a test of the partner's love kept from the original
  // (review round 29).
  if (
    /\bif you (actually |really |even |truly )?(cared|care about me|loved me|love me|respected me)\b/i.test(
      text,
    )
  )
    return 'judgment';
  // "the 7 45", "at 7 . 45": a time or a number split apart.
  if (/\d[\s.]+\d/.test(text.replace(/\d[.:]\d/g, ''))) return 'number-split';
  if (/\b(do|does|did)(n['’]t| not) be\b/i.test(text)) return 'do-be';
  // "I'd really rather you didn't haven't called by Monday": a negated auxiliary after another (review
  // round 50), however the builder came to it.
  if (
    /\b(didn['’]t|don['’]t|doesn['’]t|won['’]t|wouldn['’]t|to) (haven['’]t|hasn['’]t|hadn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|can['’]t|couldn['’]t)\b/i.test(
      text,
    )
  )
    return 'agreement';
  // "I feel hurt that it's.", "I'm upset that I'd.", "I'm, and I'm upset.", "upset about your.", "what
  // happened with the has…": a clause cut off after its auxiliary, article or possessive (rounds 2–7).
  if (
    /\b(it['’]s|that['’]s|I['’]d|we['’]d|you['’]d|I['’]m|we['’]re|you['’]re|and|or|the|a|an|of|is|are|your|my|our)[.?!]|(?<!\b(talk|listen|speak|turn|belong|look forward|reach out|used) )to[.?!]|\b(is|are|I['’]m|we['’]d|we['’]re|you['’]re|I['’]d|it['’]s|that['’]s|there['’]s|the|your|my|our),|\bthat (and|don['’]t)\b|\b(isn|aren|wasn|weren|doesn|don|won|can)['’]t,|\bwith (the|your|my|our|a|an) (has|is|was)\b/i.test(
      text,
    )
  )
    return 'fragment';
  // "anxious when you would be late to your own funeral": a hypothetical is no habit to be hurt by (review
  // round 68, from "you'd be late to your own funeral"); "when you would rather…" is a wish.
  if (/\bwhen (you|he|she|they) would (?!rather|prefer|sooner)/i.test(text)) return 'fragment';
  // "…not just because you wants me to cook": the writer's own agreement slip, kept in Softer's sentence
  // (the regrade of review round 27).
  if (/\byou (wants|needs|likes|says|thinks|goes|does|has|makes|takes|gets|comes)\b/i.test(text))
    return 'agreement';
  // "I feel hurt when you will be.": a modal's "be" with nothing after it, the end of "…and you always will
  // be" (review round 68).
  if (/\b(will|would|can|could|should|must|might|shall|won['’]t|wouldn['’]t) be[.?!,]/i.test(text))
    return 'fragment';
  // "competing with it's the headset", "hurt about my mum ain't", "when you don't do don't ask", "if you
  // did don't ask": a clause of the writer's pasted where a noun or a verb should be (review rounds 10 and
  // 11). Softer's own words never say "ain't".
  // "you didn't no send the school fees": a second negative the writer's dialect puts before the verb
  // (review round 20) inverts the request. "I'd really like you to have until the end of the month…": a
  // deadline is no wish.
  if (
    /\b(with|about|around|of) it['’]s\b|\bain['’]?t\b|\b(like|rather) you (to |didn['’]t )?have until\b|\bdon['’]t \w+ don['’]t\b|\b(do|does|did|don['’]t|didn['’]t) (don['’]t|do not)\b|\b(don['’]t|didn['’]t|doesn['’]t|not) (no|nuh|nah|neva|never)\b/i.test(
      text,
    )
  )
    return 'fragment';
  // "talk about how we're tonight", "…and it's later when we are both calm": a clause cut after its verb
  // and run into Softer's time (the regrade of review rounds 4 and 5).
  if (
    /\b(it|we|you|they|he|she|that)['’](s|re) (later|tonight|tomorrow|this evening|at the weekend)\b/i.test(
      text,
    )
  )
    return 'fragment';
  // "if you didn't you who forgets to pay the wifi": a subject and its "don't" need their verb, not a
  // second pronoun (the fourth regrade).
  if (
    /\b(you|I|we|they|he|she) (don['’]t|didn['’]t|doesn['’]t) (you|I|we|they|he|she|me|him|us|them)\b/.test(
      text,
    )
  )
    return 'no-verb';
  // "hard for me when you six times straight to voicemail": a count where the verb should be, from the
  // writer's own "Called you six times" (the sixty-first session's flag examples).
  if (
    /\b((when|if|that|because|how|until|while) (you|he|she|they|we|I)|didn['’]t|don['’]t|doesn['’]t|did not|do not) (\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|several|many) (times?|days?|hours?|weeks?|minutes?|months?)\b/i.test(
      text,
    )
  )
    return 'no-verb';
  // "It hurt when you've got a drinking problem": a past feeling hung on a present perfect (the third
  // regrade).
  if (/\bhurt when (you|he|she|they|we)['’]ve\b/i.test(text)) return 'agreement';
  // "when you're not back me up": a verb with its object after "are" is no state (the twentieth
  // session's regrade, seven rounds).
  if (
    /\b(you['’]re|you are|they['’]re|we['’]re)( not)? (back|let|help|tell|ask|call|text|ring|take|give|show|leave|support|stand) (me|us|him|her|them)\b/i.test(
      text,
    )
  )
    return 'agreement';
  // "I'm hurt that if the dog chews one more shoe.": a condition pasted where what happened belongs, its
  // main clause left behind in the threat (review round 24, item 245).
  if (
    /\b(hurt|upset|sad|angry|stressed|worried|frustrated|sorry) that (if|unless|when|whenever)\b[^,.?!]*[.?!]|\b(that|how) (if|unless)\b[^,.?!]*[.?!]/i.test(
      text,
    )
  )
    return 'fragment';
  // "I'd really rather you didn't say.": a verb of saying, giving or putting cut from its object, when
  // the writer's quote was taken out (review round 48, item 18: "if you say 'I'll fix it tomorrow'…").
  if (
    /\b((didn['’]t|don['’]t|doesn['’]t) (say|tell|mention|give|bring|put)|(when|if) you (say|tell|mention))\s*[.?!;,]/i.test(
      text,
    )
  )
    return 'fragment';
  // "I'd really rather you didn't move to Leeds with me or not": a choice left in a wish.
  if (/\b(didn['’]t|like (you|us) to)\b[^.?!]* or not[.?!]/i.test(text)) return 'fragment';
  // "rather you didn't not come", copied from "if you not come" (review round 16).
  if (/\b(do|does|did)(n['’]t| not) not\b/i.test(text)) return 'fragment';
  // "It would mean a lot to me if you didn't say nothing": a double negative copied from "you say
  // nothing, as usual" (review round 44).
  if (
    /\b(didn['’]t|don['’]t|doesn['’]t|did not|do not|never) (\w+ ){0,2}(nothing|nobody|no one|nowhere)\b/i.test(
      text,
    )
  )
    return 'fragment';
  // "It would mean a lot to me if you finished anything": a sweep's "anything" kept in a wish turned
  // positive asks for any one thing at all (the fifty-sixth session's regrade; the retrained scorer no
  // longer dropped it as harsh). "…when you don't finish anything" keeps its "not".
  if (
    /\bif you (?!didn['’]t|don['’]t|did not|do not|never|weren['’]t|wasn['’]t)\w+ (anything|anyone|anybody)\b/i.test(
      text,
    )
  )
    return 'fragment';
  // "I'd really rather you didn't choose not to attend": a double negative (review round 33), and with the
  // verb's object between ("if you didn't find reason not to come", review round 66, item 42).
  if (/\b(didn['’]t|don['’]t|did not|do not) (\w+ ){1,3}not to\b/i.test(text)) return 'fragment';
  // The words the normaliser gives emoji ("eyeroll", "clap") are never Softer's (review round 33).
  if (/\b(eyeroll|clap)\b/i.test(text)) return 'fragment';
  // "I'd really like us to need couples therapy": a wish is for an act, not a state.
  if (/\blike (you|us) to (need|must|have got)\b/i.test(text)) return 'no-verb';
  if (/\blike (you|us|him|her) to (your|my|his|her|their|the) \w+ \w+s\b/i.test(text))
    return 'finite-after-to';
  // "I'd really like you to are coming": a verb of being or having after "to" is finite.
  if (/\bto (are|is|was|were|am|has|does)\b/i.test(text)) return 'finite-after-to';
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
  // "I've been feeling hurt when you don't have, and…": "you never had" cut from the verb it stood for
  // (review round 29).
  if (/\b(don['’]t|didn['’]t|doesn['’]t) (have|do)\s*[,.;!?]/i.test(text)) return 'fragment';
  // "when you miss familys dinner": a plural of a consonant and "y" is "-ies" (review round 29). Names
  // keep theirs ("Rhys", "Cerys", "the Murphys").
  if (/\b[a-z]*[b-df-hj-np-tv-z]ys\b|\b(Januarys|Februarys)\b/.test(text)) return 'agreement';
  // "when you forget it last month", "if you didn't forget it last month": a present verb, or a wish, in a
  // clause about a time gone by (review round 29).
  if (
    /\b(when|if|that|rather) (you|we|they) ((didn['’]t|don['’]t|do not|did not|\w+) )?(forget|miss|leave|say|tell|do|go|come|spend|make|take|lose|break|ignore|skip|cancel|book|invite|shout|walk|storm|hang)( \w+){0,4} (?<!\b(like|as|than) )(last (night|week|weekend|month|year|time|christmas|summer)|yesterday|ago)\b/i.test(
      text,
    )
  )
    return 'agreement';
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
    /**
     * Where the verb an auxiliary governs stands, from `from`: past adverbs, compromise's silent "not"
     * (it splits "don't" into "do" and an empty "not"), and the words of `also`.
     */
    const governed = (from: number, also: ReadonlySet<string> = NOTHING) => {
      let k = from;
      while (
        k < terms.length &&
        ((tags[k] as Set<string>).has('Adverb') ||
          ((tags[k] as Set<string>).has('Negative') && words[k] === '') ||
          also.has(words[k] ?? ''))
      )
        k++;
      return k;
    };
    // "I feel upset that we.", "I feel upset that forty quid of brisket in the bin.": a "that" after a
    // feeling opens a clause, and a clause has a verb (review rounds 7, 11 and 12 graded these broken).
    const that = words.findIndex((w, i) => w === 'that' && FEELINGS.has(words[i - 1] ?? ''));
    if (that >= 0 && !tags.slice(that + 1).some((t) => t.has('Verb'))) return 'fragment';
    // "I've been feeling lonely when you and those okes from work.": "you and" someone is a subject, and
    // its clause needs a verb before it ends (review round 49, item 205).
    const both = words.findIndex((w, i) => w === 'when' && words[i + 1] === 'you' && words[i + 2] === 'and');
    if (both >= 0) {
      let k = both + 3;
      while (
        k < terms.length &&
        !(tags[k] as Set<string>).has('Verb') &&
        !/[,.;:?!]/.test(terms[k]?.post ?? '')
      )
        k++;
      if (k >= terms.length || !(tags[k] as Set<string>).has('Verb')) return 'no-verb';
    }
    // "I'm stressed about the car insurance went up £400", "what went wrong with the dog flinches now",
    // "talk about the car payment bounced": where Softer names a topic comes a noun phrase, not a clause.
    for (let at = 0; at < terms.length; at++) {
      const lead = words[at - 1] ?? '';
      const opens =
        (words[at] === 'about' && (FEELINGS.has(lead) || lead === 'talk' || lead === 'talking')) ||
        (words[at] === 'with' && ['wrong', 'happened', 'on'].includes(lead));
      if (!opens) continue;
      let k = at + 1;
      let noun = false;
      // A possessive opens the noun phrase ("about your dad…"); any other pronoun ends the search.
      const possessive = (t: Set<string>) => t.has('Possessive') && t.has('Pronoun');
      while (
        k < terms.length &&
        (!(tags[k] as Set<string>).has('Pronoun') || possessive(tags[k] as Set<string>))
      ) {
        const t = tags[k] as Set<string>;
        // "my sister's wedding photos": compromise reads the possessive's "'s" as a silent "is" before a
        // gerund; it is the owner's mark, and the phrase goes on (review round 32).
        const next = tags[k + 1];
        if (
          t.has('Copula') &&
          (terms[k]?.text ?? '') === '' &&
          /['’]s$/.test(terms[k - 1]?.text ?? '') &&
          next !== undefined &&
          (next.has('Gerund') || next.has('Noun')) &&
          !next.has('Determiner') &&
          !terms[k - 1]?.post
        ) {
          k++;
          continue;
        }
        // "the whole of Kondele": "of" inside the noun phrase.
        const inside = words[k] === 'of' && !terms[k - 1]?.post;
        if (
          inside ||
          possessive(t) ||
          t.has('Determiner') ||
          t.has('Adjective') ||
          (t.has('Noun') && !t.has('Verb'))
        ) {
          noun ||= t.has('Noun');
          if (terms[k]?.post) break;
          k++;
          continue;
        }
        // ("What happened with the deposit has left me upset" is Softer's own sound frame.)
        const frame = words[at] === 'with' && ['has', 'had'].includes(words[k] ?? '');
        // "talk about is she", "upset about come": a verb where the noun phrase should start.
        if (
          k === at + 1 &&
          t.has('Verb') &&
          !t.has('Gerund') &&
          !t.has('Noun') &&
          (t.has('Copula') ||
            t.has('Modal') ||
            t.has('Auxiliary') ||
            t.has('PresentTense') ||
            t.has('PastTense'))
        )
          return 'fragment';
        if (
          noun &&
          !frame &&
          (t.has('Copula') ||
            t.has('Modal') ||
            t.has('Auxiliary') ||
            (t.has('PastTense') && !t.has('Participle')) ||
            // "…about the whole of Kondele knows": a verb in the present, "-s" and all; "…about the kids
            // think it's ok", "…about your dad insult me" (review round 30): a plural's or a bare one.
            (t.has('PresentTense') && !t.has('Infinitive') && /[^s]s$/.test(words[k] ?? '')) ||
            (t.has('PresentTense') && !t.has('Gerund') && !t.has('Noun') && !t.has('Adjective')) ||
            ['went', 'came', 'did', 'has', 'had'].includes(words[k] ?? ''))
        )
          return 'fragment';
        break;
      }
    }
    // "talk properly about session", "something needs to change for me with kid": a count noun with no
    // article is no topic (review rounds 8–15 graded 9 such rewrites broken). Mass nouns, names and what
    // family call each other stand alone ("about money", "with mum").
    for (let at = 0; at + 1 < terms.length; at++) {
      if (!['about', 'with', 'over', 'around'].includes(words[at] ?? '') || terms[at]?.post) continue;
      const t = tags[at + 1] as Set<string>;
      const word = words[at + 1] ?? '';
      const after = tags[at + 2];
      if (
        t.has('Singular') &&
        !t.has('ProperNoun') &&
        !t.has('Uncountable') &&
        !t.has('Pronoun') &&
        !MASS.has(word) &&
        !['right', 'last', 'next', 'half', 'insta', 'instagram', 'facebook', 'tiktok', 'baby'].includes(
          word,
        ) &&
        /^\p{Ll}/u.test(terms[at + 1]?.text ?? '') &&
        (!after || terms[at + 1]?.post || !(after.has('Noun') || after.has('Possessive')))
      )
        return 'fragment';
    }
    // "talk properly about that couples": "this" or "that" before a plural that ends its phrase (the
    // sixth regrade).
    for (let i = 0; i + 1 < terms.length; i++) {
      if (!['this', 'that'].includes(words[i] ?? '') || !tags[i]?.has('Determiner')) continue;
      // "if that helps": after a conjunction "that" is a subject and "helps" its verb.
      if (['if', 'when', 'because', 'unless', 'whether'].includes(words[i - 1] ?? '')) continue;
      const noun = words[i + 1] ?? '';
      if (
        tags[i + 1]?.has('Plural') &&
        /[^s]s$/.test(noun) &&
        !['news', 'series', 'means', 'species', 'whereabouts', 'lyrics', 'maths', 'physics'].includes(noun) &&
        (i + 2 >= terms.length ||
          terms[i + 1]?.post ||
          ['tomorrow', 'tonight', 'today', 'later', 'at', 'this', 'again', 'when'].includes(
            words[i + 2] ?? '',
          ))
      )
        return 'agreement';
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
    // The same after "want you to" and "need you to": "I really don't want you to fishing with Travis"
    // (review round 29).
    for (let i = 2; i + 1 < terms.length; i++) {
      if (
        words[i] !== 'to' ||
        !['you', 'us'].includes(words[i - 1] ?? '') ||
        !['like', 'want', 'need'].includes(words[i - 2] ?? '')
      )
        continue;
      let k = i + 1;
      while (k < terms.length && ['really', 'just', 'please', 'both', 'all'].includes(words[k] ?? '')) k++;
      const next = tags[k];
      // …and in its base form: "like you to dishes done" reads "dishes" as a verb in the third person.
      // "like you to made us miss…": a past form is no base form either (review round 16).
      const base =
        next?.has('Verb') &&
        (next.has('Infinitive') ||
          (!/[^s]s$/.test(words[k] ?? '') && !(next.has('PastTense') && !SAME_PAST.has(words[k] ?? ''))));
      if (next && (!base || next.has('Gerund') || next.has('Modal'))) return 'no-verb';
    }
    // "I'd really like it if the counsellor on Tuesday.", "I feel overwhelmed when the neighbors, and…": a
    // clause after "if" or "when" needs its verb before the clause ends (review rounds 13 and 16).
    for (let i = 0; i < terms.length; i++) {
      if (words[i] !== 'if' && words[i] !== 'when') continue;
      if (['as', 'what', 'even', 'only'].includes(words[i - 1] ?? '') || terms[i]?.post) continue;
      // Where the sentence ends first, compromise may have read its last verb as a noun ("when your
      // shift changes."): only a clause closed by a comma or a semicolon is judged.
      let verb = false;
      let closed = false;
      for (let k = i + 1; k < terms.length; k++) {
        const t = tags[k] as Set<string>;
        // "if that helps.": compromise reads a verb after a singular subject as a plural noun.
        if (
          (t.has('Verb') && !t.has('Gerund')) ||
          (t.has('Plural') && SINGULAR_SUBJECTS.has(words[k - 1] ?? '') && k === i + 2)
        ) {
          verb = true;
          break;
        }
        if (terms[k]?.post) {
          closed = /^[,;]/.test(terms[k]?.post ?? '');
          break;
        }
      }
      if (!verb && (closed || words[i] === 'if')) return 'fragment';
    }
    // "when you money from Kuwait", "when you late again": after "when you" or "if you" comes its verb
    // (or an adverb before it), never a bare noun or adjective (review round 32's regrade).
    for (let i = 0; i + 2 < terms.length; i++) {
      if (
        !['when', 'whenever', 'if'].includes(words[i] ?? '') ||
        words[i + 1] !== 'you' ||
        terms[i + 1]?.post
      )
        continue;
      if (/^(guys|two|both|all|yourself|alone|lot)$/.test(words[i + 2] ?? '')) continue;
      const t = tags[i + 2] as Set<string>;
      if (!t.has('Verb') && !t.has('Adverb') && !t.has('Pronoun') && (t.has('Noun') || t.has('Adjective')))
        return 'no-verb';
    }
    // "when you don't forgets": the verb after "don't"/"doesn't"/"didn't" is a base form.
    for (let i = 0; i + 1 < terms.length; i++) {
      if (!DO_NOT.test(words[i] ?? '')) continue;
      const k = governed(i + 1);
      const verb = words[k] ?? '';
      // "I've been feeling hurt when you don't apparently.": an adverb of comment where the verb should
      // be, and the clause ends (review round 67, item 70). "…if you don't really." and "…when you don't
      // anymore." are whole.
      const skipped = words.slice(i + 1, k).filter(Boolean);
      if (
        skipped.length > 0 &&
        skipped.every(
          (w) => /ly$/.test(w) && !/^(really|reply|apply|rely|supply|comply|imply|bully|fly)$/.test(w),
        ) &&
        (k >= terms.length || /[,.;:!?]/.test(terms[k - 1]?.post ?? ''))
      )
        return 'no-verb';
      // "when you don't a reason to stay": a determiner where the verb should be (only that: compromise
      // reads many verbs as nouns, "didn't sulk").
      // ("…if you didn't." ends the clause; "why don't you" asks.)
      const after = tags[k];
      if (
        after &&
        !/[,.;:!?]$/.test(terms[i]?.text ?? '') &&
        ((!after.has('Verb') &&
          (after.has('Determiner') ||
            after.has('Possessive') ||
            // "if you didn't right" (review round 29): an adjective where the verb should be.
            (after.has('Adjective') && !after.has('Noun')) ||
            // "when you don't as usual" (review round 16); "don't like" is the verb compromise calls a
            // preposition.
            ((after.has('Preposition') || after.has('Conjunction')) && words[k] !== 'like'))) ||
          after.has('Modal'))
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
    // "when you don't rang my mam", "didn't meant to", "when you could visited": after "do not" or a
    // modal comes the base form (review rounds 2–15 graded 9 such rewrites broken).
    for (let i = 0; i + 1 < terms.length; i++) {
      const t = tags[i] as Set<string>;
      if (!t.has('Modal') && !DO_NOT.test(words[i] ?? '')) continue;
      if (terms[i]?.post) continue;
      const k = governed(i + 1, BEFORE_GOVERNED);
      const verb = words[k] ?? '';
      const after = tags[k];
      if (
        after?.has('Verb') &&
        (after.has('PastTense') || after.has('Participle')) &&
        !after.has('Infinitive') &&
        !SAME_PAST.has(verb)
      )
        return 'agreement';
    }
    // "when you to telephone", "when you it the same story", "when you me that does": after a
    // subordinator and its subject comes a verb, not "to", a pronoun or an article.
    for (let i = 0; i + 2 < terms.length; i++) {
      if (!SUBORDINATORS.has(words[i] ?? '') || !SUBJECT.test(words[i + 1] ?? '')) continue;
      const next = tags[i + 2] as Set<string>;
      const word = words[i + 2] ?? '';
      if (
        word === 'to' ||
        // "hurt when you after work" (review round 69, item 281): a preposition where the verb should be.
        (/^(after|before|during|from|until|till|since|about|with|without)$/.test(word) &&
          /^(you|u)$/i.test(words[i + 1] ?? '') &&
          !/[,;]/.test(terms[i + 1]?.post ?? '')) ||
        (!next.has('Verb') &&
          (next.has('Determiner') || next.has('Pronoun')) &&
          !['all', 'both', 'each', 'yourself', 'yourselves', 'themselves', 'ourselves'].includes(word))
      )
        return 'fragment';
    }
    // "when you drink it's the same", "when your mum visits I end up doing…": a second clause run on
    // with no comma or joining word. Only a subject that cannot be an object counts (or a "don't" that
    // opens an order), after a verb that takes no "that"-less clause ("I know you're busy" and "let you
    // know" are sound).
    for (let k = 1; k < terms.length; k++) {
      const word = words[k] ?? '';
      const nominative =
        /^(i|we|they|he|she)$/.test(word) ||
        /^(i|you|we|they|he|she|it|there)['’](m|re|ve|ll|d|s)$/.test(word) ||
        (word === 'you' && tags[k + 1]?.has('Verb') && !tags[k + 1]?.has('Gerund'));
      if (!nominative && !/^(don['’]?t|didn['’]?t)$/.test(word)) continue;
      const before = tags[k - 1] as Set<string>;
      const prev = words[k - 1] ?? '';
      if (terms[k - 1]?.post) continue;
      const runOn =
        (before.has('Verb') &&
          !before.has('Modal') &&
          !before.has('Auxiliary') &&
          !before.has('Copula') &&
          !['do', 'does', 'did'].includes(prev) &&
          !THAT_LESS.has(verbBase(prev)) &&
          !THAT_LESS.has(prev)) ||
        ['up', 'off', 'out', 'down', 'away'].includes(prev) ||
        // "…doing drop off don't tell me it's the bus": an order run on after a particle or a time word.
        (/^(don['’]?t|didn['’]?t)$/.test(word) &&
          ['off', 'up', 'out', 'down', 'away', 'back', 'again', 'now', 'anyway'].includes(prev)) ||
        // "…for work again you can tell her yourself", "…the electric now there's a fee": after a time
        // word that closes a clause, not one that opens the sentence ("Right now I'm…").
        (['again', 'now', 'anyway', 'already', 'tonight', 'today', 'tomorrow'].includes(prev) &&
          k >= 3 &&
          // ("…the keys and now I have to walk": "and now" opens the clause; review round 71.)
          !['right', 'just', 'and', 'so', 'but'].includes(words[k - 2] ?? ''));
      if (runOn) return 'fragment';
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
