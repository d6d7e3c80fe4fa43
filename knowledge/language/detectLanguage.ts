/**
 * Recognises a message written in a language other than English, offline: by script for
 * languages with their own (Chinese, Korean, Russian, ...) and by common words for Latin-script
 * ones (Spanish, Vietnamese, Tagalog, ...). Tuned to stay quiet on English that borrows a word
 * ("hola", "Los Angeles"): a Latin-script language needs several of its own words and more of
 * them than English ones.
 */
export interface Language {
  /** ISO 639-1 code. */
  code: string;
  /** The language's name in English, as a member would say it to Member Services. */
  name: string;
  /** Its name in the language itself. */
  nativeName: string;
}

interface ScriptRule {
  language: Language;
  pattern: RegExp;
}

/** Checked in order: kana before Han (Japanese writes both), Persian letters before Arabic. */
const SCRIPTS: readonly ScriptRule[] = [
  { language: { code: 'ja', name: 'Japanese', nativeName: '日本語' }, pattern: /[\u3040-\u30ff]/u },
  { language: { code: 'zh', name: 'Chinese', nativeName: '中文' }, pattern: /\p{Script=Han}/u },
  { language: { code: 'ko', name: 'Korean', nativeName: '한국어' }, pattern: /\p{Script=Hangul}/u },
  { language: { code: 'ru', name: 'Russian', nativeName: 'Русский' }, pattern: /\p{Script=Cyrillic}/u },
  { language: { code: 'fa', name: 'Persian (Farsi)', nativeName: 'فارسی' }, pattern: /[پچژگ]/u },
  { language: { code: 'ar', name: 'Arabic', nativeName: 'العربية' }, pattern: /\p{Script=Arabic}/u },
  { language: { code: 'hy', name: 'Armenian', nativeName: 'Հայերեն' }, pattern: /\p{Script=Armenian}/u },
  { language: { code: 'pa', name: 'Punjabi', nativeName: 'ਪੰਜਾਬੀ' }, pattern: /\p{Script=Gurmukhi}/u },
  { language: { code: 'hi', name: 'Hindi', nativeName: 'हिन्दी' }, pattern: /\p{Script=Devanagari}/u },
  { language: { code: 'km', name: 'Khmer (Cambodian)', nativeName: 'ភាសាខ្មែរ' }, pattern: /\p{Script=Khmer}/u },
  { language: { code: 'lo', name: 'Lao', nativeName: 'ພາສາລາວ' }, pattern: /\p{Script=Lao}/u },
  { language: { code: 'th', name: 'Thai', nativeName: 'ภาษาไทย' }, pattern: /\p{Script=Thai}/u },
  { language: { code: 'am', name: 'Amharic', nativeName: 'አማርኛ' }, pattern: /\p{Script=Ethiopic}/u },
];

interface WordRule {
  language: Language;
  words: ReadonlySet<string>;
  /** Letters only this language uses among the ones listed here. */
  letters?: RegExp;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const WORD_LANGUAGES: readonly WordRule[] = [
  {
    language: { code: 'es', name: 'Spanish', nativeName: 'Español' },
    words: words(
      'el la los las un una unos de del que y en con para por mi mis su sus es está estoy están tengo tiene necesito necesita ' +
        'quiero puedo puede cómo como dónde donde cuándo cuando qué porque pero muy ayuda ayudar hablar habla hablan hablo español ' +
        'inglés cita citas factura receta medicina médico doctora seguro tarjeta gracias hola buenos buenas días tardes noches ' +
        'favor usted yo sí también mañana hoy ayer llamar pagar cuenta reclamo queja apelación negaron intérprete traductor',
    ),
    letters: /[ñ¿¡]/u,
  },
  {
    language: { code: 'vi', name: 'Vietnamese', nativeName: 'Tiếng Việt' },
    words: words('tôi toi không khong cần giúp giup của cua và là có được duoc này với cho một những bác sĩ thuốc thẻ hẹn xin chào cảm ơn làm sao ở'),
    letters: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u,
  },
  {
    language: { code: 'tl', name: 'Tagalog', nativeName: 'Tagalog' },
    words: words(
      'ang ng mga po opo ako ko ikaw mo siya niya kami namin tayo natin sila nila ito iyan iyon dito doon hindi oo salamat ' +
        'paano saan kailan bakit ano sino kailangan gusto pwede puwede maaari magkano tulong tulungan gamot doktor sa na ba naman lang',
    ),
  },
  {
    language: { code: 'pt', name: 'Portuguese', nativeName: 'Português' },
    words: words('eu você voce não nao preciso obrigado obrigada olá ola meu minha seu sua com uma está estou tenho ajuda consulta remédio cartão'),
    letters: /[ãõç]/u,
  },
  {
    language: { code: 'fr', name: 'French', nativeName: 'Français' },
    words: words('je vous nous est les des une pour avec mon ma mes suis besoin merci bonjour aide rendez-vous médecin carte ordonnance parlez français'),
    letters: /[èêëç]/u,
  },
];

/** Common English words; a message with more of these than another language's is English. */
const ENGLISH = words(
  'the a an and or to of in on at for with my me i you your is are was be it this that how what when where why who can do does ' +
    'need want have has get help please not no yes call bill card doctor appointment pay',
);

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}'-]+/u)
    .filter(Boolean);
}

/** The message's language when it is not English; undefined for English or too little to tell. */
export function detectLanguage(text: string): Language | undefined {
  const script = SCRIPTS.find((rule) => rule.pattern.test(text));
  if (script) return script.language;
  const list = tokens(text.normalize('NFC'));
  const english = list.filter((word) => ENGLISH.has(word)).length;
  let best: { language: Language; score: number } | undefined;
  for (const rule of WORD_LANGUAGES) {
    const hits = list.filter((word) => rule.words.has(word)).length + (rule.letters?.test(text) ? 1 : 0);
    if (hits >= 2 && hits > english && (!best || hits > best.score)) best = { language: rule.language, score: hits };
  }
  return best?.language;
}
