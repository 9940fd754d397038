import { opensOnSomeoneElse, opensOnTheWorld, PARTNER_WORDS } from './grammar';
import type { Rule } from './types';

const SCARE_QUOTES = /(^|\s)['‘"“][^'‘’"“”\s]+(\s[^'‘’"“”\s]+){0,2}['’"”](?=[\s.,!?]|$)/u;

export const eyeRoll: Rule = {
  id: 'eye-roll',
  category: 'contempt',
  // Mockery colours the whole sentence ("oh great, another brilliant idea of yours 🙄"): rewrite all of it.
  scope: 'sentence',
  description: 'An eye-roll after a remark: the sneer turns it into contempt.',
  message: 'Eye-rolling',
  confidence: 0.8,
  phrases: ['eyeroll'],
  // "Got a parking ticket 🙄 my own silly fault": an eye-roll at the writer's own slip is no sneer.
  accept(m) {
    // Only "my own … fault": "oh it's all MY fault 🙄", "Oh sorry, I forgot you're the only one who
    // works 🙄" and "My bad 🙄" are sarcastic apologies.
    if (/\b(my own (\w+ )?fault|typical me)\b/.test(m.sentence.join(' '))) return false;
    // "our Kyle's given the wifi password to the whole street 🙄": the eye-roll is at someone else, in a
    // remark that opens on them and never names the partner (blind round 52).
    // A word or two in scare quotes mocks what the partner said of them: "sure, she's 'just a coworker' 🙄".
    const remark = m.before.length > 0 ? m.before : m.sentence;
    // "Gila road's closed 🙄", "train cancelled again 🙄": at the world, nobody's doing (blind round 85).
    if (
      // (opensOnTheWorld already finds no partner word in the sentence.)
      opensOnTheWorld(remark, m.sentence) &&
      !SCARE_QUOTES.test(m.sentenceText) &&
      // ('"traffic" 🙄': the sentence may start after its opening quote.)
      !/\p{L}["”]/u.test(m.sentenceText)
    )
      return false;
    return !(
      opensOnSomeoneElse(remark, m.sentenceText) &&
      !m.sentence.some((w) => PARTNER_WORDS.has(w)) &&
      !SCARE_QUOTES.test(m.sentenceText)
    );
  },
  span(m) {
    // The remark the eye-roll is aimed at: the clause before it.
    return [-m.before.length, 1];
  },
  examples: {
    flag: [
      'oh great, [[another brilliant idea of yours 🙄]]',
      '[[sure 🙄]]',
      'ok. [[see you at 7 then 🙄]]',
      '[[oh it’s all MY fault 🙄]]',
      '[[my bad 🙄]]',
      'ok. [[he’s “only a mate” 🙄]]',
      'the road was closed, [[you said you checked 🙄]]',
      '[[traffic was bad was it 🙄]]',
      '"[[traffic" 🙄]]',
      '[[internet bill unpaid yet again 🙄]]',
    ],
    pass: [
      'you always make me laugh 😂',
      'ok see you at 7 😊',
      'I rolled my eyes at the ref lol',
      'Got a parking ticket 🙄 my own silly fault for not reading the sign',
      'my sister has booked a karaoke night for the christening 🙄 I said I would go',
      'our Dev has eaten all the biscuits again 🙄',
      'his mum rang three times today 🙄 I’ll call her back',
      'my sista so selfish 🙄',
      'sister’s that selfish 🙄 she took the last of the cake',
      'Tita’s so bossy with the karaoke mic 🙄',
      'motorway shut at junction 9 🙄 home by 8 hopefully',
      'wifi down again 🙄',
    ],
  },
};
