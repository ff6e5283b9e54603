import type { CueLanguage } from './language.js';

/**
 * English attribution vocabulary. Multi-word entries are matched as written with any whitespace
 * between words; matching is case-insensitive for verbs and case-sensitive for names.
 */
export const en: CueLanguage = {
  code: 'eng',
  /** Verbs (and verb phrases) that present words as someone's own, in the forms news writing uses. */
  speechVerbs: [
    'said', 'says', 'added', 'adds', 'told', 'tells', 'warned', 'warns', 'noted', 'notes', 'emphasized',
    'emphasised', 'emphasizes', 'stressed', 'stresses', 'assured', 'explained', 'explains', 'stated', 'states',
    'declared', 'announced', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims', 'asked', 'asks',
    'replied', 'replies', 'responded', 'answered', 'continued', 'concluded', 'recalled', 'recalls', 'remarked',
    'observed', 'commented', 'acknowledged', 'admitted', 'admits', 'conceded', 'suggested', 'suggests', 'wrote',
    'writes', 'tweeted', 'posted', 'predicted', 'predicts', 'cautioned', 'urged', 'urges', 'pointed out',
    'points out', 'went on', 'agreed', 'countered', 'complained', 'lamented', 'quipped', 'joked', 'boasted',
    'vowed', 'promised', 'pledged', 'believes', 'summed up', 'clarified', 'specified', 'outlined', 'assessed',
    'affirmed', 'maintained', 'maintains', 'contended', 'charged', 'alleged', 'demanded', 'shouted', 'testified',
    'reiterated', 'underlined', 'highlighted', 'mentioned', 'confirmed', 'denied', 'estimated', 'addressed',
    'announces', 'declares', 'thundered', 'snapped', 'retorted', 'mused', 'sighed', 'exclaimed', 'wondered',
    'stressed out', 'reasoned', 'objected', 'protested', 'conceded', 'opined', 'surmised', 'asserted', 'asserts',
    'elaborated', 'echoed', 'quoted', 'quotes', 'informed', 'reminded', 'concurred', 'disclosed', 'revealed',
    'pointed', 'summarized', 'summarised', 'recounted', 'described', 'describes', 'was quoted as saying',
    'is quoted as saying', 'said in a statement', 'told reporters', 'wrote on', 'said on', 'called', 'calls',
    'worries', 'worried', 'frets', 'fretted', 'cautions', 'concedes', 'acknowledges', 'recalled', 'observes',
    'complains', 'laments', 'contends', 'predicts', 'reckons', 'reckoned', 'muses', 'quips', 'jokes', 'boasts',
    'put it', 'puts it', 'shot back', 'fired back', 'hit back', 'chimed in', 'cried', 'yelled', 'chanted',
  ],
  /** Words that may sit between the subject and the verb: `he also said`, `Smith has said`. */
  verbModifiers: [
    'also', 'later', 'then', 'previously', 'earlier', 'again', 'once again', 'further', 'recently', 'simply',
    'repeatedly', 'has', 'had', 'have', 'would', 'will', 'has also', 'had also', 'once', 'further', 'publicly',
    'flatly', 'bluntly', 'angrily', 'firmly', 'quickly', 'frankly', 'openly', 'reportedly', 'subsequently',
  ],
  /** Subject pronouns that refer to one person. */
  pronouns: ['he', 'she'],
  /** Object/possessive pronouns that follow a source phrase: `according to him`. */
  objectPronouns: ['him', 'her'],
  /** Phrases followed by the source: `according to X`, `in the words of X`. */
  sourcePhrases: ['according to', 'in the words of', 'quoting', 'as quoted by', 'as stated by', 'as said by'],
  /** Phrases introducing a source pronoun: `in his words`. */
  pronounSourcePhrases: [],
  /**
   * Nouns that, right before a quotation, mark it as a name or title rather than speech:
   * `the law “On …”`, `the newspaper «…»`.
   */
  titleNouns: [
    'law', 'act', 'bill', 'decree', 'program', 'programme', 'forum', 'newspaper', 'magazine', 'journal',
    'company', 'operation', 'film', 'movie', 'book', 'novel', 'show', 'series', 'party', 'movement', 'campaign',
    'slogan', 'strategy', 'initiative', 'project', 'doctrine', 'concept', 'festival', 'award', 'prize', 'so-called',
    'dubbed', 'called', 'named', 'titled', 'entitled', 'headlined', 'song', 'album', 'hashtag', 'brand', 'plan',
    'exercise', 'exercises', 'drills', 'agency', 'channel', 'portal', 'website', 'outlet', 'publication', 'report',
    'article', 'column', 'editorial', 'column', 'treaty', 'agreement', 'pact', 'club', 'group', 'fund', 'center',
    'centre', 'holding', 'corporation', 'firm', 'bank', 'station', 'ship', 'vessel', 'system', 'complex', 'term',
    'word', 'words', 'phrase', 'motto', 'label', 'codenamed', 'code-named',
  ],
  /** Words after which a quoted run is a name whatever its case: `the so-called “special operation”`. */
  nameMarkers: ['so-called', 'dubbed', 'codenamed', 'code-named', 'nicknamed', 'branded'],
  /** Role nouns: a description `the minister said` refers to the person named with that role earlier. */
  roleNouns: [
    'minister', 'president', 'ambassador', 'moderator', 'spokesman', 'spokeswoman', 'spokesperson', 'director',
    'chairman', 'chairwoman', 'chair', 'head', 'governor', 'mayor', 'senator', 'expert', 'analyst', 'adviser',
    'advisor', 'secretary', 'official', 'diplomat', 'envoy', 'chancellor', 'premier', 'leader', 'scientist',
    'economist', 'professor', 'researcher', 'lawyer', 'attorney', 'prosecutor', 'judge', 'general', 'commander',
    'ceo', 'executive', 'founder', 'candidate', 'lawmaker', 'congressman', 'congresswoman', 'representative',
    'speaker', 'presenter', 'host', 'author', 'economist', 'politician', 'deputy', 'chief', 'officer', 'mp',
  ],
  /**
   * Titles that make the one capitalized word after them a person's name (`Mrs. Hollis`,
   * `Sen. Collins`, `President Macron`), so a lone surname counts as a person mention.
   */
  honorifics: [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'baroness', 'baron',
    'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'president',
    'secretary', 'minister', 'chancellor', 'mayor', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'adm',
    'admiral', 'lt', 'sgt', 'capt', 'captain', 'ambassador', 'premier', 'rev', 'reverend', 'father', 'king', 'queen',
    'prince', 'princess', 'pope', 'speaker', 'chairman', 'chairwoman', 'commissioner', 'sheriff', 'detective',
    'officer', 'inspector', 'mp', 'mep', 'leader', 'superintendent', 'commander', 'lieutenant', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh',
  ],
  /** Prepositions: a lone capitalized word after one is a place (`an official in Detroit`), and a name after one does not head a subject. */
  prepositions: [
    'in', 'from', 'at', 'of', 'near', 'outside', 'inside', 'across', 'for', 'to', 'with', 'by', 'on', 'after',
    'before', 'about', 'against', 'between', 'during', 'like', 'than', 'over', 'under', 'into', 'through',
    'behind', 'beside', 'around', 'throughout', 'toward', 'towards', 'meeting', 'visiting',
  ],
  /**
   * Institutions named by their building or address: `the White House said` is the administration
   * speaking. Matched as written (capitalized); English names are their own canonical form.
   */
  institutions: Object.fromEntries(
    [
      'White House', 'Downing Street', 'Number 10', 'No 10', 'No. 10', 'Whitehall', 'Kremlin', 'Pentagon', 'Élysée',
      'Elysee', 'Élysée Palace', 'Capitol Hill', 'Foggy Bottom', 'Quai d’Orsay', 'Bankova', 'Zhongnanhai', 'Vatican',
    ].map((name) => [name, name]),
  ),
  /**
   * Capitalized words that are not (parts of) person names: function words that start sentences,
   * places, nationalities, organization heads and titles. A capitalized run is cut at these words.
   */
  nonPersonWords: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
    'their', 'our', 'my', 'its', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'after', 'before', 'but', 'and',
    'or', 'if', 'when', 'while', 'as', 'according', 'of', 'to', 'so', 'yet', 'also', 'then', 'there', 'here',
    'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no',
    'not', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'since', 'until', 'during', 'under', 'over',
    'meanwhile', 'however', 'moreover', 'although', 'though', 'despite', 'because', 'instead', 'still', 'even',
    'indeed', 'nevertheless', 'nonetheless', 'furthermore', 'thus', 'therefore', 'hence', 'otherwise', 'besides',
    'likewise', 'overall', 'ultimately', 'separately', 'earlier', 'later', 'again', 'perhaps', 'asked',
    'asked', 'speaking', 'addressing', 'recall', 'enter', 'photo', 'read', 'more', 'update', 'updated', 'via',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'lord', 'lady', 'gen', 'col', 'lt', 'sgt', 'adm', 'rep', 'sen', 'gov',
    'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'reverend', 'rev', 'sheikh', 'ayatollah', 'baroness',
    'dame', 'capt', 'captain', 'sheriff', 'detective', 'inspector', 'sergeant', 'colonel', 'admiral', 'mp', 'mep',
    'president', 'minister', 'prime', 'deputy', 'secretary', 'director', 'general', 'chairman', 'chairwoman',
    'head', 'ambassador', 'spokesman', 'spokeswoman', 'senator', 'governor', 'mayor', 'chancellor', 'king',
    'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'chief', 'officer', 'executive', 'leader',
    'speaker', 'commissioner', 'representative', 'professor', 'adviser', 'advisor', 'envoy', 'vice', 'acting',
    'foreign', 'defense', 'defence', 'interior', 'finance', 'trade', 'industry', 'commerce', 'economy',
    'energy', 'state', 'national', 'federal', 'international', 'global', 'central', 'supreme', 'security',
    'affairs', 'extraordinary', 'plenipotentiary', 'senior', 'former', 'new', 'old', 'great', 'first', 'second',
    'ministry', 'department', 'government', 'council', 'commission', 'committee', 'agency', 'service', 'bureau',
    'office', 'institute', 'academy', 'university', 'party', 'union', 'bank', 'fund', 'corporation', 'corp',
    'inc', 'ltd', 'llc', 'group', 'company', 'association', 'forum', 'parliament', 'congress', 'senate',
    'house', 'court', 'kremlin', 'pentagon', 'duma', 'news', 'times', 'post', 'journal', 'press', 'media', 'report',
    'exchange', 'presidents', 'ministers', 'senators', 'governors', 'superintendent', 'commander', 'lieutenant',
    'television', 'radio', 'network', 'center', 'centre', 'club', 'society', 'foundation', 'organization',
    'organisation', 'alliance', 'league', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'cabinet',
    'administration', 'assembly', 'board', 'authority', 'republic', 'federation', 'kingdom', 'empire', 'river',
    'sea', 'ocean', 'lake', 'mountains', 'province', 'region', 'oblast', 'krai', 'city', 'street', 'avenue',
    'square', 'island', 'islands', 'county', 'district', 'borough', 'township', 'parish', 'valley', 'bay',
    'tory', 'tories', 'whig', 'commons', 'lords', 'westminster', 'brexit', 'scotland', 'wales', 'ireland',
    'texas', 'ohio', 'florida', 'california', 'michigan', 'pennsylvania', 'wisconsin', 'arizona', 'york',
    'jersey', 'ukrainian', 'hungarian', 'polish', 'scottish', 'welsh', 'irish', 'canadian', 'australian', 'lib',
    'dem', 'dems', 'gop', 'east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern',
    'far', 'middle', 'asia', 'europe', 'africa', 'america', 'americas', 'arctic', 'pacific', 'atlantic', 'gulf',
    'russia', 'china', 'ukraine', 'germany', 'france', 'britain', 'england', 'japan', 'india', 'iran', 'iraq',
    'israel', 'syria', 'turkey', 'korea', 'mongolia', 'kazakhstan', 'belarus', 'poland', 'italy', 'spain',
    'canada', 'mexico', 'brazil', 'egypt', 'taiwan', 'tibet', 'georgia', 'armenia', 'azerbaijan', 'vietnam',
    'pakistan', 'afghanistan', 'washington', 'moscow', 'beijing', 'kyiv', 'kiev', 'london', 'paris', 'berlin',
    'tokyo', 'brussels', 'shanghai', 'kazan', 'tatarstan', 'siberia', 'crimea', 'gaza', 'states', 'united',
    'soviet', 'union', 'nato', 'european', 'russian', 'chinese', 'american', 'ukrainian', 'german', 'french',
    'british', 'japanese', 'indian', 'iranian', 'israeli', 'palestinian', 'syrian', 'turkish', 'korean',
    'cuban', 'mexican', 'brazilian', 'italian', 'spanish', 'dutch', 'swedish', 'norwegian', 'finnish', 'danish',
    'greek', 'egyptian', 'saudi', 'iraqi', 'afghan', 'pakistani', 'kenyan', 'nigerian', 'african', 'asian',
    'latin', 'arab', 'muslim', 'jewish', 'catholic', 'protestant', 'orthodox', 'georgian',
    'belarusian', 'kazakh', 'lithuanian', 'latvian', 'estonian', 'moldovan', 'serbian', 'czech', 'slovak',
    'romanian', 'bulgarian', 'austrian', 'swiss', 'belgian', 'venezuelan', 'colombian', 'argentine', 'chilean',
    'western', 'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'communist', 'conservative',
    'liberal', 'labour', 'labor', 'white', 'black', 'red', 'god', 'internet', 'covid', 'christmas', 'easter',
  ],
  /** Organization head words: a capitalized run containing one is an organization, not a person. */
  organizationHeads: [
    'ministry', 'department', 'government', 'council', 'commission', 'committee', 'agency', 'service', 'bureau',
    'office', 'institute', 'academy', 'university', 'party', 'bank', 'fund', 'corporation', 'corp', 'inc',
    'group', 'company', 'association', 'parliament', 'congress', 'senate', 'house', 'court', 'kremlin',
    'pentagon', 'duma', 'cabinet', 'administration', 'embassy', 'mission', 'authority', 'police', 'army',
    'institution', 'foundation', 'center', 'centre', 'organization', 'organisation', 'alliance', 'league',
    'co', 'plc', 'llc', 'ltd', 'ag', 'gmbh', 'holdings', 'industries', 'systems', 'technologies', 'partners',
    'brothers', 'motors', 'airlines', 'securities', 'consultants', 'microsystems', 'communications', 'electric',
    'network', 'times', 'post', 'journal', 'news', 'press', 'media', 'television', 'radio', 'club', 'society',
    'exchange', 'bancorp', 'bancshares', 'savings', 'trust', 'capital', 'airways', 'petroleum', 'pharmaceuticals',
  ],
};
