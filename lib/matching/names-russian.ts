/**
 * Russian case endings for names written in Cyrillic, so "Кабулов" also finds
 * "Кабулова", "Кабулову", "Кабуловым", "Кабулове". Works on folded keys (й is
 * folded to и, ё to е). The matcher maps a capitalised page word back to a
 * name word only when the word itself is not a name word, so a case form never
 * displaces a real name ("Кабулова" the person beats "Кабулов" in the genitive).
 */

const CYRILLIC_WORD = /^[\u0430-\u044f]{3,}$/;
const VOWELS = 'аеиоуыэюяь';

/** Endings replacing the last `cut` letters of the nominative, by what it ends with (longest first). */
const RULES: { ends: string; cut: number; add: string[] }[] = [
  { ends: 'скии', cut: 2, add: ['ого', 'ому', 'им', 'ом'] }, // Достоевский
  { ends: 'цкии', cut: 2, add: ['ого', 'ому', 'им', 'ом'] },
  { ends: 'ая', cut: 2, add: ['ой', 'ую'] }, // Толстая
  { ends: 'и', cut: 1, add: ['я', 'ю', 'ем', 'е'] }, // Сергей, Дмитрий (й folded to и)
  { ends: 'ь', cut: 1, add: ['я', 'ю', 'ем', 'е', 'и'] }, // Игорь
  { ends: 'а', cut: 1, add: ['ы', 'и', 'е', 'у', 'ой', 'ою'] }, // Анна, Кабулова
  { ends: 'я', cut: 1, add: ['и', 'е', 'ю', 'ей', 'ею'] }, // Мария
];
const CONSONANT_ENDINGS = ['а', 'у', 'ом', 'ым', 'е']; // Замир, Кабулов, Путин

/** Whether a folded word takes the case endings below (cheap: no forms are built). */
export function isInflectable(key: string): boolean {
  if (!CYRILLIC_WORD.test(key)) return false;
  const last = key[key.length - 1] ?? '';
  return !VOWELS.includes(last) || RULES.some((r) => key.endsWith(r.ends));
}

/** Oblique-case forms of a folded Cyrillic name word; [] for other words. */
export function russianCaseForms(key: string): string[] {
  if (!CYRILLIC_WORD.test(key)) return [];
  const last = key[key.length - 1] ?? '';
  if (!VOWELS.includes(last)) return CONSONANT_ENDINGS.map((ending) => key + ending);
  const rule = RULES.find((r) => key.endsWith(r.ends));
  if (!rule) return [];
  const stem = key.slice(0, key.length - rule.cut);
  return rule.add.map((ending) => stem + ending);
}

/** What may have been cut from a nominative before an ending was added (see RULES). */
const RESTORED = ['', 'а', 'я', 'и', 'ь', 'ии', 'ая'];
const ENDINGS = [...new Set([...CONSONANT_ENDINGS, ...RULES.flatMap((r) => r.add)])];

/** The name word (from `names`) a folded Cyrillic word is an oblique case of, if any; the inverse of {@link russianCaseForms}. */
export function russianNominative(form: string, names: ReadonlySet<string>): string | undefined {
  for (const ending of ENDINGS) {
    if (!form.endsWith(ending) || form.length - ending.length < 2) continue;
    const stem = form.slice(0, form.length - ending.length);
    for (const restored of RESTORED) {
      const base = stem + restored;
      if (names.has(base) && russianCaseForms(base).includes(form)) return base;
    }
  }
  return undefined;
}
