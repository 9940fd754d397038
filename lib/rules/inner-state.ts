import { predicateValence } from './grammar';
import type { Rule } from './types';

export const innerState: Rule = {
  id: 'inner-state',
  category: 'diagnosis',
  description:
    'Telling the partner what they really feel, want or mean: “you don’t actually love me”, “you only care about yourself”.',
  message: 'Telling them what they feel',
  confidence: 0.85,
  patterns: [
    // "you don't actually love me", "you don't care about us"
    {
      match:
        'you (clearly|obviously|just|honestly)? (do|did) not (actually|really|even|truly|ever)? (love|respect|want|like|value|trust|appreciate) (me|us|anyone|anybody)',
    },
    // "you don't care about me", "you don't even care"
    {
      match:
        'you (do|did) not (actually|really|even|truly|ever)? care about (me|us|anyone|anything|my|how|what|our)',
    },
    { match: 'you (do|did) not (actually|really|even|truly|ever)? care (at all|anymore)?$' },
    // "you clearly don't care what time I get home"
    {
      match:
        'you (clearly|obviously|just|honestly|really) (do|did) not (actually|really|even)? care (what|how|if|whether|that|about)',
    },
    // "what I think doesn't matter to you", "my feelings don't matter to you"
    { match: '(do|does) not (even)? matter to you' },
    // "you only care about yourself"
    { match: 'you (only|just) (care|think) about (yourself|you|your #Noun)' },
    // "you only said sorry because you want this to be over"
    { match: 'you only #Verb .{0,5} because you' },
    // "you have serious trust issues", "you have a problem"
    { match: 'you have got? (serious|real|major|such|massive|deep|some|big)? #Noun? (issues|problems)' },
    // "you have a drinking problem", "you've got an anger problem"
    {
      match:
        'you (have|got) (a|an) (serious|real|big)? (drinking|anger|attitude|gambling|commitment|control|spending) (problem|issue)',
    },
    // "your problem is you can't handle criticism"
    { match: '(your|the) (real)? (problem|issue) is you' },
    // "you can't handle any criticism"
    {
      match:
        'you (can|could) not (even)? (handle|take|accept) (any|the|a)? (criticism|feedback|truth|anything|it|responsibility)',
    },
    // "you're doing that thing where you pretend to be fine"
    { match: 'you are doing (that|the) thing' },
    // "you act like you're the only one who works": their inner story, told for them
    {
      match: 'you (always|just|really)? (act|acting|behave|behaving) like (you|it|i|nobody|no one|everyone)',
    },
    // "you clearly have no idea how hard this is"
    { match: 'you (clearly|obviously|honestly|just)? have no (idea|clue) (how|what|why)' },
    // "you're not even trying", "you aren't really listening"
    { match: 'you are not (even|really)? (trying|listening|bothering|making an effort|paying attention)' },
    // "deep down you just want control", "you just want attention"
    { match: 'deep down (you|u)' },
    {
      match:
        'you (just|only) want (control|attention|to win|to be right|an excuse|your own way|the last word)',
    },
    // "you could have at least pretended to care"
    {
      match:
        'you could (have)? at least (pretend|pretended|try|tried|act|acted) .{0,2} (care|cared|interested|bothered)',
    },
    // "your mother runs your life"
    { match: 'your (mother|mum|mom|dad|father|family|parents|friends|boss) (runs|controls|rules) your life' },
    // "you enjoy making me feel small"
    { match: 'you (enjoy|love|like) (making|seeing|watching) me (feel|look|cry|suffer|beg)' },
    // "you clearly resent me": a feeling assigned to them
    { match: 'you (clearly|obviously|secretly|just|really)? (resent|despise) (me|us)' },
    // "you're so quick to judge"
    { match: 'you are (so|always|too|very)? quick to (judge|blame|assume|criticise|criticize|snap|anger)' },
    // "you only apologise when you want something"
    { match: 'you only #Verb .{0,3} when you (want|need)' },
    // "you're just looking for a reason to leave"
    { match: 'you are (just|only|clearly)? looking for (a reason|an excuse|a way out|a fight|attention)' },
    // "you've changed, and not in a good way"
    { match: 'you have changed' },
    // "all you care about is your football", "all you ever think about is work"
    { match: 'all you (ever)? (care|think|worry) about' },
    // "you just don't want to hear it", "you clearly don't want to change": a motive read into them
    {
      match:
        'you (clearly|obviously|just|simply|honestly)? (do|did) not (even|really)? want to (hear|listen|know|see|understand|change|try|admit|talk|deal|fix|help|face|accept|make)',
    },
    // "you don't even realise it"
    { match: 'you do not even (realize|notice|see|know|care)', confidence: 0.7 },
  ],
  accept(m) {
    // "do you have any problems with the car?" asks; a diagnosis tells. A tag asks too when the
    // motive is checked, not asserted: "you don't want to hear the ending, right?".
    if (m.isQuestion) return false;
    // "you enjoy making me laugh, don't you" is fond.
    if (m.words.includes('making') && predicateValence(m.sentenceAfter.slice(0, 4)) > 0) return false;
    // "you've changed your hair! love it": only the person changed, for the worse.
    if (m.words.at(-1) === 'changed')
      return (
        (m.after.length === 0 || m.after[0] === 'and' || m.after[0] === 'so') &&
        /\b(not in a good way|for the worse|not the same|not who)\b/.test(m.messageText)
      );
    if (m.words.includes('want') && /\b(lol|lmao|haha\w*)\b/i.test(m.sentenceText)) return false;
    // "you have no idea how happy I am" is joy, not a diagnosis.
    if (m.words.includes('trying') && (m.after[0] === 'to' || /\b(lol|haha\w*)\b/i.test(m.sentenceText)))
      return false;
    if (m.words[0] === 'all' && predicateValence(m.sentenceAfter.slice(0, 8)) > 0) return false;
    if (m.words.includes('idea') || m.words.includes('clue'))
      return predicateValence(m.sentenceAfter.slice(0, 8)) <= 0;
    return !(
      m.words.includes('want') && /,\s*(right|yeah|yes|ok|okay|correct)\s*\?+\s*$/i.test(m.sentenceText)
    );
  },
  examples: {
    flag: [
      '[[you enjoy making me feel]] small',
      '[[your mother runs your life]]',
      '[[you clearly resent me]]',
      '[[you’re so quick to judge]]',
      '[[you only apologise when you want]] something',
      '[[you’re just looking for a reason]] to leave',
      '[[you could have at least pretended to care]]',
      '[[you’ve changed]] and not in a good way',
      "[[you don't actually love me]], you love the idea of me",
      '[[you only care about yourself]]',
      '[[you have serious trust issues]] and you need to deal with them',
      "[[Your problem is you can't handle any criticism]]",
      '[[you only said sorry because you]] want this to be over',
      '[[you just don’t want to hear]] it',
      '[[you act like you’re]] the only one who works',
      '[[you clearly have no idea how]] hard this is for me',
      '[[you’re not even trying]]',
      '[[all you care about]] is your football',
      '[[deep down you just want control]]',
      '[[you’ve got serious anger issues]]',
    ],
    pass: [
      'you enjoy making me laugh, don’t you',
      'you’re so quick, you finished the puzzle already!',
      'you only apologise when you mean it, I respect that',
      'you’ve changed your hair! love it',
      'you’ve changed so much since uni, in the best way',
      'deep down I know we’ll be fine',
      'you just want to win at monopoly lol',
      'my boss only cares about himself',
      "I don't care what we have for dinner",
      'do you have any problems with the car?',
      'the car has a problem with the boiler',
      'you don’t want to hear the ending? fine, no spoilers',
      'I just don’t want to hear about work tonight',
      'my boss acts like he’s the only one who works',
      'you have no idea how happy that makes me',
      'are you not even a little tired?',
      'you’re not even trying to hide your smile lol',
      'all you care about is me being happy, I know that',
    ],
  },
};
