import { THREAT_WORDS } from '../lexicon/phrases';
import { containsPhrase, expandPhrases, KIN, leverageAt, predicateValence } from './grammar';
import type { Match, Rule } from './types';

const THREATS = expandPhrases(THREAT_WORDS);

/** A repeat of what the partner did: "one more", "another", "again", "anything". */
const REPEAT = / (one more|another|again|anything|any more|once more|ever again) /;
/** Words that open a statement, not a command: "I bought another one and I'm…". */
const STATEMENT = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'it',
  'this',
  'that',
  'there',
  'my',
  'our',
  'his',
  'her',
  'their',
  'the',
  'a',
  'an',
  'if',
  'when',
  'so',
  'just',
  'can',
  'could',
  'would',
  'will',
  'shall',
]);
/** What the writer says to mean the threat: "I mean it", "I'm serious". */
const EARNEST =
  / (i mean it|i am serious|i swear|i am not joking|i am not kidding|try me|watch me|not bluffing|mark my words) /;
/** A condition that names a wrong done again or not undone: "if you drink again", "if you don't pick up". */
const REPEATED_WRONG = / (not|never|again|one more|another|any more|anymore|ever|last time|keep|still) /;

/**
 * The writer's own leverage after the condition ("…I'm taking the children to my mother"), meant as a
 * threat: against a wrong done again or not undone, said in earnest, for good, or the locks changed.
 * Not a plan ("If you're tired, I'll take the kids to Lola's.").
 */
function leverageThreat(m: Match, rest: readonly string[]): boolean {
  const at = leverageAt(rest);
  if (at <= 0) return false;
  const after = ` ${rest.slice(at).join(' ')} `;
  return (
    REPEATED_WRONG.test(` ${rest.slice(0, at).join(' ')} `) ||
    EARNEST.test(m.messageText) ||
    / (not|never) (come|coming) back | for good | locks | (lock|locking) you out /.test(after)
  );
}

/** A command to go, as a threat: "leave", "get out now", "pack your bags", "leave this house". */
const GO_COMMAND =
  /^(leave|get out|move out|pack (your|ur) (bags|stuff|things|shit))( (now|then|tonight|today|for good|(the|this|my|our) (house|home|flat|place)))?$/;

/**
 * The words after the condition without visits: "is she stopping over", "come over", "sleep over" are
 * plans for a guest, not "it's over" (blind round 57).
 */
function withoutVisits(words: readonly string[]): string[] {
  return words.filter(
    (w, k) =>
      !(
        w === 'over' &&
        /^(come|coming|came|stop|stopping|stay|staying|sleep|sleeping|pop|popping|pass|passing|hand|handing|bring|bringing|go|going|head|heading|drive|driving|fly|flying|nip|nipping|swing|swinging)$/.test(
          words[k - 1] ?? '',
        )
      ),
  );
}

/**
 * The words after a condition without the threat words that only say when something ends: "we'll be
 * done by then", "it's over by ten" (blind round 42). "My stuff will be gone by the time you land" and
 * "I gone by my mother" still threaten.
 */
function plainThreatWords(words: readonly string[]): string[] {
  const kept = withoutVisits(words);
  const TIME =
    /^(then|now|noon|lunch|lunchtime|teatime|dinner|midnight|\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
  return kept.filter(
    (w, k) => !(/^(done|over|finished)$/.test(w) && kept[k + 1] === 'by' && TIME.test(kept[k + 2] ?? '')),
  );
}

/** Strong outcomes beyond the threat words: money, the door, the locks. */
const DRASTIC =
  / (close|closing|cancel|cancelling) (the|our|your) (joint )?(account|card|cards)| (coming|come|comin) off | (change|changing) the locks | (box|bags|stuff|things|clothes) (is |are )?(going |goes )?(outside|out on the|on the step|on the doorstep|on the lawn|on the landing|in the bin|in the skip) /;

/** The verbs of a dare: "touch my…", "call me that…", "go through my phone…". */
const DARE_VERBS = '(touch|call|talk|speak|go|come|raise|lay|shout|yell|swear|say|do|pull|read)';
const DARE_VERB = new RegExp(`^${DARE_VERBS}$`);

/** Laughter that makes a "do that again and…" play, not a threat. */
const LAUGHTER = /\b(lol|haha|lmao|jk)\b/;

/** Where the match's "and" stands in its sentence: the words before it are the command. */
function commandAnd(m: Match): number {
  return m.sentence.findIndex((w, k) => w === 'and' && m.sentence[k + 1] === m.words[1]);
}

/**
 * "Do X again and I will Y": a command to repeat what the partner did, then what the writer will do,
 * meant as a threat (the threat words, a drastic outcome, or "I mean it"); never with laughter.
 */
function commandThenThreat(m: Match): boolean {
  // "…and I will close the joint account, sawa?": a tag question after a comma still threatens.
  const tagged = /,\s*[\p{L}']{1,8}\s*\?+\s*$/u.test(m.sentenceText);
  if ((m.isQuestion && !tagged) || LAUGHTER.test(m.messageText) || /\bpromise\b/.test(m.messageText))
    return false;
  if (/\p{Emoji_Presentation}/u.test(m.sentenceText) && /😂|🤣|😄|😆|😭|😅|😜|😉/u.test(m.sentenceText))
    return false;
  const at = commandAnd(m);
  if (at < 2) return false;
  const condition = m.sentence.slice(0, at);
  // A command ("miss another payment", "you buy one more box"); "one more lap and we're done" is the
  // rule's own count pattern, and mostly a finish line.
  const first = condition[0] === 'you' ? condition[1] : condition[0];
  if (!first || STATEMENT.has(first) || ['one', 'another'].includes(first)) return false;
  if (!REPEAT.test(` ${condition.join(' ')} `)) return false;
  const outcome = m.sentence.slice(at + 1);
  const said = ` ${outcome.join(' ')} `;
  // "…and we're done with the hall", "…and I'm gone to bed": a finish, not a threat.
  const finish = / (done|gone|over|finished|through) (with|packing|for|to) /.test(said);
  return (containsPhrase(outcome, THREATS) && !finish) || DRASTIC.test(said) || EARNEST.test(m.messageText);
}

/** Someone named just before a refusal: "your mammy", "yer sister", "your ex", "she", "he". */
const SOMEONE = new Set(['she', 'he', 'him', 'her']);
/** Words that say the person will be there: "is at", "will be at", "is coming", "bringing". */
const THERE = /\b(is|are|will be|be) (at|there|coming|going|invited|bringing)\b|\bbringing\b/;
/** Words that say the person will not be, or cannot help it: "can't make it", "poorly", "cancelled". */
const NOT_THERE = /\b(not|never|no|cancel\w*|poorly|ill|sick|unwell|off|away|working)\b/;

/**
 * "Your mammy's at the christening? Then I'm not going.": a refusal just after words that name someone who
 * will be there. Not "Your mum can't make it? Then I'm not going either." (with them, in solidarity),
 * "Raining? Then I'm not going." (no one named) or "Then I'm not going to bother with the bus" (the clause
 * goes on); nor where the writer goes on to a plan or an offer ("…, I'll stay and help you with her").
 */
function refusedOverSomeone(m: Match): boolean {
  if (m.after.some((w) => w === 'either' || w === 'too')) return false;
  const rest = m.after.filter((w) => !/^(then|now|anymore|there)$/.test(w));
  if (rest.length > 0 || LAUGHTER.test(m.messageText)) return false;
  if (m.sentenceAfter.some((w) => w === 'i' || w === 'we' || w === 'you')) return false;
  // (The words before the refusal's last occurrence in the message: the sentences just before it.)
  const at = m.messageText.lastIndexOf(` ${m.words.join(' ')} `);
  const prior = m.messageText.slice(0, Math.max(at, 0)).trim().split(' ').slice(-10);
  const said = ` ${prior.join(' ')} `;
  const named = prior.some(
    (w, k) =>
      SOMEONE.has(w) || (/^(your|yer|ya)$/.test(w) && (KIN.has(prior[k + 1] ?? '') || prior[k + 1] === 'ex')),
  );
  return named && THERE.test(said) && !NOT_THERE.test(said);
}

export const ifYouThreat: Rule = {
  id: 'if-you-threat',
  category: 'ultimatum',
  description: 'A condition with a threat: “if you go to that party, don’t bother coming home”.',
  message: 'Conditional threat',
  scope: 'sentence',
  confidence: 0.9,
  patterns: [
    // "if you don't come to therapy, I'm leaving"
    { match: '(if|unless) (you|your)' },
    // "one more lie and we're finished"
    { match: 'one more #Noun and (i|we|it|this|you)' },
    // "this is your last chance"
    { match: '(your|this is the|this is my) (last|final) (chance|warning)' },
    // "if therapy doesn't work we're finished": a failed condition and a threat
    { match: '(if|unless) (this|it|therapy|counseling|things|that) .{0,3} not (work|help|change|improve)' },
    // "this is the last time I'm asking, after that I'm gone"
    { match: '(this is)? the last time (i am|i will be|i will) (asking|ask|telling|tell|saying|say)' },
    // "you go on that trip and don't expect me to be here when you get back"
    { match: '^you .{1,6} and (do|i|we|you)' },
    // "if we don't fix this now it's over"
    { match: 'if we (do|can|will) not .{1,8} (is|are) (over|done|finished|through)' },
    // "our marriage is over unless we get help", "you have until friday …, then I'm gone",
    // "do that again and we're over", "if I find one more message from her, I'm filing for divorce"
    { match: '(is|are|will be) over (unless|if)' },
    { match: 'you have (until|till|til|got until) .{1,6}' },
    { match: '^(do|say|try|pull) (that|this|it) (again|one more time) and' },
    { match: 'if i (find|see|catch|hear|get) .{0,6}' },
    { match: '^(last|final) warning$' },
    // "no more chances": the whole reply
    { match: '^no more (second)? chances$' },
    // "I'll leave if this happens again"
    { match: 'i (will|am going to) (leave|go|walk out|move out|be gone) (if|unless)' },
    // "I want you out of the house by saturday"
    { match: 'i want you (out|gone)' },
    // "you made your choice, now live with it"
    { match: 'now live with it' },
    // "keep this up and you'll be sleeping on the sofa"
    { match: 'keep (this|that|it) up and (you|i|we|this|it)' },
    // "miss another payment on that RV and my name's coming off everything, I mean it", "you buy one
    // more box of those oils and I will close the joint account": a repeat told as a command, then what
    // the writer will do (review round 28, blind round 32).
    { match: 'and (i|my|you|your|we) .? (will|am|is|are|shall|going)' },
    // "one more week of this and I'm leaving you", "one more night of your snoring and you're on the sofa"
    { match: 'one more . of .{1,3} and (i|we|it|this|you)' },
    // "Touch my savings again, see what happens", "call me that one more time and see what happens": a
    // dare, the act named as the partner's and the threat left open (blind round 83). Not a try at a fix
    // ("restart the router again and see what happens"): the act must be one done to the writer or theirs.
    { match: `^${DARE_VERBS} .{0,6} again and? see what happens` },
    { match: `^${DARE_VERBS} .{0,6} once more and? see what happens` },
    { match: `^${DARE_VERBS} .{0,6} one more time and? see what happens` },
    // "Touch my savings again, see what happens": the dare after a comma, read from the sentence.
    { match: '^see what happens$' },
    // "Your mammy's at the christening? Then I'm not going.": the condition asked as a question, the
    // refusal after it (blind round 86).
    { match: '^then i (am|will) not (going|coming|go|come)' },
    // "one more night at the casino and I'm calling a lawyer": the repeat with where or what it is, then a
    // threat (blind round 87).
    { match: 'one more . (at|in|on|with|down|round) .{1,3} and (i|we|you|it|this)' },
  ],
  accept(m) {
    if (m.patternIndex === 3) return !m.isQuestion && containsPhrase(m.sentenceAfter, THREATS);
    // "this is the last time I'm asking, after that I'm gone" (or nothing after it); not "…about the tickets, ok?"
    if (m.patternIndex === 4)
      return (
        !m.isQuestion &&
        (containsPhrase(m.sentence, THREATS) || (m.after.length === 0 && !/\?/.test(m.sentenceText)))
      );
    if (m.patternIndex === 5) return !m.isQuestion && containsPhrase(m.sentence, THREATS);
    // "…it's over for the cinema" is a timetable.
    if (m.patternIndex === 6)
      return !m.isQuestion && !['for', 'by', 'at', 'in', 'before'].includes(m.after[0] ?? '');
    if (m.patternIndex === 7) return !m.isQuestion;
    if (m.patternIndex >= 8 && m.patternIndex <= 10)
      return !m.isQuestion && containsPhrase(m.sentence, THREATS);
    // "last warning before I eat your chips" is play: the warning must stand alone.
    if (m.patternIndex === 11) return m.sentenceAfter.length === 0;
    if (m.patternIndex === 12 || m.patternIndex === 13 || m.patternIndex === 14) return !m.isQuestion;
    if (m.patternIndex === 15) return m.messageText.includes(' you ') ? 0.75 : false;
    if (m.patternIndex === 16) {
      // "keep it up and you'll smash the exam!" cheers; "keep this up and…" warns.
      if (m.isQuestion) return false;
      return containsPhrase(m.sentenceAfter, THREATS) || predicateValence(m.sentenceAfter.slice(0, 10)) < 0;
    }
    if (m.patternIndex === 17) return commandThenThreat(m);
    // ("one more night at the casino and…" reads as "one more week of this and…" does.)
    if (m.patternIndex === 18 || m.patternIndex === 24)
      return (
        !m.isQuestion &&
        // "…and we're done with the hay": a finish, as below.
        !/ (done|through|finished|over) with (?!(you|us|this|it) )/.test(` ${m.after.join(' ')} `) &&
        !LAUGHTER.test(m.messageText) &&
        (containsPhrase(plainThreatWords(m.after), THREATS) || DRASTIC.test(` ${m.after.join(' ')} `))
      );
    // "Left the smokes in the glovebox, one more week and I'm chucking the lot": a time the writer gives
    // themself, in a sentence that never names the partner (blind round 53); "one more day and I'm
    // leaving you" names them.
    // "One more month and you are home, I'm counting the days ❤️" names them, but counts to a homecoming
    // (blind round 26).
    if (
      m.patternIndex === 1 &&
      /^(week|day|month|year|fortnight|hour|minute|weekend|shift)$/.test(m.words[2] ?? '') &&
      (!m.sentence.some((w) => ['you', 'your', 'u', 'ur', 'yours'].includes(w)) ||
        /^(you|u) (are|will be|will) (home|back|here|with me)\b/.test(
          m.words.slice(4).concat(m.after).join(' '),
        ))
    )
      return false;
    if (m.patternIndex >= 19 && m.patternIndex <= 22) {
      if (m.isQuestion || LAUGHTER.test(m.messageText)) return false;
      // (After a comma the dare is the sentence's words before "see what happens".)
      const dare = (
        m.patternIndex === 22
          ? m.sentence.slice(0, m.sentence.length - m.sentenceAfter.length - 3)
          : m.words.slice(0, m.words.lastIndexOf('see'))
      )
        .filter((w, k, all) => !(k === all.length - 1 && w === 'and'))
        // ("ok touch my savings again, see what happens": a lead-in is no part of the dare.)
        .filter((w, k) => !(k === 0 && /^(ok|okay|so|just|yeah|right|honestly)$/.test(w)));
      const said = ` ${dare.join(' ')} `;
      return (
        DARE_VERB.test(dare[0] ?? '') &&
        dare.length <= 10 &&
        / (again|once more|one more time) $/.test(said) &&
        // An act done to the writer ("touch my…", "read my messages", "talk to me like that", "call me
        // that", "do that"), not a try at a fix ("call my phone again and see what happens, the ringer
        // might be fixed": the regrade's reviewer).
        (/ (my|me|mine|our|us) /.test(said) || / (that|this) (again|once more|one more time) $/.test(said)) &&
        !(dare[0] === 'call' && dare[1] !== 'me') &&
        !/\b(might|maybe|should (work|be)|i think|fixed|working|try it)\b/.test(m.messageText)
      );
    }
    if (m.patternIndex === 23) return refusedOverSomeone(m);
    if (m.patternIndex > 0) return true;
    if (m.isQuestion) return false;
    const at = m.sentence.indexOf(m.words[0] as string);
    // "If you could go through my handbag for the keys, I should be most grateful": a polite request.
    // ("If you could lie to my face like that, we're done" still threatens.)
    if (
      m.sentence[at + 2] === 'could' &&
      /\b(grateful|appreciate|thank|thanks|please|lovely|great|help)\b/.test(m.messageText)
    )
      return false;
    const rest = plainThreatWords(m.sentence.slice(at + 2));
    // "we're done if you go": the threat may come first, said of the couple or the writer.
    const first = m.sentence.slice(0, at);
    const threatFirst =
      first.length > 0 &&
      // the couple or the writer ("we're done if…"), or a command to go ("pack your bags if…"), not an
      // errand in the same verbs ("leave the key under the pot if you head out")
      (['we', 'i', 'this', 'it'].includes(first[0] as string) || GO_COMMAND.test(first.join(' '))) &&
      containsPhrase(first, THREATS);
    if (!containsPhrase(rest, THREATS) && !threatFirst && !leverageThreat(m, rest)) return false;
    // "I'm done if you are": ready together, not a threat.
    if (threatFirst && !containsPhrase(rest, THREATS) && ['are', 'want', 'like'].includes(rest[0] ?? ''))
      return false;
    // "if you're done with the shopping": "done with" + a thing is not a threat.
    const joined = ` ${rest.join(' ')} `;
    if (
      / (done|through|finished|over) with /.test(joined) &&
      !/ (done|through|finished) with (you|us|this) /.test(joined)
    )
      return false;
    return true;
  },
  span(m) {
    // "miss another payment and my name's coming off": from the command to the end of its sentence.
    if (m.patternIndex === 17) {
      return [-Math.max(0, commandAnd(m)), m.words.length + m.sentenceAfter.length];
    }
    // The condition and its threat: "if you don't come to therapy, I'm leaving".
    // "one more lie and we're finished" ends with its clause.
    return [
      0,
      m.words.length +
        (m.patternIndex === 0 ||
        m.patternIndex === 3 ||
        m.patternIndex === 5 ||
        m.patternIndex === 8 ||
        m.patternIndex === 10
          ? m.sentenceAfter.length
          : m.after.length),
    ];
  },
  examples: {
    flag: [
      'Your sister’s bringing him to the barbecue? [[Then I’m not coming]].',
      'So your ex will be at Dale’s fortieth? [[Then I will not go]], simple as.',
      'I meant what I said: [[one more night at the casino and I’m calling a lawyer]]. Love to your mom.',
      '[[no more chances]]',
      // The writer's leverage against a repeated wrong, in earnest, or the locks
      '[[if you miss her recital one more time I will tell your mother everything]]',
      '[[if you turn up drunk to the barbecue I swear I’m taking the kids to my sister’s]]',
      '[[if u go to that stag do im changing the locks]]',
      '[[if you aren’t home by midnight I’m locking the door]]',
      '[[If you put the vet bill on the card again without asking me, I’m taking my name off the account]]',
      '[[if your mum comes for christmas, I’m going to my sister’s]]',
      '[[I’ll leave if this happens again]]',
      '[[I want you out of the house by saturday]]',
      'pack your bags [[if you can’t commit]]',
      '[[try that one more time and see what happens]]',
      '[[Come home steaming one more time and your stuff’s going out on the landing]]',
      'you made your choice, [[now live with it]]',
      'we’re done [[if you go]]',
      '[[if we don’t fix this now it’s over]], I mean it, we need therapy',
      'our marriage [[is over unless we get help]]',
      '[[you have until the end of the month to sort your drinking out, then I’m gone]]',
      '[[do that again and we’re over]]',
      'Go through my phone again, [[see what happens]].',
      'ok, read my messages one more time, [[see what happens]]',
      'Do that again, [[see what happens]].',
      "[[call me that one more time and see what happens]], I'm serious",
      '[[if I find one more message from her, I’m filing for divorce]]',
      '[[last warning]]',
      "[[if you go to that party tonight don't bother coming home]]",
      "[[If you don't come to therapy, I'm leaving]]",
      '[[If you could lie to my face like that, we’re done]]',
      "[[one more lie and we're finished]], I mean it",
      "[[one more week of this and I'm leaving you]]",
      'The kids are asleep. [[One more night of your snoring and you’re sleeping on the couch]].',
      "[[keep this up and you'll be sleeping on the sofa for good]]",
      "this is our last shot, [[if therapy doesn't work we're finished]]",
      "[[this is the last time I'm asking]], after that I'm gone",
      "[[you go on that trip and don't expect me to be here when you get back]]",
      '[[skip another payment on the car and my name is coming off the loan, I mean it]]',
      '[[you buy one more gadget off the telly and I will close the joint account]]',
    ],
    pass: [
      'Raining at the fete? Then I’m not going, I’ll do the ironing instead.',
      'Your mum’s driving? Then I’m not going to bother booking the bus.',
      'Is your brother coming? Then I’m not going to cook the lamb, he’s veggie now',
      'Your mum can’t make it? Then I’m not going either.',
      'one more night at the beach and I’ll be as brown as you lol',
      'one more round of golf with your dad and we can head home, ok?',
      'one more night in the tent and we’re done with camping for the year, promise x',
      'Your sister’s poorly? Then I’m not coming, I’ll stay and help you with her.',
      "Left the smokes in the ute, one more week and I'm chucking the lot, mate. Proud of meself.",
      'if you take the car again tomorrow, I’m taking my name off the rota for the school run so you can do it',
      'bring one more box of decorations and your stuff is going out on the landing for the party lol',
      // The same acts as plans
      'if you’re tired I’ll take the kids to the park',
      'If you agree, I take the children to my mother for half term',
      'if you’re cold I’ll lock the door and put the heating on',
      'if you want to tell your mum first, that’s fine',
      'if you don’t want to tell your family about the job yet, I understand',
      'no more chances to see the show, it closed',
      'if your mum comes for christmas I’ll make the trifle',
      'I’ll leave the key under the mat',
      'leave the spare key with Dot if you go out',
      'pack the lunchboxes if you get up first',
      'if your brother is coming for the match I’ll get more beers, is he staying over?',
      'try that one more time, you almost had it',
      'pack your bags, we’re going to Paris!!',
      'if we don’t leave by 6 it’s over for the cinema',
      'if we don’t leave now we’ll be late, it’s over by ten',
      'I’m done if you are, shall we go?',
      'last warning before I eat your chips',
      'do that again, it was hilarious',
      'take the lid off again and see what happens, it might just be stuck',
      'Call my phone again and see what happens, I think the ringer is fixed now',
      'Touch the screen once more and see what happens, it should work',
      'you have until friday to pick a film, no pressure',
      'if I find your keys I’ll text you',
      "this is the last time I'm asking about the tickets before I book, ok?",
      'you cook and I’ll wash up, deal?',
      'the last time I asked, you said tuesday, is that still ok?',
      "if you don't like the jacket I can take it back, no stress",
      'if you get a chance, can you grab milk?',
      "if you're done with the shopping, meet me at the car",
      'keep it up and you’ll smash the exam!',
      'keep that up and you’ll be running a marathon by spring',
      "if it doesn't work we can return it",
      'have another slice and I will make more tomorrow',
      'I bought another one and I am taking it back on Monday',
      'pour me one more and I am done for the night lol',
      'One more month and you are home, I’m counting the days ❤️',
      'one more week of rain and we’re done with the hay, thank god',
      'one more hour of this film and I am going to bed',
      'If you could go through my handbag for the car keys, I should be most grateful.',
      'If you want to go to football after lunch that’s fine, we’ll be done by then.',
    ],
  },
};
