/**
 * Function words and fillers of the languages Softer's writers mix into English (Tagalog and Bisaya,
 * Malay and Singlish, Nigerian Pidgin, Swahili, Hindi and Urdu, Arabic, French, Afrikaans): "bahala ka
 * na", "ikaw jud ang reason", "wewe ni useless kabisa", "pas de discussion". compromise reads them as
 * nouns, and a rewrite then named them as the topic ("I'm finding bahala ka na hard to talk about",
 * review round 29; "leave khalas for now", round 27). None is an English word: a rewrite never takes a
 * topic from one.
 */
export const MIXED_LANGUAGE_WORDS: ReadonlySet<string> = new Set([
  // Tagalog and Bisaya
  'ang',
  'ka',
  'na',
  'sa',
  'ni',
  'jud',
  'ikaw',
  'bahala',
  'naman',
  'talaga',
  'lang',
  'kasi',
  'nga',
  'ate',
  'kuya',
  'barkada',
  'kasal',
  // Malay and Singlish
  'lah',
  'lor',
  'leh',
  'meh',
  'tak',
  'dah',
  'kena',
  'saman',
  // Nigerian Pidgin and Ghanaian English
  'abeg',
  'dey',
  'wetin',
  'oga',
  'sha',
  'jor',
  'una',
  // Swahili
  'wewe',
  'mimi',
  'kabisa',
  'hizo',
  'wacha',
  'sasa',
  // Hindi and Urdu
  'yaar',
  'hai',
  'kya',
  'nahi',
  'arre',
  'bas',
  'bhai',
  // Arabic
  'khalas',
  'yalla',
  'wallah',
  'habibi',
  // French
  'pas',
  'de',
  'le',
  'est',
  'réglé',
  // Afrikaans
  'ag',
  'nee',
]);
