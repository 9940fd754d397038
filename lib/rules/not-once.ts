import { messageSays, opensOnSomeoneElse, predicate, predicateValence } from './grammar';
import type { Rule } from './types';

/** A laugh in the message makes a count fond ("we always end up at the same pub haha"). */
const LAUGHS = /\b(lol|haha\w*)\b/;
/** Failings whose absence is praise: "never once have you missed a match". */
const FAILINGS =
  /^(forg[eo]t\w*|miss\w*|let|lie|lied|lying|complain\w*|moan\w*|fail\w*|raise\w*|shout\w*|yell\w*|cheat\w*|hit|hurt|swore|swear\w*|lost|lose|broke|break\w*|snap\w*|judge\w*|criticis\w*)\b/;
/** Whose job a plan can be besides the partner's: "…not one trip organised, the school is useless". */
const ORGANISERS = new Set(
  'school head teacher teachers council landlord agent agency boss manager company builder builders club coach office bank surgery hospital church committee'.split(
    ' ',
  ),
);
/** Praise said after it: "…you're too good", "legend", "thank you". */
const PRAISED_AFTER = /\b(too good|so good|the best|legend|thank|grateful|lucky|love you)\b/;

export const notOnce: Rule = {
  id: 'not-once',
  category: 'absolute',
  description: '“Not once have you …”: a sweeping negative dressed as a count.',
  message: 'Sweeping “not once”',
  confidence: 0.9,
  patterns: [
    // "not once have you asked how my day was"
    { match: 'not (once|one time|one single time|a single time|even once) (have|has|did|do|had) you' },
    // "not once this year have you planned a date"
    { match: 'not once .{1,3} (have|has|did|had) you' },
    // "how many times do I have to ask you to lock the door": the count as a complaint
    {
      match:
        'how many (times|more times) (do|have|did|must|will) (i|we) (have to)? (ask|tell|remind|say|beg)',
    },
    // "3rd time this week you've forgotten the kids": the count is the complaint
    { match: '(#Ordinal|nth|umpteenth) time (this|today|in) .{0,3} you' },
    // "nothing I do is ever good enough for you"
    { match: 'nothing i (do|say|make|try) is (ever)? (good enough|right|enough)' },
    // "you keep doing this": the whole complaint
    { match: '^you keep (doing|saying|pulling|starting) (this|that|it)$' },
    // "we never do anything I want to do", "we always end up doing what you want": the couple's
    // pattern told as the partner's doing; "why is it always me who…", "I'm always the one cleaning up
    // after you": the writer's share told as always
    { match: 'we (never|always) .{1,4} i (want|like)' },
    { match: 'we (never|always) .{1,5} what you' },
    { match: '(why is it|it is) always me (who|that)' },
    { match: 'i am always the one' },
    // "every single bill, I pay it": the writer's share told as every time
    { match: '^every single #Noun$' },
    // "how many more times": the whole reply
    { match: '^how many (more)? times$' },
    // "when was the last time you actually asked about my day"
    { match: 'when (was|is) the last time you' },
    // "you'd know that if you ever came home before nine": "if you ever" + a past act = "you never"
    { match: 'if you ever #PastTense' },
    // "you have not once said thank you"
    { match: 'you (have|did|had) not (once|one time|a single time|even once)' },
    // "never once have you picked the kids up without a reminder": the count inverted
    { match: 'never (once|one time|one single time|a single time|even once)? (have|has|did|had) you' },
    // "12 years and not one holiday planned by you", "not a single date night organised": a count of
    // nothing done for the writer (review round 69, items 20 and 81)
    {
      match:
        'not (one|a single|one single) #Noun+ (away|out)? (planned|organized|organised|booked|arranged|remembered|cooked|bought|wrapped|hosted|suggested)',
    },
  ],
  accept(m) {
    switch (m.patternIndex) {
      // "Not once in six years have you missed one of his games" thanks: a failing never done is praise,
      // as for "never once" below (blind round 86).
      case 0:
      case 1: {
        const said = predicate(
          m.after[0] === 'ever' || m.after[0] === 'even' ? m.after.slice(1) : m.after,
        ).join(' ');
        // ("not once have you let me pick the film", "…failed to make it about yourself", "…missed a
        // chance to slag off my mum" are jabs: only a failing whose absence is praise; the helper's review.)
        const failing =
          /^let (me|us|them|him|her|anyone) down\b/.test(said) ||
          (FAILINGS.test(said) &&
            !/^let\b/.test(said) &&
            !/^fail\w* to\b/.test(said) &&
            !/^miss\w* (a|an|the|any) (chance|opportunity)\b/.test(said));
        // Praise said after the count, not inside it ("…said thank you for the dinners" is the complaint).
        const counted = [...m.words, ...m.after].join(' ');
        const at = m.messageText.indexOf(` ${counted} `);
        const later = at < 0 ? '' : m.messageText.slice(at + counted.length + 1);
        return !(failing || PRAISED_AFTER.test(later));
      }
      // "3rd time this week you've made me laugh" counts joys.
      case 3:
        return predicateValence(predicate(m.after)) <= 0 && !m.isQuestion;
      // "…good enough for you", not "…for my own standards, I'm a perfectionist lol".
      case 4:
        return m.sentence.includes('you') && !/\b(lol|haha\w*|my own)\b/.test(m.messageText);
      // "we always end up at the same pub haha" is fond.
      case 6:
      case 7:
      case 8:
        return !LAUGHS.test(m.messageText) ? 0.75 : false;
      // "I'm always the one who cries at films lol" is about the writer alone.
      case 9:
        return m.sentenceAfter.includes('you') && !LAUGHS.test(m.messageText) ? 0.75 : false;
      case 11:
        return m.sentenceAfter.length === 0 ? 0.75 : false;
      // "when was the last time you actually asked…" attacks; "…you saw the dentist?" asks.
      case 12:
        return m.after.some((w) => ['actually', 'even', 'ever', 'bothered', 'me', 'my', 'us'].includes(w));
      case 13:
        return !m.isQuestion &&
          !m.sentenceText.includes('?') &&
          / you would /.test(` ${m.sentence.join(' ')} `)
          ? 0.75
          : false;
      // "every single bill, I pay it": one-sided, said of the writer's share.
      case 10:
        return m.sentenceAfter[0] === 'i' && !LAUGHS.test(m.messageText) ? 0.7 : false;
      // "never have you looked so happy" admires, "never once have you forgotten my birthday" thanks:
      // only a plain act not done is the complaint.
      case 15: {
        // ("never once have you ever forgotten…": the failing after "ever" or "even".)
        const said = predicate(m.after[0] === 'ever' || m.after[0] === 'even' ? m.after.slice(1) : m.after);
        return (
          !m.isQuestion &&
          said.length > 0 &&
          predicateValence(said) === 0 &&
          !FAILINGS.test(said.join(' ')) &&
          !messageSays(LAUGHS, m.messageText) &&
          !messageSays(PRAISED_AFTER, m.messageText)
        );
      }
      // Only a count with the partner or the years in it, and never the writer's own ("not one meal
      // cooked by me all week, takeaway heaven haha").
      case 16: {
        const around = ` ${m.sentence.join(' ')} `;
        const span = / (years?|yrs?|months?|weeks?|anniversaries|birthdays|christmases) /.test(around);
        // Done by the partner or nobody named: "…booked by the travel agent" is someone else's; a
        // predicate after it ("…planned by you has ever been boring") makes it praise; "we should do
        // Banff" makes it a plan (the helper's review).
        const by = m.after[0] === 'by' ? m.after[1] : undefined;
        const praised = m.after
          .slice(0, 6)
          .some((w) => /^(has|have|was|were|is|are|ever|been|went|turned)$/.test(w));
        // "…not a single parents' evening organised, the head is hopeless": the next clause names whose
        // doing it was.
        const next = m.sentenceAfter.slice(m.after.length);
        // (Only where that clause faults them and says nothing of the partner: "…my sister gets taken out
        // every week" compares, and the count is still the partner's; the helper's review.)
        const named =
          by === undefined &&
          !next.some((w) => w === 'you' || w === 'u' || w === 'your') &&
          ((opensOnSomeoneElse(next, m.sentenceText) && predicateValence(next) < 0) ||
            (['the', 'my', 'our', 'his', 'her', 'their'].includes(next[0] ?? '') &&
              ORGANISERS.has(next[1] ?? '')));
        return (
          !m.isQuestion &&
          !named &&
          (by === undefined || by === 'you' || by === 'u') &&
          !praised &&
          !messageSays(/\b(we should|let us|lets|shall we|we could|how about)\b/, m.messageText) &&
          !messageSays(LAUGHS, m.messageText) &&
          !messageSays(PRAISED_AFTER, m.messageText) &&
          (m.sentence.some((w) => w === 'you' || w === 'u') || span)
        );
      }
      default:
        return true;
    }
  },

  examples: {
    flag: [
      '[[every single bill]], I pay it',
      '[[not once this year have you]] planned a date',
      '[[we never do anything I want]] to do',
      '[[we always end up doing what you]] want',
      '[[why is it always me who]] has to apologise',
      '[[I’m always the one]] cleaning up after you',
      '[[you keep doing this]]',
      '[[nothing I do is ever good enough]] for you',
      '[[how many more times]]',
      '[[not once have you]] asked how my day was',
      '[[Not one time did you]] call me back',
      '[[you have not once]] said thank you',
      '[[not one single time have you]] said sorry first',
      '[[how many times do I have to ask]] you to lock the door',
      '[[3rd time this week you’ve]] forgotten to pick up the kids',
      '[[when was the last time you]] actually asked about my day',
      "the kids were great today. you'd know that [[if you ever came]] home before nine",
      '[[Never once have you]] picked the twins up from nursery without a reminder',
      '[[never have you]] asked how my shift went',
      'three years and [[not one weekend away booked]]',
      '[[not a single dinner cooked]] by you since March',
      'six months and [[not one night out planned]], the kids are asleep by eight and still nothing',
      '[[not once have you]] cooked on a Sunday, not once in four years',
      '[[Not once have you]] said thank you for the dinners',
      '[[not once have you]] let me pick the film',
      '[[Not once have you]] failed to make it about yourself',
      '[[not one date night organised]], my sister gets taken out every week',
    ],
    pass: [
      'every single bill is paid, we’re all set for the month!',
      'not once did the train arrive on time this week',
      'we never have time for date nights anymore, shall we book one?',
      'we always end up at the same pub haha',
      'why is it always raining on my day off',
      'I’m always the one who cries at films lol',
      'you keep doing this thing where you make me laugh at the worst times',
      'nothing I make is ever good enough for my own standards, I’m a perfectionist lol',
      'if you ever fancied a trip to Wales, I’d be up for it',
      'if you ever want to talk, I’m here',
      'if you ever went to Rome, what would you eat first?',
      '2nd time this week you’ve cooked for me, I’m spoiled',
      'third time this week you’ve made me laugh till I cried',
      'when was the last time you saw the dentist?',
      'how many times have you been to Lisbon?',
      'not one meal cooked by me all week, takeaway heaven haha',
      'four years and not one birthday booked by us at a restaurant, let’s change that!',
      '2 years in Canada and not one trip planned yet, we should do Banff this summer',
      'months of waiting and not one thing booked by the travel agent, I’m fuming with them',
      'not one holiday planned by you has ever been boring ❤️',
      'not one dinner cooked by you this year was bad, honestly chef level',
      'not once did my boss say thanks',
      'I called not once but twice',
      'you called once, thanks',
      'never have you looked so happy',
      'never once have you forgotten my birthday',
      'never once did you raise your voice at the kids',
      'never once have you ever forgotten our anniversary',
      'never once have you asked me for anything, you’re too good',
      'Not once in six years have you missed one of the twins’ matches. They noticed.',
      'not once have you forgotten to ring my nan on a Sunday',
      'Not once have you let me down when it mattered. Love you.',
      'a whole year and not one trip organised, the school is useless',
      'two years and not one repair booked, my landlord just ignores the emails',
    ],
  },
};
