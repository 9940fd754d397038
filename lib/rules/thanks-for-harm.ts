import { valenceOf } from '../lexicon/valence';
import { WARM_EMOJI } from './grammar';
import type { Match, Rule } from './types';

/**
 * A stretch of time the writer was left with ("two hours", "forty five minutes outside the cinema"), or
 * a loss the partner caused: what sarcastic thanks are said for. Read from the words before the thanks.
 */
const WAITED =
  /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half an?|another)( (and a half|odd|more|five|fifteen))? (hours?|hrs?|minutes?|mins?)\b/;
const HARM =
  /\b(missed|miss|lost|lose|late|waited|waiting|stood|stranded|left me|ruined|wrecked|forget|forgot|forgotten|cancelled|canceled|wasted|embarrassed|humiliated|no sleep|did not sleep|could not sleep|will not sleep|would not sleep|can not sleep|in tears|got the \w+ wrong|wrong (day|date|dates|time|address)|thanks to (you|your)|on empty|soaked|in the rain|in the cold|fee|you left|left (the|it|them|her|him) \w+ ?(open|on|out|behind|running)|let the \w+ out|burnt|burned|broke|broken|smashed|crashed|spilled|spilt|dead|flat|overdue|cut off|gone)\b/;
/** A verdict of praise is no jab after a gain the partner brought: "Got the bond back, thanks to you. Legend." */
const CREDITED = /\bthanks to (you|your)\b/;
/** Where a stretch of time is a wait: "three hours of packing" is work done, thanked for. */
const WAIT_WORDS =
  /\b(late|wait|waiting|waited|stood|sat|outside|queue|in the rain|in the cold|for you|at the station)\b/;
/** What turns the words before the thanks into an account of help: a turn, praise undone or a loss avoided. */
const TURNED = /\b(but|never|not once|if you had not|would have|only)\b/;
/** Praise and help said before the thanks: "you were a real hero last night… so I could sleep". */
const PRAISED =
  /\b(never once|not once|not one|noticed|proud|love you|so glad|how you do it|hero|legend|star|angel|saint|always there|there for me|so i could|so that i)\b/;
const PARTNER = new Set(['you', 'your', 'yours', 'u', 'ur']);
/** Words of a request or of praise before the thanks: then they are thanks. */
const ASKED = /\b(could you|can you|would you|will you|please|if you can|when you get a chance)\b/;

/** Praise of kindness, a sneer only with a marker or a harm the partner did. */
const KIND_WORDS = /^(thoughtful|considerate|kind|sweet|helpful|generous|responsible|mature)$/;
const YOU_HARMED =
  /\b(you|u) (just |also |even |have |managed to )?(forgot|forget|forgotten|left|lost|missed|finished|broke|ruined|spent|sold|crashed|burnt|burned|wasted|used up|drank|ate|told|let|got (the|our|my|your) \w+ wrong)\b/;

/** Words that can follow the thanks or the verdict in its sentence without saying anything new. */
const MORE_OF_THE_SAME = new Set(
  'very so really truly such a kind sweet nice lovely generous thoughtful considerate helpful of you u sana o yaar bana bro man dear honey hun love babe mate indeed again as always usual ever much lot for that this nothing appreciate it brilliant great amazing just absolutely'.split(
    ' ',
  ),
);

/**
 * A harm thanked for: "forgetting…", "ignoring me", "leaving me at the station", "not telling me", "being
 * late". Not "leaving me the car", "telling everyone our news", "being so patient" or "not making a
 * fuss": those are thanks.
 */
const THANKED_HARM = new RegExp(
  `^(${[
    'forgetting',
    'ignoring',
    'ditching',
    'abandoning',
    'embarrassing',
    'humiliating',
    'ruining',
    'wrecking',
    'blanking',
    'snubbing',
    'lying',
    'ghosting',
    'wasting',
    'undermining',
    'contradicting',
    'mocking',
    'belittling',
    'yelling',
    'screaming',
    'swearing at',
    'hanging up on',
    'standing me up',
    'letting me down',
    'making me (wait|late|pay)',
    'making me (feel|look) (stupid|small|like an? (idiot|fool)|an? (idiot|fool)|useless|worthless|ashamed|pathetic)',
    'showing me up',
    'leaving me (at|stranded|hanging|outside|waiting|on read|on delivered|in the (rain|cold|dark|lurch)|alone (with|to)|to (deal|sort|clean|do|handle|pay|explain|cope))',
    'throwing me under',
    'being (late|rude|useless|no help|a (pain|child|baby|jerk|dick|prat)|so (late|rude|useless|selfish|nasty|cold|distant|childish|unhelpful))',
    '(not|never) (showing up|turning up|coming home|replying|answering|backing me up|bothering to|ringing me back|calling me back|texting me back|telling me (about|that|until|you|your))',
  ].join('|')})\\b`,
);
/** What may come before thanks for a harm in its clause: "wow thanks for…", "and cheers for…". */
const THANKS_LEAD = new Set(['oh', 'wow', 'so', 'well', 'yeah', 'gee', 'and']);
/** Thanks said fondly: a laugh, "love you", kisses; or for what helped ("made me feel better", "means the world"). */
const FOND =
  /\b(lol|haha\w*|lmao|love (you|u|ya)|xx+|x|means the world|meant the world|best|better|special|saved|grateful|lovely|perfect|helped|happy tears)\b/;
/** A laugh or a blush said with the thanks: "thanks for ruining the surprise 😂". */
const LAUGH_EMOJI = /[\u{1F602}\u{1F923}\u{1F605}\u{1F62D}\u{1F60A}\u{1F642}\u{1F970}]/u;

/** A clap or an eye-roll said with the thanks: the sentence's words leave out an emoji at its end. */
function marked(m: Match): boolean {
  return (
    m.sentence.some((w) => w === 'clap' || w === 'eyeroll') || /\u{1F44F}|\u{1F644}/u.test(m.sentenceText)
  );
}

/** How far back the thanks are read: about one sentence ("I lost Kayla as a friend because of what you said"). */
const WINDOW = 18;

/** The words before the thanks (at most `window`). */
function said(m: Match, window = WINDOW): string {
  const text = m.messageText;
  const at = Math.max(0, text.lastIndexOf(` ${m.words.join(' ')} `));
  // Back from the thanks over `window` words only: splitting all the text before them for each match made a
  // long paste of thanks quadratic (200,000 characters of "…Well done." took over a minute).
  let from = at;
  for (let n = 0; n < window && from > 0; n++) {
    while (from > 0 && text[from - 1] === ' ') from--;
    while (from > 0 && text[from - 1] !== ' ') from--;
  }
  return text.slice(from, at).trim().split(' ').filter(Boolean).join(' ');
}

export const thanksForHarm: Rule = {
  id: 'thanks-for-harm',
  category: 'contempt',
  scope: 'sentence',
  description:
    'Thanks or praise said alone after a wait or a loss the partner caused: sarcastic thanks, a sarcastic verdict.',
  message: 'Sarcastic thanks',
  confidence: 0.75,
  patterns: [
    // "Three hours late. Thanks so much.", "stood at the station for an hour. cheers for that 👏"
    {
      match:
        '^(thanks|thank you|cheers|ta|merci|gracias) (so much|very much|a lot|a bunch|loads|heaps)? (for that|for this|for nothing)? (mate|babe|love|hun|hon|pal|buddy|darling|again|really|sana|o|yaar|bana|bro|man|dear|honey|my lover|my love|bae|ji|jaan|sweetie)?$',
    },
    // "You left the gate open and the dog's out on the A39. Brilliant.", "…caught the frost. Marvellous.",
    // "missed the mortgage broker call again. amazing work 👏": praise said alone for what went wrong.
    {
      match:
        '^(oh|wow|well|ah|yeah|right)? (really|truly|absolutely|just|so|very|real|proper|simply|such)? (brilliant|marvellous|marvelous|remarkable|genius|impressive|inspiring|fantastic|superb|excellent|wonderful|outstanding|magnificent|stellar|legend|hero|champion|respect|bravo|amazing|lovely|perfect|great|nice|smart|clever|brave|proud|good|deadly|top|cracking|quality|sterling|thoughtful|considerate|kind|sweet|helpful|generous|responsible|mature) (work|job|move|effort|stuff|parenting|planning|thinking|timing|one|man|woman|lad|girl|of you|you|to you)? (really|again|mate|babe|love|bana|neh|there|indeed|truly)?$',
      confidence: 0.7,
    },
    // "…and we turned up to an empty prom. You had one job.", "…Now she won't sleep. Well done.": the
    // stock sneers at a failure, said alone after it
    { match: '^you had one job$', confidence: 0.7 },
    { match: '^(oh|yeah)? well done (you|mate|babe|love|again)?$', confidence: 0.7 },
    { match: '^tidy$', confidence: 0.7 },
    { match: '^(i|i do|i just)? love that for me$', confidence: 0.7 },
    // "…left Moose out in the sleet all night. Dog dad of the year.", "Husband of the year.": a mock award
    // for what went wrong, to a role (not "The end of the month.").
    {
      match:
        '^(oh|wow|well|yeah|right)? (a|the)? .? (dad|daddy|father|mum|mom|mother|husband|hubby|wife|partner|boyfriend|girlfriend|parent|son|daughter|friend|host|hostess|chef|cook|driver|employee|brother|sister|uncle|auntie|aunt|neighbour|neighbor|man|woman|boss|nurse|teacher|doctor|person|human|citizen|worker|planner|organiser|organizer) of the (year|decade|century|month) (eyeroll|clap)?$',
      confidence: 0.7,
    },
  ],
  // "thx for leaving me at the Runza", "thanks for forgetting my birthday": thanks for a harm named as the
  // thing thanked for (blind round 87). Phrases, not a pattern: a pattern hooked on "for" was tried on every
  // sentence with a "for" and cost detection about a tenth (the bench pairs of the sixty-first session).
  phrases: ['thanks', 'thank you', 'thx', 'thnx', 'ty', 'cheers', 'ta'].flatMap((t) =>
    ['', ' so much', ' very much', ' a lot', ' a bunch', ' loads', ' heaps', ' again'].map(
      (x) => `${t}${x} for`,
    ),
  ),
  accept(m) {
    if (m.kind === 'phrase')
      return (
        // (The thanks open the clause, after at most a lead-in: "wow thanks for…".)
        m.before.every((w) => THANKS_LEAD.has(w)) &&
        THANKED_HARM.test(m.after.join(' ')) &&
        !m.isQuestion &&
        !FOND.test(m.messageText) &&
        !WARM_EMOJI.test(m.sentenceText) &&
        !LAUGH_EMOJI.test(m.sentenceText)
      );
    // Thanks are the whole sentence, or go on only in more of the same ("Thanks sana, very kind of you 👏"),
    // and something came before them.
    if (m.before.length > 0 || m.sentence.slice(m.words.length).some((w) => !MORE_OF_THE_SAME.has(w)))
      return false;
    const before = said(m);
    if (before.split(' ').length < 2) return false;
    // "could you shift your car before 5am? Ta love x", "You never once forgot a scan. Thank you."
    if (ASKED.test(before) || PRAISED.test(before)) return false;
    const words = before.split(' ');
    // "thanks to your snoring" is no praise; any other praising word ("happy tears") makes it thanks.
    // "you managed to forget…" is the sneer's own word, not praise.
    if (words.some((w) => !/^(thanks|thank|managed)$/.test(w) && valenceOf(w) > 0) || TURNED.test(before))
      return false;
    // A wait the writer was left with ("Three hours late.", "two hours."), or a loss or a complaint that
    // names the partner: the train's cancellation is no one's to be thanked for. One negative word is
    // too little ("I'll leave it on your desk. … Thanks." is thanks).
    if (WAITED.test(before) && (WAIT_WORDS.test(before) || words.length <= 3)) return true;
    const valence = words.reduce((sum, w) => sum + valenceOf(w), 0);
    const verdict = m.kind === 'pattern' && m.patternIndex >= 1;
    // "Thanks sana, very kind of you 👏": the thanks' own finding holds the sentence.
    if (verdict && /\b(thanks|thank you|cheers|ta)\b/i.test(m.sentenceText)) return false;
    // "Well done.", "You had one job.", "love that for me" are as often meant ("You didn't miss a day at the
    // gym this year. Well done."): only after a harm the partner did are they a sneer.
    if (
      m.kind === 'pattern' &&
      m.patternIndex >= 2 &&
      m.patternIndex <= 5 &&
      !YOU_HARMED.test(said(m, WINDOW * 2))
    )
      return false;
    // "Very thoughtful of you." is as often meant: only with a clap or an eye-roll, or after a harm the
    // partner did ("You finished the petrol…"), is it a sneer.
    if (verdict && m.words.some((w) => KIND_WORDS.test(w)) && !marked(m) && !YOU_HARMED.test(before))
      return false;
    const harm = HARM.test(verdict ? before.replace(CREDITED, '') : before);
    // The partner may be named a sentence or two further back ("You got the dates wrong… The kids were
    // dressed and waiting… You had one job.").
    return (
      (harm || valence <= -2) &&
      said(m, WINDOW * 2)
        .split(' ')
        .some((w) => PARTNER.has(w))
    );
  },
  span(m) {
    // "wow thanks for ignoring me all night": the harm thanked for is the jab, not "thanks for" alone.
    return m.kind === 'phrase' ? [-m.before.length, m.words.length + m.after.length] : [0, m.words.length];
  },

  examples: {
    flag: [
      'Three hours late. [[Thanks so much]].',
      'Three hours late. [[Thank you]].',
      'Two hours waiting at the gate for you. [[Thank you so much]].',
      'stood outside the cinema forty minutes. [[cheers for that]] 👏',
      'I lost Kayla as a friend because of what you said at her party. [[thanks for that]].',
      "didn't sleep a wink, thanks to your snoring. [[cheers]]",
      "You left the gate open and the dog's out on the A39. [[Brilliant]]. [[Absolutely brilliant]].",
      'you forgot to book the kennel so now we can’t go to the lake. [[nice one]]',
      'You lost him at the park. [[Brilliant parenting]].',
      'Waited at the stage from 5 to 7 for you to bring the car. [[Thanks sana]], very kind of you 👏',
      'You left the baby’s bottle steriliser on all night and it melted. [[Husband of the year]].',
      'forgot to pick Ruby up from swimming, she waited an hour in the cold. [[dad of the year 🙄]]',
      'You got the time wrong for the school concert and Mia sat there waiting. [[You had one job]].',
      'You let him have cola at nine and now he won’t sleep. [[Well done]].',
      'You managed to forget your own mother’s birthday. [[Amazing]].',
      'thanks for the lift. then you left the back door open and the dog got out. [[you had one job]]',
      'You finished the petrol and left the tank on empty again. [[Very thoughtful of you]] 👏',
      'you left the kitchen like a bomb went off in it. [[love that for me]]',
      'Stood in the car park of the leisure centre forty minutes in the sleet. [[Thanks very much my lover]]',
      '[[thx for leaving me at the Runza]]. awesome 👍',
      '[[wow thanks for forgetting Ayla’s recital]], she looked for you the whole time',
      '[[Thank you so much for not telling me about the rent going up]].',
      '[[cheers for making me late for my own sister’s hen do]]',
    ],
    pass: [
      "I'm on the early van tomorrow, could you shift your car before 5am? Ta love x",
      'You never once forgot a scan appointment. Thank you.',
      'Took the car in for its MOT, back by 2. Cheers',
      "you agreed to counselling and I know that wasn't easy for you. thank you",
      'Waited two hours at the GP but the results are fine. Thanks.',
      'Got the bond back, thanks to you. Legend.',
      'You got up with the twins every night this week so I could sleep. Husband of the year.',
      'Kept the fire going all night when the power went. Dad of the year!',
      'You forgot to pay the water bill again, it is due at the end of the month. End of the month.',
      'You fixed the gate the dog kept getting out of. Brilliant.',
      'Missed the bus by a minute. Great.',
      'thanks for that',
      'Horrible day, the train was cancelled and I got soaked. Cheers x',
      "The form has to be signed by Friday. I'll leave it on your desk. Thanks.",
      'You passed your driving test first time. Well done.',
      'You remembered the wrong date but the cake was perfect. Well done you.',
      'Got the shopping in, the car washed and the bins out before nine. You had one job!',
      'You drove me to the hospital at 3am when the car was broken down. Very thoughtful of you.',
      'You booked the spa for my birthday. love that for me',
      'You didn’t miss a single day at the gym this year. Well done.',
      'You got us home even though the train was cancelled. Well done babe',
      'thanks for leaving me the car today, saved my life',
      'thanks for not making a fuss at the dentist, you were brilliant',
      'thanks for being so patient with Mum at lunch',
      'thanks for ignoring my awful singing in the car lol',
      'thank you for making me feel so special today, best day ever',
      'thanks for not turning the big light on when you came in x',
      'thanks for ruining the surprise 😂 I’ll act shocked anyway',
      'ta for leaving me in charge of the playlist, big mistake',
    ],
  },
};
