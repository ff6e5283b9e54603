import type { LanguageData } from '../types.js';

/**
 * Russian sentence-splitting vocabulary.
 *
 * What belongs in `abbreviations`: forms written with a final period, lowercase, without that period;
 * multi-part forms with their inner periods and no spaces (`т.д` also matches `т. д.`). Pick the class
 * by what follows when the next word is capitalized (see `AbbreviationClass`). Units and counting words
 * that follow a number go to `unit`: after a number they usually end the sentence when a capital
 * follows (`в 1997 г. В`), elsewhere they are prepositive (`г. Москва`). Single letters need no entry
 * unless they are units (they are treated as `plain`, which covers initials: `В. В. Путин`).
 *
 * What belongs in `starters`: words that commonly open a sentence and do not begin names
 * (prepositions, pronouns, conjunctions, sentence adverbs).
 */
export const russian: LanguageData = {
  abbreviations: {
    title: [
      // Addresses and places before a name.
      'ул', 'пр-т', 'просп', 'пл', 'пер', 'наб', 'б-р', 'ш', 'пгт', 'пос', 'дер', 'с', 'ст', 'оз', 'о',
      'им', 'св', 'д', 'кв', 'корп', 'стр',
      // Ranks and titles before a name.
      'акад', 'проф', 'доц', 'тов', 'ген', 'полк', 'дж', 'г-н', 'г-жа',
      // Phrases that always continue the sentence.
      'т.е', 'т.к', 'т.н', 'т.о', 'напр', 'ср', 'ок', 'прим', 'англ', 'лат', 'нем', 'франц', 'рус',
      'укр', 'кит', 'яп',
    ],
    plain: [
      // References followed by a number.
      'рис', 'табл', 'гл', 'п', 'пп', 'вып', 'изд', 'no', 'n°', '№',
      // Organizations, offices, official shortenings.
      'зам', 'нач', 'отд', 'деп', 'гос', 'обл', 'федер', 'респ', 'адм', 'инст', 'канд', 'зав', 'пред',
      'ген.дир', 'тел', 'факс', 'ред', 'авт', 'спб', 'моск', 'заруб', 'иностр', 'ежедн', 'нед', 'жен', 'муж',
      'пр',
    ],
    final: ['т.д', 'т.п', 'др', 'проч'],
    unit: [
      // Years, centuries, money and counts after a number.
      'г', 'гг', 'в', 'вв', 'тыс', 'млн', 'млрд', 'трлн', 'руб', 'коп', 'долл', 'дол', 'у.е', 'чел', 'шт',
      'ед', 'экз', 'проц', 'р', 'т',
      // Months after a day number (`1 янв. 2025 г.`).
      'янв', 'фев', 'февр', 'мар', 'апр', 'авг', 'сен', 'сент', 'окт', 'нояб', 'дек',
      // Measures after a number.
      'км', 'м', 'см', 'кв.м', 'куб.м', 'кв.км', 'мм', 'кг', 'гр', 'л', 'га', 'ч', 'мин', 'сек',
    ],
  },
  starters: [
    'в', 'во', 'на', 'с', 'со', 'по', 'к', 'ко', 'у', 'о', 'об', 'из', 'за', 'для', 'до', 'от', 'при',
    'после', 'перед', 'через', 'без', 'под', 'над', 'но', 'а', 'и', 'или', 'однако', 'также', 'кроме',
    'он', 'она', 'оно', 'они', 'я', 'мы', 'вы', 'ты', 'его', 'ее', 'её', 'их', 'это', 'этот', 'эта', 'эти',
    'тот', 'та', 'те', 'как', 'так', 'что', 'кто', 'где', 'когда', 'если', 'хотя', 'почему', 'зачем',
    'сейчас', 'сегодня', 'вчера', 'завтра', 'ранее', 'теперь', 'тогда', 'поэтому', 'потом', 'затем',
    'там', 'здесь', 'все', 'всё', 'не', 'ни', 'уже', 'еще', 'ещё', 'вот', 'лишь', 'только', 'даже', 'да',
    'нет', 'по-прежнему', 'впрочем', 'между', 'среди', 'около', 'более', 'менее', 'многие', 'некоторые',
  ],
  dottedNames: ['яндекс', 'yandex'],
};
