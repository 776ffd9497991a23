// Deterministic test material for the benchmarks: a list of 10,000 people and
// news-like pages of a given length that name the first fifty of them.

const FIRST = `Aaron Abigail Adam Adrian Ahmed Aisha Alan Albert Alexei Alice Amir Ana Andrei Angela Anna Anton Arjun Beatriz Ben Boris
Carla Carlos Catherine Chen Chloe Claire Daniel David Dmitri Elena Elif Emma Farid Fatima Felix Fernando Gabriel Grace Hannah Hassan
Helen Hugo Igor Ines Irina Isaac Ivan Jamal James Jana Javier Jean Joanna John Jorge Joseph Julia Karim Katarina Kenji Laila Lars
Laura Leila Leon Lucas Lucia Luis Marco Maria Marta Maxim Mei Michael Miguel Mikhail Nadia Natalia Nikolai Noor Olga Omar Oscar
Pablo Paul Pedro Peter Priya Rafael Rania Ricardo Rosa Samir Sara Sergei Sofia Stefan Tariq Tatiana Thomas Tomas Valentina Viktor
Wei Yara Yusuf Zainab Zofia`.split(/\s+/);
const LAST = `Abbott Adeyemi Aguilar Alvarez Andersen Antonov Bauer Becker Belov Bianchi Bogdan Brennan Castillo Chandra Chowdhury Costa
Dahl Delgado Dietrich Dubois Eriksen Esposito Farouk Fedorov Fischer Fontaine Garcia Gómez Guerrero Haddad Hansen Hoffmann Horvat
Ibrahim Ivanova Jensen Kamau Kaminski Karimov Kaya Keller Kim Kovac Kowalski Kuznetsov Lambert Larsen Lebedev Lindqvist Lopez
Madsen Mahmoud Marchetti Markovic Medina Mendes Moreau Morozov Moreno Nakamura Navarro Nielsen Novak Nowak Okafor Oliveira
Orlov Ozturk Pavlov Peralta Petrov Popescu Quiroga Rahman Ramos Reyes Ricci Rios Romanov Rossi Rubio Saito Salazar Santos Schmidt
Schneider Sokolov Suarez Takahashi Tanaka Torres Vasquez Vega Volkov Wagner Weber Yamamoto Yilmaz Zaitsev Zhang Zhou Ziegler`.split(/\s+/);

const WORDS = `the of and to in a said that for on was with as by at from government minister officials said election
policy economy talks report president week year new would could after before under over vote parliament court law
security border trade deal budget crisis meeting statement summit agreement sanctions spokesman agency press conference
people country state public national foreign defence party leader campaign opposition members council committee city
support plan program million billion percent rise fall increase decline according sources analysts told interview`.split(/\s+/);

/** A seeded generator, so every run benchmarks the same material. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct people (NameSource-shaped); every fifth also has a "J. Surname" alias. */
export function makePeople(count) {
  const people = [];
  for (let i = 0; people.length < count; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i + Math.floor(i / FIRST.length)) % LAST.length];
    const middle = i >= FIRST.length * LAST.length ? ` ${FIRST[(i * 7) % FIRST.length]}` : '';
    const name = `${first}${middle} ${last}`;
    people.push({ id: `p${people.length}`, name, aliases: i % 5 === 0 ? [`${first[0]}. ${last}`] : [] });
  }
  return people;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A news-like page of about `words` words naming people from `named` (bold, links,
 * plain, split across elements); every eighth paragraph ends with one of `statements`.
 */
export function makePage(words, named, statements = [], seed = 1) {
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = (n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(pick(WORDS));
    out[0] = out[0][0].toUpperCase() + out[0].slice(1);
    return out.join(' ');
  };
  const person = () => {
    const [first, ...rest] = pick(named).name.split(' ');
    const style = rand();
    if (style < 0.25) return `<b>${escape(first)} ${escape(rest.join(' '))}</b>`;
    if (style < 0.45) return `<a href="#p">${escape(first)}</a> ${escape(rest.join(' '))}`;
    return `${escape(first)} ${escape(rest.join(' '))}`;
  };
  const paragraph = () => {
    const parts = [];
    for (let i = 0; i < 4; i++) parts.push(`${sentence(12)}, ${person()} ${sentence(2).toLowerCase()}.`);
    return `<p>${parts.join(' ')}</p>`;
  };
  const sidebar = () =>
    `<aside class="related"><h3>Related</h3><ul>${Array.from({ length: 5 }, () => `<li><a href="#r">${sentence(6)}</a></li>`).join('')}</ul></aside>`;
  const body = [];
  let count = 0;
  let paragraphs = 0;
  while (count < words) {
    body.push(`<h2>${sentence(7)}</h2>`);
    for (let i = 0; i < 6 && count < words; i++) {
      const statement = statements.length > 0 && ++paragraphs % 8 === 0 ? ` ${escape(pick(statements))}` : '';
      body.push(paragraph().replace('</p>', `${statement}</p>`));
      count += 4 * 16;
    }
    body.push(sidebar());
    count += 5 * 6 + 8;
  }
  const nav = `<nav><ul>${['World', 'Politics', 'Business', 'Opinion', 'Sport'].map((s) => `<li><a href="#${s}">${s}</a></li>`).join('')}</ul></nav>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench ${words}</title>
<style>body{font:16px/1.5 Georgia,serif;margin:0 auto;max-width:70rem}aside{float:right;width:16rem;font-size:14px}</style></head>
<body><header>${nav}<h1>${sentence(9)}</h1></header><main><article>${body.join('\n')}</article></main>
<footer><p>${sentence(20)}</p></footer></body></html>`;
}

/**
 * The same page written as one block of text, as some sites print an article: every block
 * element becomes a <span>, so nothing breaks the text into paragraphs.
 */
export function makeOneBlockPage(words, named, statements = [], seed = 1) {
  const blocks = /<(\/?)(p|h[1-6]|ul|li|aside|article|main|header|footer|nav)\b/g;
  return makePage(words, named, statements, seed).replace(blocks, '<$1span');
}
