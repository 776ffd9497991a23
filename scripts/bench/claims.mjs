// Claims for the benchmark, and sentences stating them in other words for the pages.

export const CLAIMS = [
  { id: 'c1', text: 'Sanctions have cost the economy 100 billion dollars', variants: [] },
  { id: 'c2', text: 'The border wall will be paid for by the neighbouring country', variants: [] },
  { id: 'c3', text: 'Unemployment fell to its lowest level in fifty years', variants: [] },
  { id: 'c4', text: 'The election was stolen through postal vote fraud', variants: [] },
  { id: 'c5', text: 'Crime rose by 40 percent after the police budget was cut', variants: [] },
  { id: 'c6', text: 'The vaccine was never tested on children', variants: [] },
  { id: 'c7', text: 'Migrants receive more benefits than pensioners', variants: [] },
  { id: 'c8', text: 'The trade deal will create one million jobs', variants: [] },
  { id: 'c9', text: 'The minister knew about the leak months before the report', variants: [] },
  { id: 'c10', text: 'Inflation is caused by wage increases', variants: [] },
];

export const STATEMENTS = [
  'Officials insisted the sanctions had cost the economy $100 billion.',
  'He repeated that unemployment had dropped to its lowest level in 50 years.',
  'Critics said the trade agreement would create a million jobs.',
  'She claimed the election had been stolen by fraud in postal votes.',
];
