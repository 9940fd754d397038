import { THREAT_WORDS } from '../lexicon/phrases';
import { containsPhrase, expandPhrases, leverageAt, predicateValence } from './grammar';
import type { Match, Rule } from './types';

const THREATS = expandPhrases(THREAT_WORDS);
/** How the threatened side of "… or …" opens: "or I'm leaving", "or this is over", "or don't come home". */
const CONSEQUENCE_OPENERS = new Set([
  'i',
  'we',
  'this',
  'it',
  'that',
  'else',
  // "get help or get out"
  'get',
  'do',
  'you',
  'divorce',
  'we are',
  'the',
]);
/** The partner's opinion asked for: "what do you think?", "thoughts?", "what do you reckon?". */
const ASKS_THEIR_VIEW =
  /\b(what do (you|u|ya) (think|reckon|say)|what('s| is) your (view|take|opinion)|(your )?thoughts\s*\?|how does that sound|what say you)\b/i;
const MODALS = new Set(['can', 'could', 'might', 'may', 'would', 'should', 'shall']);
const FORCED_CHOICE_ANCHORS = new Set(['me', 'us']);

const NOT_A_DEMAND = new Set([
  'i',
  'we',
  'it',
  'he',
  'she',
  'they',
  'that',
  'this',
  'there',
  'maybe',
  'can',
  'could',
  'would',
  'should',
  'shall',
  'will',
  'do',
  'does',
  'did',
  'is',
  'are',
  'my',
  'our',
]);
const LEAD_INS = new Set([
  'so',
  'honestly',
  'just',
  'then',
  'now',
  'ok',
  'right',
  'and',
  'either',
  'seriously',
  'look',
  'listen',
]);

/** The side before "or" reads as a demand: an imperative ("stop seeing her") or "you + verb". */
function demandBefore(m: Match): boolean {
  const first = m.before.find((w) => !LEAD_INS.has(w));
  if (first === undefined) return false;
  if (first === 'you') return !MODALS.has(m.before[m.before.indexOf('you') + 1] ?? '');
  return !NOT_A_DEMAND.has(first);
}

/** The side before "or" says what the couple will do, not what they could: "(either) we move out by june". */
function weDecide(m: Match): boolean {
  const at = m.before.findIndex((w) => !LEAD_INS.has(w));
  return m.before[at] === 'we' && !MODALS.has(m.before[at + 1] ?? '');
}

/**
 * The writer's default when no answer comes: "let me know by six or I'll just order for both of us",
 * "otherwise I'll book two seats" (plain set 29). A choice made for the couple, not a cost to the partner.
 */
const DEFAULT_CHOICE =
  /^i (will |shall )?(just |go ahead and )?(book|order|get|grab|pick|choose|reserve|buy|assume|go with|take that as a yes)\b/;

/** The writer does the task named: "or I'll ring her myself", "or I'll sort it". */
const SELF_TAKES_ON =
  /^i (will|shall)( (ring|call|phone|text|tell|ask|do|sort|book|get|fix|pay|pick|collect|arrange|organise|email|go)\b( \w+){0,3} myself\b| (do|sort|book|get|fix) (it|them|that)\b)/;
/**
 * The writer gets themself there another way: "pick me up at 6 or I'll get a taxi", "…or I just walk", "…or
 * I bus" (blind rounds 80-83 each had one such either-or read as a threat). It spares the partner the
 * task; it costs them nothing.
 */
const SELF_TRAVELS =
  /^i (will |shall )?(just )?((bus|cycle|uber|taxi|hitch|train)$|(bus|walk|cycle|uber|taxi|hitch|train) (it|home|there|back|in|over)\b|(get|take|catch|grab|call|book|order|jump on|hop on) (a |an |the |my |an )?(bus|train|tram|taxi|cab|uber|lyft|ride|lift|tube|metro|ferry|bolt)\b|(get|cadge|beg|bum) a (lift|ride)\b)/;

/**
 * The writer comes to fetch them: "come home before 10 or I will come and pick you" looks after the
 * partner (blind round 87), as a lift does.
 */
const SELF_FETCHES =
  /^i (will |shall )?(just )?(come|drive|walk|pop|run)( (over|down|round|up|out|across))?( and)? (pick|fetch|collect)( you| u)?\b/;

/** A bare "or I will", which is a share of the task only where something eases it. */
const BARE_I_WILL = /^i (will|shall)( (no|then|instead|whoever|whichever|either)\b|$)/;

/** What makes "or I will" a share of the task: "whoever's free first", "either works", "no bother". */
const EASED =
  /\b(whoever|whichever|either (works|way|is fine)|no (bother|wahala|worries|stress|problem|rush)|easier|free first|(do not|does not|dont|doesnt) (mind|matter))\b/;

function consequenceIsThreat(m: Match): number {
  const head = m.after.slice(0, 8);
  if (head.length === 0 || !CONSEQUENCE_OPENERS.has(head[0] as string)) return 0;
  if (MODALS.has(head[1] ?? '')) return 0;
  if (head[0] === 'else') return 0.9;
  if (containsPhrase(head, THREATS)) return 0.95;
  // "either you tell your mother or I'll ring her myself", "either you sort the tickets or I will, no
  // bother": the writer takes the task on, a share of a chore, not a cost to the partner (blind rounds 80
  // and 81).
  // Not where the demand is itself a blow ("tell Lauren to stop texting you or I will", "tell your mother
  // she's not welcome… or I will") or the writer's doing goes on ("…or I will go round myself and take the
  // keys", "…or I will, and you won't like how").
  if (
    head[0] === 'i' &&
    leverageAt(head) < 0 &&
    // The task named, or a bare "or I will" put as a share ("…or I will, whoever's free first"); a bare
    // "book the therapist today or I will." and "either you move out or I will" press.
    (SELF_TAKES_ON.test(head.join(' ')) || (BARE_I_WILL.test(head.join(' ')) && EASED.test(m.messageText))) &&
    // ("…or I will, and you won't like how": the writer's doing goes on, past the comma.)
    !m.after.slice(2).some((w) => w === 'and' || w === 'like') &&
    !/ you (will|would) not like /.test(` ${m.messageText} `) &&
    !m.before.some((w) => w === 'stop' || w === 'not' || w === 'never') &&
    predicateValence(m.before) >= 0
  )
    return 0;
  // ("…or I will come and pick you up and drag you out": the writer's doing goes on past the fetch.)
  // (Read past the comma: "…or I'll come and fetch you, and you won't like it" goes on; the helper's review.)
  const fetched = SELF_FETCHES.exec(m.after.join(' '));
  if (fetched !== null) {
    const rest = m.sentenceAfter.slice(fetched[0].split(' ').length);
    if (
      !rest.some((w) => w === 'and' || w === 'like' || w === 'never' || w === 'drag') &&
      !containsPhrase(rest, THREATS) &&
      !/ in front of | by the (ear|collar|hair|scruff) /.test(` ${rest.join(' ')} `) &&
      !/ you (will|would) not like /.test(` ${m.messageText} `)
    )
      return 0;
  }
  // ("…or I'll get a taxi and you can explain to your mother why": the writer's doing goes on.)
  if (
    SELF_TRAVELS.test(head.join(' ')) &&
    !m.after.slice(2).some((w) => w === 'and' || w === 'like' || w === 'never') &&
    !containsPhrase(head, THREATS)
  )
    return 0;
  // "…or I take the kids to my mother's": what the writer holds over the partner, against a demand
  // ("either we move out by june or…"), not beside a suggestion ("we could do the zoo or…").
  if (leverageAt(head) === 0 && (demandBefore(m) || weDecide(m))) return 0.95;
  // "… or I sell the console myself": an action of the writer's set against a demand of the partner.
  if (head[0] === 'i' && head.length > 1 && demandBefore(m) && !DEFAULT_CHOICE.test(head.join(' ')))
    return 0.75;
  return 0;
}

export const orElse: Rule = {
  id: 'or-else',
  category: 'ultimatum',
  description:
    'A demand with a threatened consequence: “stop seeing her or I’m moving out”, “counselling or divorce”.',
  message: 'Ultimatum',
  scope: 'sentence',
  confidence: 0.9,
  phrases: ['or', 'otherwise', 'or else'],
  accept(m) {
    if (m.isQuestion) return false;
    // "pick. me or your phone": a forced choice between the writer and something else.
    // "it's me or the job": the lead-in does not count.
    const choice = m.before[0] === 'it' && m.before[1] === 'is' ? m.before.slice(2) : m.before;
    if (
      FORCED_CHOICE_ANCHORS.has(choice[choice.length - 1] ?? '') &&
      choice.length <= 2 &&
      ['your', 'him', 'her', 'them', 'the', 'that', 'this', 'my'].includes(m.after[0] ?? '') &&
      // "me or your phone" names a rival; "me or the dog, who gets the sofa" only a choice of seat.
      (['your', 'him', 'her', 'them'].includes(m.after[0] ?? '') ||
        ['pick', 'choose', 'decide', 'choice'].some((w) => m.messageWords.has(w)))
    ) {
      return 0.8;
    }
    // "choose. her or me": the writer on the right of the choice
    if (
      ['me', 'us'].includes(m.after[0] ?? '') &&
      ['her', 'him', 'them', 'it'].includes(m.before.at(-1) ?? '') &&
      ['pick', 'choose', 'decide', 'choice'].some((w) => m.messageWords.has(w))
    )
      return 0.8;
    // "it's counselling or the spare room, your choice": help, or being sent away
    if (
      /\b(therapy|counsel\w*|help)\b/.test(m.messageText) &&
      /^(the )?(spare room|sofa|couch|door|divorce|out)\b/.test(m.after.slice(0, 3).join(' '))
    )
      return 0.85;
    // "it's therapy or nothing at this point"
    if (m.after[0] === 'nothing' && /\b(therapy|counsel\w*|help)\b/.test(m.messageText)) return 0.8;
    // "counselling or divorce"
    if (['divorce', 'separation'].includes(m.after[0] ?? '')) return 0.85;
    // "either the phone goes in the drawer or I'll never finish this film lol" is play.
    if (/\b(lol|lmao|haha\w*)\b/.test(m.messageText) && !containsPhrase(m.after.slice(0, 8), THREATS))
      return false;
    // "Either the PlayStation goes to your brother or we sell it. What do you think?": two options put
    // to the partner's judgement, not a demand (blind round 49). "…or I leave. What do you think?" is
    // still the writer's threat.
    if (ASKS_THEIR_VIEW.test(m.messageText) && !['i', 'you', 'u', 'else'].includes(m.after[0] ?? ''))
      return false;
    const score = consequenceIsThreat(m);
    return score > 0 ? score : false;
  },
  span(m) {
    // The whole demand and its threat, without a lead-in like "honestly".
    let from = 0;
    while (from < m.before.length && LEAD_INS.has(m.before[from] as string)) from++;
    return [from - m.before.length, m.words.length + m.after.length];
  },
  examples: {
    flag: [
      '[[you come home before 10 or I will come and pick you up and drag you out of that pub in front of everyone]]',
      '[[be home by 11 or I’ll come and fetch you]], and you won’t like it',
      '[[it’s counselling or the spare room]], your choice',
      'choose. [[her or me]]',
      'either [[we move out of your parents’ place by june or I take the kids and go]]',
      '[[it’s therapy or nothing at this point]]',
      "[[stop seeing her or I'm moving out]]",
      'honestly [[you stop drinking or this is over]]. ur choice',
      'pick. [[me or your phone]].',
      "[[Move the money back by tomorrow or I'm calling a lawyer]].",
      "[[it's me or the job]], pick",
      '[[get help or get out]]',
      "[[text me back tonight or I'll tell your mum everything]]",
      "unless you agree to see someone, [[otherwise I'm leaving]]",
      '[[you stop lending him money or I move out]]. what do you think of that?',
      "[[clear your junk out of the shed by Sunday or I'll bin it myself]]",
      '[[tell Kelly to stop messaging you or I will]]',
      'we are drowning here. [[book the counsellor today or I will]].',
      'either [[you tell your mum about the loan or I will]].',
      'either [[you sort your drinking out or I will]], and you won’t like how',
      '[[collect me at 5 or I walk home and you can tell your mum why]]',
    ],
    pass: [
      'Last bus from town is at 9.40, come home before 10 or I will come and pick you.',
      'we could do the zoo or I take the kids swimming, you pick',
      'either the phone goes in the drawer or I’ll never finish this film lol',
      'do you want to talk about it tonight or would tomorrow be better?',
      'tea or coffee?',
      'you can come with me or I can meet you there',
      'we could do pizza or I could cook',
      'grab me from the station at 6 or I get a taxi, no stress',
      'either you collect me after netball or I just walk home, it is only ten minutes',
      "I'll call you tonight or I'll text",
      'me or the dog, who gets the sofa tonight haha',
      'get milk or get bread, whichever is easier',
      "it's me or the traffic, one of us will be late",
      'either the old sofa goes to your sister or we sell it. what do you reckon?',
      "let me know by five or I'll just order pizza for both of us",
      "reply by lunch or I'll go ahead and reserve the table for four",
      "text me when you land or I'll assume the flight is delayed",
      "Either you tell your mother we're coming on Sunday or I'll ring her myself, no bother",
      'either you sort the ferry tickets or I will, whichever suits',
      'book the dentist or I will, whoever gets a minute first',
    ],
  },
};
