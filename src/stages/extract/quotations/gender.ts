/**
 * What tells a named person's gender in news text, so that `she said` does not pick the man named
 * last. A compact hand list (written for this project, no outside source): common given names of
 * English-language, European and Russian news (in Latin and Cyrillic spelling), honorifics, and
 * the gendered endings of Russian surnames. A name found in none of them has no gender and agrees
 * with either pronoun. Add a given name only when it is used for one gender nearly always (`Kim`,
 * `Jean`, `Andrea`, `Jamie` are left out: Kim Jong Un, Jean-Claude Juncker, Italian Andrea).
 */
import { memoized } from './memo.js';
import { nameKey, type NameRegistry } from './names.js';

export type Gender = 'f' | 'm';

/** Given names used for women. */
const FEMALE_GIVEN = [
  'abigail', 'adriana', 'agnes', 'aileen', 'alexandra', 'alexandria', 'alice', 'alicia', 'alina', 'alison', 'alla',
  'alma', 'amanda', 'amber', 'amelia', 'amy', 'ana', 'anastasia', 'angela', 'angelina', 'anita', 'ann',
  'anna', 'anne', 'annalena', 'annette', 'antonia', 'ashley', 'audrey', 'barbara', 'beatrice', 'beatrix', 'becky',
  'bella', 'betty', 'beverly', 'bonnie', 'brenda', 'bridget', 'brittany', 'camilla', 'carla', 'carmen', 'carol',
  'caroline', 'carolyn', 'catherine', 'cathy', 'charlotte', 'cheryl', 'chloe', 'christina', 'christine', 'claire',
  'clara', 'claudia', 'colleen', 'cynthia', 'daria', 'darya', 'deborah', 'debra', 'denise', 'diana', 'diane',
  'donna', 'doris', 'dorothy', 'elaine', 'eleanor', 'elena', 'elisabeth', 'elise', 'eliza', 'elizabeth', 'ella',
  'ellen', 'elsa', 'emilia', 'emily', 'emma', 'erica', 'erin', 'esther', 'eva', 'evelyn', 'evgenia', 'fiona',
  'florence', 'frances', 'francesca', 'galina', 'gillian', 'giorgia', 'gloria', 'grace', 'gretchen', 'hannah',
  'harriet', 'heather', 'heidi', 'helen', 'helena', 'helga', 'hillary', 'holly', 'ilhan', 'ingrid', 'inna', 'irene',
  'irina', 'isabel', 'isabella', 'jacinda', 'jacqueline', 'jane', 'janet', 'janice', 'jasmine', 'jeanne',
  'jennifer', 'jenny', 'jessica', 'jill', 'joan', 'joanna', 'joanne', 'jodie', 'josephine', 'joyce', 'judith',
  'judy', 'julia', 'julie', 'juliet', 'justine', 'kamala', 'karen', 'karin', 'kate', 'katherine', 'kathleen',
  'kathryn', 'kathy', 'katie', 'katrina', 'kelly', 'kemi', 'kirsten', 'kristen', 'kristi', 'kristina', 'kseniya',
  'ksenia', 'larisa', 'laura', 'lauren', 'leah', 'lena', 'liana', 'liliana', 'linda', 'lisa', 'liz', 'louise',
  'lucia', 'lucy', 'ludmila', 'lydia', 'lyudmila', 'madeleine', 'maggie', 'maia', 'mallory', 'margaret',
  'margarita', 'maria', 'marie', 'marina', 'marine', 'marjorie', 'marsha', 'martha', 'mary', 'maxine', 'maya',
  'megan', 'melania', 'melanie', 'melissa', 'mia', 'michelle', 'mira', 'miriam', 'molly', 'monica', 'nadezhda',
  'nadia', 'nancy', 'naomi', 'natalia', 'natalie', 'natalya', 'nataliya', 'nicole', 'nikki', 'nina',
  'nora', 'olena', 'olga', 'olivia', 'oksana', 'pamela', 'patricia', 'patty', 'paula', 'pauline', 'penelope',
  'penny', 'pramila', 'priti', 'priya', 'rachel', 'rebecca', 'rita', 'roberta', 'rosa', 'rose', 'ruth', 'sabine',
  'sally', 'samantha', 'sandra', 'sara', 'sarah', 'shannon', 'sharon', 'sheila', 'shirley', 'silvia', 'sofia',
  'sonia', 'sophia', 'sophie', 'stacey', 'stephanie', 'susan', 'suzanne', 'svetlana', 'sylvia', 'tamara',
  'tammy', 'tanya', 'tatiana', 'tatyana', 'teresa', 'theresa', 'tina', 'tracy', 'tulsi', 'ursula', 'valentina',
  'valeria', 'vanessa', 'vera', 'veronica', 'victoria', 'viktoria', 'violet', 'virginia', 'wendy', 'yana',
  'yelena', 'yevgenia', 'yulia', 'yuliya', 'zoe', 'zoya',
  'алла', 'анастасия', 'анна', 'валентина', 'вера', 'виктория', 'галина', 'дарья', 'евгения', 'екатерина',
  'елена', 'елизавета', 'ирина', 'ксения', 'лариса', 'любовь', 'людмила', 'маргарита', 'марина', 'мария',
  'надежда', 'наталья', 'наталия', 'нина', 'оксана', 'ольга', 'полина', 'светлана', 'софья', 'татьяна',
  'эльвира', 'эльвина', 'юлия', 'яна',
];

/** Given names used for men. */
const MALE_GIVEN = [
  'aaron', 'adam', 'adrian', 'ahmed', 'alan', 'alastair', 'albert', 'alec', 'alexander', 'alexei', 'alexey',
  'alfred', 'ali', 'alistair', 'anatoly', 'andrei', 'andrew', 'andrey', 'andy', 'anthony', 'anton', 'antony',
  'antonio', 'arkady', 'arnold', 'arthur', 'barack', 'ben', 'benjamin', 'bernard', 'bernie', 'bill', 'bob',
  'boris', 'brad', 'brandon', 'brett', 'brian', 'bruce', 'bryan', 'carl', 'carlos', 'charles', 'charlie', 'chris',
  'christopher', 'chuck', 'clarence', 'colin', 'craig', 'dan', 'daniel', 'danny', 'darren', 'dave', 'david',
  'dean', 'denis', 'dennis', 'dick', 'dmitri', 'dmitry', 'dominic', 'don', 'donald', 'doug', 'douglas', 'duncan',
  'ed', 'eddie', 'edward', 'emmanuel', 'eric', 'erik', 'evgeny', 'frank', 'fred', 'friedrich', 'gavin', 'gennady',
  'george', 'gerald', 'gerhard', 'giuseppe', 'gordon', 'graham', 'grant', 'greg', 'gregory', 'hakeem', 'hans',
  'harold', 'harry', 'hassan', 'henry', 'howard', 'hugh', 'hugo', 'hunter', 'ian', 'igor', 'ilya', 'isaac', 'ivan',
  'jack', 'jacob', 'jake', 'james', 'jared', 'jason', 'jeff', 'jeffrey', 'jens', 'jeremy', 'jerome',
  'jerry', 'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan', 'jose', 'joseph', 'josh',
  'joshua', 'juan', 'justin', 'keir', 'keith', 'ken', 'kenneth', 'kevin', 'kirill', 'konstantin', 'kurt', 'larry',
  'leon', 'leonid', 'liam', 'lloyd', 'louis', 'luke', 'marco', 'marcus', 'mark', 'martin',
  'matt', 'matthew', 'max', 'maxim', 'michael', 'mike', 'mikhail', 'mitch', 'mohammed', 'muhammad', 'nathan',
  'neil', 'nick', 'nicholas', 'nigel', 'nikita', 'nikolai', 'nikolay', 'oleg', 'oliver', 'olaf', 'omar', 'oscar',
  'owen', 'patrick', 'paul', 'pavel', 'pedro', 'pete', 'peter', 'philip', 'phillip', 'pierre', 'rafael', 'ralph',
  'ramzan', 'randy', 'raymond', 'rex', 'richard', 'rick', 'rishi', 'rob', 'robert', 'roger', 'roman', 'ron',
  'ronald', 'rudy', 'rupert', 'russell', 'ryan', 'samuel', 'scott', 'sean', 'sebastian', 'sergei', 'sergey',
  'simon', 'stanislav', 'stephen', 'steve', 'steven', 'stuart', 'ted', 'thomas', 'tim', 'timothy', 'tom',
  'tony', 'travis', 'valery', 'vasily', 'viktor', 'victor', 'vitaly', 'vivek', 'vladimir', 'vladislav',
  'volodymyr', 'walter', 'wayne', 'william', 'willie', 'yaroslav', 'yevgeny', 'yuri', 'yury', 'zachary',
  'александр', 'алексей', 'анатолий', 'андрей', 'антон', 'артем', 'артём', 'борис', 'вадим', 'валентин',
  'валерий', 'василий', 'виктор', 'виталий', 'владимир', 'владислав', 'вячеслав', 'геннадий', 'георгий',
  'герман', 'глеб', 'григорий', 'денис', 'дмитрий', 'евгений', 'егор', 'иван', 'игорь', 'илья', 'кирилл',
  'константин', 'леонид', 'максим', 'марат', 'михаил', 'никита', 'николай', 'олег', 'павел', 'петр', 'пётр',
  'рамзан', 'роман', 'рустам', 'сергей', 'станислав', 'степан', 'тимур', 'федор', 'фёдор', 'юрий', 'ярослав',
];

/** Titles that say the gender of the name they precede (`Mrs. Hollis`, `Sir John`). */
const FEMALE_TITLES = ['mrs', 'ms', 'miss', 'madam', 'madame', 'dame', 'lady', 'baroness', 'queen', 'princess', 'duchess', 'countess', 'sister', 'госпожа'];
const MALE_TITLES = ['mr', 'sir', 'lord', 'baron', 'king', 'prince', 'duke', 'earl', 'brother', 'father', 'господин'];

/**
 * Russian surnames agree in gender (`Zakharova`, `Навальная`, `Peskov`, `Пескову`). In Cyrillic,
 * `-ова`/`-ина` are also the genitive of a man's name (`заявление Пескова`), so only endings no
 * case form of the other gender shares are read.
 */
const FEMALE_SURNAME = /(?:ova|eva|yova|skaya|tskaya|naya|ская|цкая|овой|евой|иной|ской|цкой)$/u;
const MALE_SURNAME = /(?:ov|ev|yov|sky|skiy|tsky|ов|ев|ёв|ин|ын|ский|цкий|овым|евым|иным|ским|цким)$/u;

/** Role nouns that carry a gender (`the spokeswoman said`, `the congressman`). */
const FEMALE_ROLE = /(?:woman|actress|princess|duchess|baroness|countess|empress)$/u;
const MALE_ROLE = /(?:^|[^u])man$/u;

/** Given names by the key their case forms share (`Марии`, `Марию` → `мар`); a key both lists reach is dropped. */
const femaleKeys = new Set(FEMALE_GIVEN.map(nameKey));
const maleKeys = new Set(MALE_GIVEN.map(nameKey));
const female = new Set([...femaleKeys].filter((k) => !maleKeys.has(k)));
const male = new Set([...maleKeys].filter((k) => !femaleKeys.has(k)));
const femaleTitles = new Set(FEMALE_TITLES);
const maleTitles = new Set(MALE_TITLES);

/** The gender a title in front of a name gives, if it gives one. */
export function titleGender(title: string): Gender | undefined {
  const t = title.toLowerCase().replace(/\.$/u, '');
  return femaleTitles.has(t) ? 'f' : maleTitles.has(t) ? 'm' : undefined;
}

/** The gender a name tells by its given name, or by a Russian surname ending. */
export const nameGender = memoized((name: string): Gender | undefined => {
  const words = name.toLowerCase().split(/\s+/u);
  const given = nameKey(words[0] ?? '');
  if (words.length > 1 && female.has(given)) return 'f';
  if (words.length > 1 && male.has(given)) return 'm';
  const last = words.at(-1) ?? '';
  if (last.length < 5) return undefined;
  if (FEMALE_SURNAME.test(last)) return 'f';
  return MALE_SURNAME.test(last) ? 'm' : undefined;
});

/** The gender of a role noun (`spokeswoman`, `chairman`), if it has one. */
export function roleGender(role: string): Gender | undefined {
  const r = role.toLowerCase();
  return FEMALE_ROLE.test(r) ? 'f' : MALE_ROLE.test(r) ? 'm' : undefined;
}

/** The gender a pronoun refers to. */
export function pronounGender(pronoun: string): Gender | undefined {
  const p = pronoun.toLowerCase();
  if (['she', 'her', 'hers', 'herself', 'она', 'её', 'ее', 'ней', 'неё', 'нее'].includes(p)) return 'f';
  if (['he', 'him', 'his', 'himself', 'он', 'его', 'него', 'нему', 'ним', 'нём', 'нем'].includes(p)) return 'm';
  return undefined;
}

/** The gender of the person a name refers to: by its fullest form, else by what the document said of the surname. */
export function personGender(registry: NameRegistry, name: string): Gender | undefined {
  return nameGender(registry.fullest(name)) ?? registry.notedGender(name);
}
