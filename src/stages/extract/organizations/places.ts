// Countries, regions and their adjectives. An organization rule never takes one of these alone as a name
// (`China`, `Russian company`), and `and` does not carry a name on to one (`Ministry of Finance and China`).
// What belongs here: names of states and large regions as news text writes them, in English and, for the
// Russian rules, the genitive forms that follow a body's name (`правительство России`).

export const PLACES_EN: ReadonlySet<string> = new Set([
  'Afghanistan', 'Africa', 'America', 'Argentina', 'Armenia', 'Asia', 'Australia', 'Austria', 'Azerbaijan',
  'Belarus', 'Belgium', 'Bosnia', 'Brazil', 'Britain', 'Bulgaria', 'Canada', 'Chechnya', 'Chile', 'China', 'Cuba',
  'Czech', 'Denmark', 'Egypt', 'England', 'Estonia', 'Europe', 'Finland', 'France', 'Georgia', 'Germany', 'Greece',
  'Hungary', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Japan', 'Kazakhstan', 'Korea',
  'Kyrgyzstan', 'Latvia', 'Lithuania', 'Mexico', 'Moldova', 'Mongolia', 'Netherlands', 'Norway', 'Pakistan',
  'Poland', 'Portugal', 'Romania', 'Russia', 'Serbia', 'Spain', 'Sweden', 'Switzerland', 'Syria', 'Taiwan',
  'Tajikistan', 'Tatarstan', 'Turkey', 'Turkmenistan', 'Ukraine', 'Uzbekistan', 'Vietnam', 'West', 'East',
  'Beijing', 'Moscow', 'Washington', 'London', 'Paris', 'Berlin', 'Tokyo', 'Kazan', 'Shanghai', 'Kyiv', 'Kiev',
  'Minsk', 'Brussels', 'US', 'U.S', 'USA', 'UK', 'PRC', 'USSR', 'UAE', 'Hong', 'Kong', 'Frankfurt', 'Zurich',
  'Amsterdam', 'Madrid', 'Milan', 'Rome', 'Vienna', 'Stockholm', 'Oslo', 'Helsinki', 'Seoul', 'Singapore', 'Sydney',
  'Toronto', 'Bombay', 'Mumbai', 'Johannesburg', 'Bangkok', 'Jakarta', 'Manila',
  'American', 'Chinese', 'Russian', 'Soviet', 'British', 'French', 'German', 'Japanese', 'Korean', 'Indian',
  'Iranian', 'Israeli', 'Turkish', 'Ukrainian', 'European', 'Asian', 'African', 'Western', 'Eastern', 'Northern',
  'Southern', 'Kazakh', 'Mongolian', 'Belarusian', 'Italian', 'Spanish', 'Canadian', 'Brazilian', 'Polish',
  'Dutch', 'Swiss', 'Swedish', 'Australian', 'Mexican', 'Korean', 'Taiwanese', 'Malaysian', 'Thai', 'Indonesian',
  'Nordic', 'Scandinavian', 'Latin', 'Arab', 'Gulf', 'Pacific', 'Atlantic',
]);

/** Multi-word state names: never organizations by themselves. */
export const STATE_NAMES_EN: readonly string[] = [
  'United States', 'United Kingdom', 'Russian Federation', "People's Republic of China", 'Soviet Union',
  'European Union', 'Republic of Korea', 'North Korea', 'South Korea', 'Czech Republic',
];

/** Russian names of states and regions in the genitive, as they follow a body's name (`МИД России`). */
export const PLACES_RU_GENITIVE: ReadonlySet<string> = new Set([
  'России', 'РФ', 'США', 'Китая', 'КНР', 'Украины', 'Белоруссии', 'Беларуси', 'Казахстана', 'Германии', 'Франции',
  'Великобритании', 'Японии', 'Индии', 'Ирана', 'Турции', 'Израиля', 'Грузии', 'Армении', 'Азербайджана',
  'Молдавии', 'Молдовы', 'Польши', 'Италии', 'Испании', 'Канады', 'Бразилии', 'Москвы', 'Татарстана',
  'Санкт-Петербурга', 'Крыма', 'ЕС', 'Евросоюза', 'Киргизии', 'Узбекистана', 'Таджикистана', 'Монголии', 'Сирии',
]);

/** Russian state abbreviations: places, not organizations (`США`, `РФ`). */
export const STATE_ACRONYMS_RU: ReadonlySet<string> = new Set([
  'США', 'РФ', 'СССР', 'КНР', 'ФРГ', 'ГДР', 'КНДР', 'ОАЭ', 'ЮАР', 'ЦАР', 'ДНР', 'ЛНР', 'РСФСР', 'UK', 'US',
  'USA',
]);
