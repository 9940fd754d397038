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
  'tapos',
  'usapan',
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
  // (rounds 35, 46 and 47: "the money fuh", "hurt about cyaan")
  'fuh',
  'cyaan',
  'doan',
  'tek',
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
  // Scots and Geordie, again (review rounds 42, 46 and 47: "talking about divvent start", "och dinna",
  // "the nicht", "the bins oot", "steamin wan mair")
  'divvent',
  'dinnae',
  'winna',
  'winnae',
  'wouldnae',
  'disnae',
  'isnae',
  'och',
  'nicht',
  'oot',
  'mair',
  'greetin',
  'nae',
  'feart',
  // "that's for folk wi real problems": Scots "with" (the regrade of review round 67 read "Talking about folk
  // wi again")
  'wi',
  // Hindi and Urdu, Tagalog (review round 43: "finding chup karo hard", "late sa binyag ng")
  'chup',
  'karo',
  'ng',
  'binyag',
  'pamangkin',
  'mo',
]);

/**
 * Exclamations that open a sentence in the Englishes Softer's writers use, and carry no content of their
 * own: Malaysian and Singaporean "aiyo", "alamak", Ghanaian "chale", "herh", South African "eish",
 * Nigerian "abeg", "haba", Arabic "wallah", "yalla", Hindi and Urdu "arre", "yaar". Said first, the
 * writer's statement is what follows ("chale we missed the trotro…"); a rewrite that kept them read
 * "I feel upset that chale we missed the trotro" (review round 50).
 */
export const OPENING_EXCLAMATIONS: ReadonlySet<string> = new Set(
  'aiyo aiyoh aiyoo aiyah aiya aiyaa haiya haiyaa alamak walao chale chaley herh eish abeg haba ehn wallah walahi wallahi yalla arre arrey arey yaar ugh urgh jeez gosh oof uff ufff'.split(
    ' ',
  ),
);
