/**
 * Function words and fillers of the languages Softer's writers mix into English (Tagalog and Bisaya,
 * Malay and Singlish, Nigerian Pidgin, Swahili, Hindi and Urdu, Arabic, French, Afrikaans, Caribbean
 * Creole English, Scots): "bahala ka
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
  // Caribbean Creole English (review round 43: "hurt about bai yuh", "feel okay about tell yuh")
  'yuh',
  'bai',
  'nuh',
  'deh',
  'mek',
  'seh',
  'ting',
  'gyaff',
  // Scots (review round 43: "change for me with comin tae", "I telt ye")
  'tae',
  'fae',
  'telt',
  'dinna',
  'canna',
  'cannae',
  'didnae',
  'hame',
  'aboot',
  // Hindi and Urdu, Tagalog (review round 43: "finding chup karo hard", "late sa binyag ng")
  'chup',
  'karo',
  'ng',
  'binyag',
  'pamangkin',
  'mo',
]);
