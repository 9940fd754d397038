import { STONEWALL_PHRASES } from '../lexicon/phrases';
import { negatedBefore, predicateValence, reportedSpeech, WARM_EMOJI } from './grammar';
import type { Match, Rule } from './types';

/** Phrases that are literal when the clause goes on: "drop it off at mine", "don't bother with a present". */
const ONLY_AT_CLAUSE_END = new Set([
  'go away',
  'nothing left to say',
  'leave it',
  'end of',
  'drop it',
  'let it go',
  'forget it',
  'do not bother',
  'do what you want',
  'do whatever you want',
  'not happening',
]);
const TAIL_OK = new Set([
  'now',
  'already',
  'please',
  'ok',
  'okay',
  'alright',
  'then',
  'mate',
  'babe',
  'seriously',
  'again',
  'anymore',
  'i',
  'it',
]);

/**
 * What follows a literal "leave it": the writer's offer ("I'll sort it", not "I will not…", "my turn",
 * "I've got it", "it's on me") or the thing.
 */
const LITERAL_AFTER =
  /^(i (will|can|shall|am going to) (?!not\b)|it is (still|not|finished|fine|done|drying|wet|hot|broken)|my (turn|treat|shout|round)\b|i (have )?got (it|this)\b|(it|this|that) is on me\b)/;

/** Words between a shut-down and whom it is said to: "said all I'm (saying) to the insurer". */
const LEAD_IN = new Set(['i', 'am', 'is', 'are', 'was', 'have', 'had', 'will', 'any', 'more']);
/**
 * Whom else the talk can be with, as its determiner says: "to the insurer", "with my sister". Not "a"
 * ("nothing to say to a man who lies") or "your" ("to your mother"): those are said at the partner.
 */
const THIRD_PARTY = new Set(['the', 'my', 'his', 'her', 'their', 'our']);

/** What may follow "not getting into this/that" when the talk is what is refused. */
const INTO_TALK = new Set([
  'with',
  'again',
  'now',
  'today',
  'tonight',
  'anymore',
  'whole',
  'same',
  'conversation',
  'discussion',
  'argument',
  'row',
  'fight',
  'debate',
  'topic',
  'subject',
  'stuff',
  'nonsense',
  'rubbish',
  'drama',
  'mess',
  'crap',
  'over',
  'here',
  'right',
  'ever',
]);

/** A story's parts, which a fan keeps from the partner until they have seen it. */
const STORY_PARTS = new Set(
  'ending endings plot finale twist twists spoiler spoilers episode episodes season chapter book film movie series show'.split(
    ' ',
  ),
);

const LATER = ['tomorrow', 'later', 'morning', 'weekend', 'tonight', 'evening'];
function pausesWithTime(m: Match): boolean {
  if (!LATER.some((w) => m.messageWords.has(w))) return false;
  return (
    m.words.includes('point') ||
    / (can|could|shall) we | let us | talk (tonight|tomorrow|later) /.test(m.messageText)
  );
}

/** The subject handed to someone else or dropped: "sort it with your mum", "take it up with the bank", "I'm done with it". */
const HANDED_OFF =
  /[^\p{L}](sort it( out)? (with|yourself)|take it up with|deal with it yourself|talk to (your|my|the)|speak to (your|my|the)|ask your|(i'm|i am|im) done with (it|this|that|the whole)|not my problem|leave me out of it)[^\p{L}]/u;

export const shutDownTalk: Rule = {
  id: 'shut-down-talk',
  category: 'stonewall',
  description: 'Closing the conversation: “leave me alone”, “drop it”, “I’m done talking”.',
  message: 'Shutting the talk down',
  confidence: 0.85,
  phrases: STONEWALL_PHRASES,
  patterns: [
    // "I'm not talking about this", "we're not discussing it", "I'm not discussing the wedding stuff again"
    {
      match:
        '(i|we) (am|are|will|do)? not (talking|discussing|talk|discuss|going to talk|going to discuss|arguing|doing) (about)? (this|it|that|the #Noun|any of this|this again|it again)',
    },
    // "I'm done talking", "done listening to your drama"
    {
      match: '(i am|we are)? done (talking|discussing|listening|arguing|explaining|hashing|hashin|rehashing)',
    },
    // "no point talking, you won't change", "what's the point in discussing it"
    { match: '(no|what is the) point (in|of)? (talking|discussing|arguing|explaining)' },
    // "not discussing this over text": the refusal without its subject
    { match: '^not (talking|discussing|arguing) (about|over|into|through)? (this|it|that)' },
    // "I don't want to hear another word about it"
    { match: 'i do not want to (hear|discuss) (it|this|that|another word|one more word|any more|anymore)' },
    // "stop going on about counselling"
    { match: 'stop (going|banging|harping|keeping) on about' },
    // "I'm not having the therapy conversation again"
    { match: 'not having (this|that|the|another) .{0,2} (conversation|discussion|talk|argument|row)' },
    // "this conversation is pointless"
    {
      match:
        '(this|the|our) (conversation|discussion|talk) is (pointless|over|going nowhere|a waste of time|finished)',
    },
    // "don't start", "I said I don't want to talk", "bye.": the whole reply
    { match: '^do not (even)? start$' },
    { match: 'i do not want to (talk|discuss it|talk about it)$' },
    { match: '^bye$' },
    // "I'm not getting into this with you"
    { match: 'not (getting into|going into|going there|doing this with)' },
    // "what's there to talk about"
    { match: 'what is there to (talk about|discuss|say)' },
    // "this isn't up for discussion"
    { match: '(this|that|it) is not up for (discussion|debate|negotiation)' },
    // "I refuse to discuss it"
    {
      match:
        'i refuse to (discuss|talk|go|see|do) (about)? (it|this|that|therapy|counseling|anyone|someone)?',
    },
    // "I'm not explaining myself again"
    { match: 'not (explaining|justifying) (myself|this|it)' },
    // "don't talk to me" as the whole reply; "I'm not interested in your excuses"
    { match: '^do not (talk|speak|text|message) (to)? me$' },
    { match: 'not interested in (your|any|more) (excuses|explanations|reasons|side|version)' },
    // "can we not": the whole reply
    { match: '^can we not$' },
    // "whatever you want, I don't care": indifference as the answer
    { match: '^i (really|honestly|just)? do not care$' },
    // "my work is my work. end.", "Subject closed.", "khalas. enough.": a sentence that is only the
    // verdict that the talk is over (blind rounds 29 and 32).
    { match: '^(case|subject|topic|discussion|matter|conversation|chapter) (is)? (closed|over|finished)$' },
    { match: '^(full stop|period|khalas|khatam|basta|end|enough|enough now|enough said|the end)$' },
    // "We're not going over the loan again, it's decided.", "I'm not rehashing your mum's visit again"
    {
      match:
        '(i|we) (am|are|will|do)? not (going over|rehashing|revisiting|reopening|bringing up|raking over) .{0,5} again',
    },
    // "don't message me about the van again, I'm done with it, take it up with your brother": the writer
    // will not be told about a subject and hands it to someone else.
    {
      match:
        '^(do not|never|stop) (text|texting|message|messaging|call|calling|ring|ringing|email|emailing|bother|bothering) me (about|with|over|re)',
    },
    // "I'm not talking about your mother's birthday again.", "not talking about the credit card bill
    // tonight": a subject of any words, closed for now or for good (review round 51 missed both; the
    // first pattern takes only "this", "it" or "the" and one noun).
    {
      match:
        '(i|we)? (am|are|will|do)? not (talking|discussing|arguing|talk|discuss|argue) about? (your|the|this|that|our|my|his|her|their) .{0,5} (again|tonight|anymore)',
    },
    // "Don't you dare lecture me about drinking…", "don't you dare tell me you were at Kev's": what the
    // partner may say is ruled out before they say it (review round 70 missed both)
    { match: 'do not you dare #Verb' },
  ],
  accept(m) {
    const phrase = m.words.join(' ');
    if (m.kind === 'pattern' && m.patternIndex === 25) {
      // Only words said to the writer: "don't you dare tell him I said so" and "don't you dare eat my Tim
      // Tams 😂" are no wall, nor a dare said laughing or with a kiss.
      const verb = m.words[4] ?? '';
      const toMe = m.after[0] === 'me' || (m.after[0] === 'to' && m.after[1] === 'me');
      // "tell me I'm overreacting", "say it was the economy": a clause after it, not "tell me the
      // ending" or "say sorry" (the helper's review).
      const clause = /^(i|you|it|that|this|we|to|my|your)$/;
      const said =
        /^(lecture|judge|accuse|question|preach|blame|lie)$/.test(verb) ||
        (/^(tell|say)$/.test(verb) &&
          clause.test(m.after[verb === 'tell' ? 1 : 0] ?? '') &&
          (verb === 'say' || toMe)) ||
        (/^(talk|speak|shout|yell)$/.test(verb) && toMe) ||
        (verb === 'bring' && m.after[0] === 'up');
      return said &&
        !/\b(lol|lmao|haha\w*|hehe)\b/.test(m.messageText) &&
        !/[😂🤣😘😜😉😁]/u.test(m.sentenceText)
        ? 0.8
        : false;
    }
    // Not to be told about it is a wall only with the subject handed off or dropped in the same message;
    // "don't call me about the parcel, just leave it next door" is an errand.
    if (m.kind === 'pattern' && m.patternIndex === 23)
      return HANDED_OFF.test(` ${m.messageText.toLowerCase().replace(/[’]/g, "'")} `) && !m.isQuestion;
    // "It's my family, not your business, end." shuts the partner out; "not your business to fix" is
    // whose job it is, and a question asks (blind round 41).
    if (
      /\b(business|concern)$/.test(phrase) &&
      (m.isQuestion || m.after[0] === 'to' || m.sentenceAfter[0] === 'to')
    )
      return false;
    // A verdict said as a sentence of its own, never asked ("Enough?") and never about food or time
    // ("Enough for two.", "The end of the film.") — the pattern reads the whole sentence.
    if (m.kind === 'pattern' && (m.patternIndex === 20 || m.patternIndex === 21))
      return m.sentence.length === m.words.length && !m.isQuestion && !/[?!]/.test(m.sentenceText);
    // "we're not going over budget again": the money, not the talk.
    if (
      m.kind === 'pattern' &&
      m.patternIndex === 22 &&
      /^(budget|our budget|the (limit|budget|speed limit|bridge|border|hill|river|road|top|water))\b/.test(
        m.words.slice(m.words.indexOf('over') + 1).join(' '),
      )
    )
      return false;
    // "I don't want to talk, I want to sleep, night love": tired, and warm. So is "not talking about the
    // match tonight, I'm knackered, love you x".
    if (
      (m.words.at(-1) === 'talk' || (m.kind === 'pattern' && m.patternIndex === 24)) &&
      /\b(love|night|xx?)\b/.test(m.messageText)
    )
      return false;
    // "not going into work tomorrow" is a day off; "not getting into this" a closed door, but "not
    // getting into that lake, it's freezing" is the lake.
    if (
      m.words.at(-1) === 'into' &&
      (!['this', 'it', 'that'].includes(m.after[0] ?? '') ||
        (m.after[0] !== 'it' && m.after.length > 1 && !INTO_TALK.has(m.after[1] as string)))
    )
      return false;
    // "It's not happening this weekend, the rescue centre's shut": a plan off for a while, for a reason
    // outside the couple (blind round 81); "not happening, not this weekend, not ever" stays a wall.
    if (
      /not happening$/.test(phrase) &&
      /^(this|today|tonight|tomorrow|till|until|before|on)$/.test(m.after[0] ?? '') &&
      // (The reason in the same sentence; "sick of…" is no reason, and chat's "ill" is "I'll".)
      /\b(shut|closed|cancell?ed|full|fully booked|sold out|broken|broke down|raining|pouring|snow|snowed|off sick|(is|are|was|were|been) (ill|sick|poorly|unwell)|delayed|strike|flooded)\b/i.test(
        m.sentenceText,
      ) &&
      !/\bsick (of|to death)\b/i.test(m.messageText) &&
      !/\b(ever|never|end of)\b/.test(m.messageText)
    )
      return false;
    // "the foreman said end of discussion, no overtime": someone else's verdict, reported.
    if (reportedSpeech(m)) return false;
    // "after the end of discussion at bible study I'll fetch you": a time, not a verdict ("that's the
    // end of it" is one).
    const time = new Set(['at', 'after', 'before', 'till', 'until', 'by']);
    const prior = m.before.at(-1) === 'the' ? m.before.at(-2) : m.before.at(-1);
    if (m.words[0] === 'end' && time.has(prior ?? '')) return false;
    // "end of discussion group is at 8": the name of a meeting, not a verdict (blind round 55).
    if (
      m.words[0] === 'end' &&
      /^(group|class|session|club|meeting|board|forum|panel|section|time)s?$/.test(m.after[0] ?? '')
    )
      return false;
    // "You choose the curtains, end of discussion, your taste is better than mine 💚": the choice handed to
    // the partner, with a heart, closes nothing on them (blind round 86). "You decide, end of discussion"
    // alone may still be a door shut, and "You chose the pub over my birthday, end of discussion. Thanks
    // love." accuses (the helper's review).
    if (
      m.words[0] === 'end' &&
      /^((you|u) (choose|pick|decide|get to (choose|pick|decide))|(your|ur) (call|choice|pick)) /.test(
        `${m.sentence.join(' ')} `,
      ) &&
      WARM_EMOJI.test(m.sentenceText)
    )
      return false;
    // "go away, you're too funny" is laughing.
    if (
      phrase === 'go away' &&
      (m.before.length > 0 || /\b(funny|hilarious|lol|haha\w*|stop it)\b/.test(m.messageText))
    )
      return false;
    // A curt "bye." as the whole message closes the door; "bye! love you" does not.
    if (phrase === 'bye')
      return m.messageText.trim() === 'bye' && /\.\s*$/.test(m.sentenceText) ? 0.7 : false;
    if (m.kind === 'pattern' && phrase === 'can we not') return 0.75;
    // "no point talking about it tonight, let's … tomorrow", "not over text, can we talk tonight when
    // you're home?": a pause with a time named is what the article asks for, not a wall.
    if (pausesWithTime(m)) return false;
    // "Not discussing it over the phone, I'll tell you everything when you're home. Good news!": the talk
    // put off to a better place, with a promise to tell (blind round 87).
    // (Not "I'll tell you this though, I'm done", nor "…and you won't like it".)
    if (
      / over (the )?(phone|text|texts|message|messages|whatsapp|email) /.test(` ${m.after.join(' ')} `) &&
      / i will (tell|explain|show) (you|u) (everything|all about it|all of it|when|tonight|later|at home|in person|properly) /.test(
        m.messageText,
      ) &&
      !/ (will not|would not|not going to) like /.test(m.messageText)
    )
      return false;
    // "I'm done talking to the bank", "I've said all I'm saying to the insurer", "not discussing it with
    // the neighbours": the talk with someone else ends, not the talk with the partner.
    const lead = m.after.findIndex((w) => !LEAD_IN.has(w) && !/ing$/.test(w));
    const rest = m.after.slice(Math.max(0, lead));
    if (['to', 'with'].includes(rest[0] ?? '') && THIRD_PARTY.has(rest[1] ?? '')) return false;
    // "I done talking to Mammy": after "done", any name but the partner's (and not "a man who lies").
    if (m.words.includes('done') && rest[0] === 'to' && !['you', 'u', 'a', 'an'].includes(rest[1] ?? ''))
      return false;
    // "not talking about the ending till you've seen it": a spoiler kept, the talk only waits.
    if (
      /\b(until|till|til) (you|u) (have )?(seen|watched|read|finished|heard|played|tried)\b/.test(
        m.sentenceAfter.join(' '),
      )
    )
      return false;
    // "I'm not talking about the ending, you have to watch it yourself first!", "Not talking about
    // that ending yet, I'm only on episode 4!": a story's part kept for the partner to see (plain sets
    // 29 and 30), said with what it waits for ("yet", "first", "you have to watch it").
    const about = [...m.words, ...m.after].slice(0, m.words.length + 2);
    if (
      about.some((w) => STORY_PARTS.has(w)) &&
      /\b(yet|first|spoil\w*|only on|behind|(have|need|got) to (watch|read|see|finish)|not (seen|watched|read|finished))\b/.test(
        m.messageText,
      )
    )
      return false;
    // "stop going on about how good my cooking is haha" is bashful.
    if (
      m.words[0] === 'stop' &&
      (/\b(lol|haha\w*)\b/i.test(m.sentenceText) || predicateValence(m.sentenceAfter) > 0)
    )
      return false;
    // "I'm not doing this alone anymore", "not doing it on my own": a load the writer will not carry
    // alone, which asks for help; it closes no talk (review round 42, item 164).
    if (
      m.words.at(-2) === 'doing' &&
      (m.after[0] === 'alone' ||
        m.after[0] === 'solo' ||
        (m.after[0] === 'on' && m.after[1] === 'my' && m.after[2] === 'own') ||
        (m.after[0] === 'by' && m.after[1] === 'myself'))
    )
      return false;
    // "I don't care" alone answers a question about a thing ("pizza or curry? I don't care!"); after
    // "whatever"/"fine" it closes the talk.
    if (m.kind === 'pattern' && m.words.at(-1) === 'care')
      return m.sentence.some((w) => w === 'whatever' || w === 'fine') && !m.sentence.includes('pick')
        ? 0.75
        : false;
    if (ONLY_AT_CLAUSE_END.has(phrase) && m.after.length > 0 && !TAIL_OK.has(m.after[0] as string))
      return false;
    // "leave it, I'll sort it tomorrow", "leave it, it's still drying": the thing itself, with the writer
    // taking the job on or saying what it is (blind rounds 21 and 22 and plain set 7 each had one).
    if (
      ['leave it', 'drop it', 'forget it'].includes(phrase) &&
      LITERAL_AFTER.test(m.sentenceAfter.join(' '))
    )
      return false;
    // "It's not your fault at all habibti… khalas, forget it": letting the partner off, not shutting
    // them out (blind round 53).
    if (
      ['forget it', 'forget about it', 'leave it', 'drop it'].includes(phrase) &&
      /\b(not your fault|no worries|no harm done|do not worry)\b/.test(m.messageText)
    )
      return false;
    // "don't forget it", "don't drop it": a reminder, not a shut-down.
    if (['forget it', 'drop it', 'let it go'].includes(phrase) && negatedBefore(m, 1)) return false;
    if (m.isQuestion && m.words[0] !== 'i' && m.words[0] !== 'we') return false;
    // "I'm not doing the dishes tonight" is not about the conversation.
    if (m.words.includes('doing') && !['this', 'it', 'that'].includes(m.words[m.words.length - 1] as string))
      return false;
    return true;
  },
  examples: {
    flag: [
      "We are going to my sister's for Christmas, you decide the rest, [[end of discussion]].",
      "[[Don't you dare preach]] to me about money when you bought a jet ski",
      "it's 3am and your phone was off. [[don't you dare tell]] me you were at the depot",
      "I'm sick of going round in circles. [[it's not happening]] tonight",
      "[[we're not discussing your cousin's wedding again]]. Done.",
      '[[not talking about the car loan tonight]]',
      "[[I'm not arguing about his allotment anymore]]",
      "[[don't message me about]] the van again, I'm done with it, take it up with your brother",
      "[[I'm done rehashing]] the holiday money, it's spent",
      "Stop asking about my cousin's visa. It's my family, [[not your business]], end.",
      'what I spend my bonus on is [[none of your business]]',
      '[[we’re not going over the car loan again]], it’s decided',
      'my job is my job. you do not get to question it. [[end]].',
      'We have been over the car three times. [[Subject closed]].',
      '[[I’ve said all I’m]] going to say about the caravan',
      '[[I’m done talking]] to a man who lies to me',
      '[[don’t talk to me]]',
      'I’m [[not interested in your excuses]]',
      'I’m [[not explaining myself]] again',
      'I’m not [[wasting my breath]] on this',
      '[[go away]]',
      '[[I refuse to discuss it]]',
      'I’ve [[nothing left to say]]',
      '[[this isn’t up for discussion]]',
      'I’m [[not getting into]] this with you',
      '[[what’s there to talk about]]',
      'we’ll see a therapist [[over my dead body]]',
      '[[don’t start]]',
      'I said [[I don’t want to talk]]',
      '[[bye]].',
      '[[this conversation is pointless]]',
      '[[can we not]]',
      "love you but I'm [[not having the therapy conversation]] again",
      '[[I don’t want to hear another word]] about it',
      '[[stop going on about]] counselling',
      '[[leave it]]. seriously.',
      '[[not discussing this]] over text',
      'whatever you want, [[I don’t care]]',
      "[[I'm not talking about this]]",
      "[[I'm not doing this]] again, goodnight",
      "[[I'm not talking about the show]] again, you watch it every night and ignore me",
      '[[leave me alone]]',
      'k. [[done talking]]',
      '[[drop it]].',
      '[[leave it]], I will not repeat myself',
      "FINE. [[do what you want]], [[I don't care anymore]]",
    ],
    pass: [
      "don't you dare tell Nani about the surprise, she'll spill it",
      "don't you dare say a word about the ending, I'm only on episode 3 😂",
      "don't you dare bring home another stray, the cat will leave",
      "don't you dare tell me the ending, I'm on season 2",
      "don't you dare say sorry, you did nothing wrong",
      'It’s not happening this weekend, the campsite is closed for floods. maybe the 20th?',
      "I'm not talking about money tonight, let's do it tomorrow after dinner",
      'not talking about the finale again, you have to watch it first!',
      "not talking about the tiles again tonight, I'm shattered, love you x",
      "don't call me about the parcel, just leave it next door",
      'never text me about work stuff after 10 pls, I turn my phone off x',
      "It's not your fault at all habibti, my cousin told her by mistake. The cake was still perfect, khalas, forget it.",
      'the leaking roof is not your business to fix, the landlord is sending someone',
      'is the van conversion none of your business now? I thought we were doing it together',
      'we’re not going over budget again this month, promise',
      'the foreman said end of discussion, no overtime this month',
      'you pick the paint for the hall, end of story, you have the better eye ❤️',
      'not discussing it over the phone, I’ll tell you everything when you’re home. Good news!',
      'after the end of discussion group I’ll fetch you, ok?',
      'end of discussion session is half nine, I’ll text when we finish',
      'not getting into that lake again, it was freezing last time',
      'Is that enough? I can grab more rice.',
      'We watched it right to the end. Brilliant film.',
      'I’ve said all I’m saying to the mortgage people, they can ring you next',
      'we are not discussing the last episode till you have seen it, no spoilers',
      'I’m not talking about the twist, you need to read the last chapter first',
      'not discussing that finale yet, I’m two episodes behind!',
      'Please come to the school meeting. I’m not doing this alone anymore.',
      'I’m not doing it on my own again, can you take the Friday run?',
      'I’m done talking to the garage, the car is yours to chase',
      'not discussing it with my sister, she tells the whole family',
      'don’t talk to me before coffee haha',
      'I’m not interested in the match, you watch it',
      'I’m not explaining the plot again, you fell asleep haha',
      'because you maxed out the card we can’t go away',
      'I’m not wasting this sunshine, let’s walk',
      'go away, you’re too funny, I can’t breathe',
      'I refuse to let you pay again, my treat',
      'I’ve nothing left to say except I love you',
      'the price isn’t up for discussion apparently, the shop was firm',
      'what’s there to eat?',
      'I’m not going into work tomorrow, I’m off',
      'I don’t want to talk, I want to sleep, night love',
      'don’t start the film without me',
      'bye! love you',
      'I don’t want to talk about work tonight',
      'I’m done talking to the bank, finally sorted',
      'this meeting is pointless lol',
      'stop going on about how good my cooking is haha',
      "I don't want to discuss it over text, can we talk tonight when you're home?",
      'never mind! found it',
      'pizza or curry? I don’t care, you pick!',
      'can we not do sushi again? maybe thai',
      'no point trying the shop, it’s closed',
      'leave it on the side, I’ll sort it',
      'leave it, I’ll wash up after the match',
      'drop it, I can grab another on my way home',
      'leave it, it’s still hot, give it ten minutes',
      'leave the bill, my shout tonight',
      'forget it, I’ve got this one, you paid last time',
      'end of the day I think we did well',
      'not doing it today, the shop is shut',
      'no point talking about it tonight, let’s sleep and chat tomorrow x',
      'can you drop it off at mine later?',
      "don't forget it's bin day",
      "I'm not doing the dishes tonight, I did them yesterday",
      'we talked about this and it was lovely',
    ],
  },
};
