import { describe, expect, it } from 'vitest';
import { compileNames, findPeople } from '../../../lib/matching/names';
import { BLOCK_BREAK, type NameSource } from '../../../lib/matching/types';

const PEOPLE: NameSource[] = [
  { id: 'kabulov', name: 'Zamir Kabulov', aliases: ['Kabulov', 'Замир Кабулов', 'Кабулов'] },
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Putin', 'Путин'] },
  { id: 'dvorak', name: 'Antonín Dvořák', aliases: ['Dvořák'] },
  { id: 'hunter', name: 'Robert Hunter', aliases: ['Hunter'] },
  { id: 'anna', name: 'Anna Marek', aliases: [] },
  { id: 'petr', name: 'Petr Marek', aliases: ['Marek'] },
  { id: 'baghdadi', name: 'Abu Bakr al-Baghdadi', aliases: ['al-Baghdadi'] },
  { id: 'obrien', name: "Conan O'Brien", aliases: ["O'Brien"] },
];
const dict = compileNames(PEOPLE);

/** [surface, ids] pairs, checking the offset contract on the way. */
function find(text: string, d = dict): [string, string[]][] {
  return findPeople(d, text).map((m) => {
    expect(m.surface).toBe(text.slice(m.start, m.end));
    return [m.surface, m.personIds];
  });
}

describe('findPeople: basics', () => {
  it('finds a full name and reports offsets into the text', () => {
    const text = 'Talks with Zamir Kabulov ended.';
    expect(findPeople(dict, text)).toEqual([
      { start: 11, end: 24, personIds: ['kabulov'], surface: 'Zamir Kabulov' },
    ]);
  });

  it('returns nothing for an empty dictionary or empty text', () => {
    expect(findPeople(compileNames([]), 'Zamir Kabulov')).toEqual([]);
    expect(findPeople(dict, '')).toEqual([]);
  });

  it('matches at the very start and very end of the text', () => {
    expect(find('Putin')).toEqual([['Putin', ['putin']]]);
    expect(find('Kabulov met Putin')).toEqual([
      ['Kabulov', ['kabulov']],
      ['Putin', ['putin']],
    ]);
  });

  it('skips names without usable words', () => {
    const d = compileNames([{ id: 'x', name: '—', aliases: ['', '  '] }, ...PEOPLE]);
    expect(find('— Putin —', d)).toEqual([['Putin', ['putin']]]);
  });

  it('treats words that are Object property names like any other', () => {
    const d = compileNames([{ id: 'c', name: 'Constructor Valueof', aliases: ['HasOwnProperty'] }]);
    expect(find('constructor valueOf __proto__ toString HasOwnProperty', d)).toEqual([
      ['constructor valueOf', ['c']],
      ['HasOwnProperty', ['c']],
    ]);
  });

  it('finds nothing in page words that are Object property names', () => {
    const text = 'constructor __proto__ Constructor toString hasOwnProperty valueOf prototype';
    expect(find(text)).toEqual([]);
    expect(find(text, JSON.parse(JSON.stringify(dict)))).toEqual([]);
  });

  it('does not take a word that merely looks like a name word for it', () => {
    // Same length, first, middle and last letters as "Putin" and "Marek": only the exact word counts.
    expect(find('Patin, Potin, Pxtin and Mirek, Manek met.')).toEqual([]);
  });

  it('finds names written in plain ASCII, in other characters, or both', () => {
    expect(find('vladimir PUTIN, Vladímir Putin and Antonín Dvorak')).toEqual([
      ['vladimir PUTIN', ['putin']],
      ['Vladímir Putin', ['putin']],
      ['Antonín Dvorak', ['dvorak']],
    ]);
    expect(find('Zamir Kabulov’s aide and Zamir Kabulov­')).toEqual([
      ['Zamir Kabulov', ['kabulov']],
      ['Zamir Kabulov­', ['kabulov']],
    ]);
  });

  it('merges sources that share an id', () => {
    const d = compileNames([
      { id: 'p', name: 'Vladimir Putin', aliases: [] },
      { id: 'p', name: 'V. V. Putin', aliases: ['Putin'] },
    ]);
    expect(find('Putin and V. V. Putin', d)).toEqual([
      ['Putin', ['p']],
      ['V. V. Putin', ['p']],
    ]);
  });
});

describe('findPeople: folding', () => {
  it('folds diacritics both ways', () => {
    const plain = compileNames([{ id: 'd', name: 'Antonin Dvorak', aliases: [] }]);
    expect(find('Antonín Dvořák wrote', plain)).toEqual([['Antonín Dvořák', ['d']]]);
    expect(find('Antonin Dvorak wrote')).toEqual([['Antonin Dvorak', ['dvorak']]]);
  });

  it('treats NFD input like NFC', () => {
    const text = 'By Dvor\u030Ca\u0301k.';
    expect(find(text)).toEqual([['Dvor\u030Ca\u0301k', ['dvorak']]]);
  });

  it('excludes straight and curly possessives from the match', () => {
    expect(find("Kabulov's remarks")).toEqual([['Kabulov', ['kabulov']]]);
    expect(find('Kabulov’s remarks')).toEqual([['Kabulov', ['kabulov']]]);
    expect(find('Zamir Kabulov’s remarks')).toEqual([['Zamir Kabulov', ['kabulov']]]);
    expect(find("KABULOV'S REMARKS")).toEqual([['KABULOV', ['kabulov']]]);
  });

  it('drops other short apostrophe suffixes (Turkish case endings)', () => {
    expect(find("Putin'in açıklaması")).toEqual([['Putin', ['putin']]]);
    expect(find('Kabulov’u')).toEqual([['Kabulov', ['kabulov']]]);
  });

  it('ignores soft hyphens and zero-width joiners inside a name', () => {
    expect(find('Ka\u00ADbu\u00ADlov')).toEqual([['Ka\u00ADbu\u00ADlov', ['kabulov']]]);
  });

  it('finds Persian and Pashto names however the source types them: Arabic letters, half space, space or joined', () => {
    const afghan = compileNames([
      { id: 'mujahid', name: 'Zabihullah Mujahid', aliases: ['ذبیح\u200Cالله مجاهد'] },
      { id: 'karzai', name: 'Hamid Karzai', aliases: ['حامد کرزی'] },
    ]);
    for (const written of ['ذبیح\u200Cالله مجاهد', 'ذبیح الله مجاهد', 'ذبیحالله مجاهد', 'ذبيح الله مجاهد']) {
      expect(find(`سخنگو ${written} گفت`, afghan)).toEqual([[written, ['mujahid']]]);
    }
    expect(find('الرئيس حامد كرزي قال', afghan)).toEqual([['حامد كرزي', ['karzai']]]);
    // Joining applies to Arabic-script names only, and never to separate words that happen to touch.
    expect(find('ZamirKabulov')).toEqual([]);
  });

  it('finds Chinese and Japanese names inside running text, which has no spaces, and never a one-character surname', () => {
    const cjk = compileNames([
      { id: 'xi', name: 'Xi Jinping', aliases: ['习近平'], familyNameFirst: true },
      { id: 'kishida', name: 'Fumio Kishida', aliases: ['岸田文雄', 'キシダ フミオ'] },
    ]);
    expect(find('国家主席习近平表示，中国将继续。', cjk)).toEqual([['习近平', ['xi']]]);
    expect(find('岸田文雄首相は述べた。キシダ フミオ', cjk)).toEqual([['岸田文雄', ['kishida']], ['キシダ フミオ', ['kishida']]]);
    // Once the full name has appeared, "习" alone (as in 学习, to study) is not taken for him.
    expect(find('习近平说，我们要学习。', cjk)).toEqual([['习近平', ['xi']]]);
    expect(find('习近，平', cjk)).toEqual([]);
    // Also for a character outside the Basic Multilingual Plane, two UTF-16 units long.
    const astral = compileNames([{ id: 'a', name: '𠀋一', aliases: [], familyNameFirst: true }]);
    expect(find('𠀋一说。𠀋', astral)).toEqual([['𠀋一', ['a']]]);
  });

  it('folds apostrophes inside names', () => {
    expect(find('O’Brien said')).toEqual([['O’Brien', ['obrien']]]);
    expect(find('Conan O’Brien’s show')).toEqual([['Conan O’Brien', ['obrien']]]);
  });

  it('lets a name run over no-break spaces, line breaks and repeated spaces', () => {
    expect(find('Zamir\u00A0Kabulov')).toEqual([['Zamir\u00A0Kabulov', ['kabulov']]]);
    expect(find('Zamir\n  Kabulov')).toEqual([['Zamir\n  Kabulov', ['kabulov']]]);
    expect(find('Zamir \t Kabulov')).toEqual([['Zamir \t Kabulov', ['kabulov']]]);
  });

  it('accepts hyphen variants inside names', () => {
    for (const hyphen of ['-', '\u2010', '\u2011', '\u2013']) {
      const text = `Abu Bakr al${hyphen}Baghdadi died`;
      expect(find(text)).toEqual([[`Abu Bakr al${hyphen}Baghdadi`, ['baghdadi']]]);
    }
    expect(find('said al-Baghdadi')).toEqual([['al-Baghdadi', ['baghdadi']]]);
  });

  it('does not let a spaced dash or an em dash join name words', () => {
    expect(find('Abu Bakr al – Baghdadi')).toEqual([]);
    expect(find('Abu Bakr al—Baghdadi')).toEqual([]);
  });
});

describe('findPeople: case', () => {
  it('matches multi-word names in any case', () => {
    expect(find('ZAMIR KABULOV SAID')).toEqual([['ZAMIR KABULOV', ['kabulov']]]);
    expect(find('zamir kabulov said')).toEqual([['zamir kabulov', ['kabulov']]]);
  });

  it('matches a one-word alias only capitalised or in capitals', () => {
    expect(find('Ambassador Hunter arrived')).toEqual([['Hunter', ['hunter']]]);
    expect(find('THE HUNTER REPORT')).toEqual([['HUNTER', ['hunter']]]);
    expect(find('a hunter in the woods')).toEqual([]);
    expect(find('Hunter spoke first.')).toEqual([['Hunter', ['hunter']]]);
  });
});

describe('findPeople: word boundaries and punctuation', () => {
  it('does not match inside longer words', () => {
    expect(find('Kabulovich and Putinism')).toEqual([]);
    expect(find('Putin2024')).toEqual([]);
  });

  it('matches next to punctuation', () => {
    expect(find('(Kabulov) “Putin” Putin, Putin. [Putin]')).toEqual([
      ['Kabulov', ['kabulov']],
      ['Putin', ['putin']],
      ['Putin', ['putin']],
      ['Putin', ['putin']],
      ['Putin', ['putin']],
    ]);
  });

  it('matches a name followed by a hyphenated word', () => {
    expect(find('the Putin-backed party')).toEqual([['Putin', ['putin']]]);
  });

  it('never lets a name cross a block break, but crosses a line break', () => {
    expect(find(`Zamir${BLOCK_BREAK}Kabulov`)).toEqual([['Kabulov', ['kabulov']]]);
    expect(find(`Abu Bakr al-${BLOCK_BREAK}Baghdadi`)).toEqual([]);
    expect(find('Zamir\nKabulov')).toEqual([['Zamir\nKabulov', ['kabulov']]]);
  });

  it('does not join name words across other punctuation', () => {
    expect(find('Zamir, Kabulov')).toEqual([['Kabulov', ['kabulov']]]);
  });
});

describe('findPeople: longest match and ambiguity', () => {
  it('prefers the longest name', () => {
    expect(find('Anna Marek spoke')).toEqual([['Anna Marek', ['anna']]]);
    expect(find('Petr Marek spoke')).toEqual([['Petr Marek', ['petr']]]);
    expect(find('Then Marek spoke')).toEqual([['Marek', ['petr']]]);
  });

  it('reports every owner of a shared surface form', () => {
    const d = compileNames([
      { id: 'anna', name: 'Anna Marek', aliases: ['Marek'] },
      { id: 'petr', name: 'Petr Marek', aliases: ['Marek'] },
    ]);
    expect(find('Marek said', d)).toEqual([['Marek', ['anna', 'petr']]]);
    expect(find('Anna Marek said', d)).toEqual([['Anna Marek', ['anna']]]);
  });

  it('handles overlapping aliases without double reporting', () => {
    const d = compileNames([
      { id: 'a', name: 'Kim Jong Un', aliases: ['Kim'] },
      { id: 'b', name: 'Jong Un Park', aliases: [] },
    ]);
    expect(find('Kim Jong Un Park', d)).toEqual([['Kim Jong Un', ['a']]]);
    expect(find('Jong Un Park', d)).toEqual([['Jong Un Park', ['b']]]);
  });
});

describe('findPeople: Cyrillic and other scripts', () => {
  it('finds Cyrillic names and aliases', () => {
    expect(find('Вчера Замир Кабулов заявил')).toEqual([['Замир Кабулов', ['kabulov']]]);
    expect(find('Кабулов заявил')).toEqual([['Кабулов', ['kabulov']]]);
  });

  it('accepts Russian case endings but not longer words', () => {
    expect(find('слова Кабулова')).toEqual([['Кабулова', ['kabulov']]]);
    expect(find('с Путиным')).toEqual([['Путиным', ['putin']]]);
    expect(find('встреча с Замиром Кабуловым')).toEqual([['Замиром Кабуловым', ['kabulov']]]);
    expect(find('путинизм и Путинская')).toEqual([]);
  });

  it('prefers a real name word over a case form of another', () => {
    const d = compileNames([
      { id: 'him', name: 'Кабулов', aliases: [] },
      { id: 'her', name: 'Кабулова', aliases: [] },
    ]);
    expect(find('Кабулова и Кабулову', d)).toEqual([
      ['Кабулова', ['her']],
      ['Кабулову', ['him']],
    ]);
  });

  it('matches caseless scripts as one word', () => {
    const d = compileNames([{ id: 'b', name: 'أبو بكر البغدادي', aliases: ['البغدادي'] }]);
    expect(find('قال البغدادي', d)).toEqual([['البغدادي', ['b']]]);
    expect(find('قال أبو بكر البغدادي', d)).toEqual([['أبو بكر البغدادي', ['b']]]);
  });
});

describe('findPeople: initials', () => {
  const d = compileNames([{ id: 'js', name: 'J. Smith', aliases: ['John Smith'] }]);

  it('matches initials with or without a dot', () => {
    expect(find('said J. Smith', d)).toEqual([['J. Smith', ['js']]]);
    expect(find('said J Smith', d)).toEqual([['J Smith', ['js']]]);
    expect(find('said J.Smith', d)).toEqual([['J.Smith', ['js']]]);
  });

  it('does not let a sentence-ending dot join words', () => {
    expect(find('said John. Smith', d)).toEqual([]);
  });
});
