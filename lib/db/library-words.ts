/** Edit errors in the reader's words: the pack validator names records and fields as a pack author would. */

const FIELD_LABELS: Record<string, string> = {
  name: 'The name',
  aliases: 'Other name',
  role: 'The role',
  organization: 'The organisation',
  country: 'The country',
  summary: 'The summary',
  text: 'The text',
  variants: 'Other wording',
  verdict: 'The verdict',
  date: 'The date',
  sourceUrl: 'The source address',
  sourceName: 'The source name',
  personId: 'The person',
  claimIds: 'Claim',
  domain: 'The site',
  note: 'The note',
  tags: 'Tag',
};

const RECORD_PREFIX = /^\w+\[\d+\](?: \((?:id|domain) "(?:[^"\\]|\\.)*"\))?: /;
const FIELD = /^field "(\w+)(?:\[(\d+)\])?" /;

/** 'people[0] (id "user-…"): field "aliases[1]" must not be empty' → 'Other name 2 must not be empty.' */
export function plainEditError(message: string): string {
  return message
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const rest = line.replace(RECORD_PREFIX, '');
      const field = FIELD.exec(rest);
      if (!field) return rest.endsWith('.') ? rest : `${rest}.`;
      const [, name = '', index] = field;
      const label = FIELD_LABELS[name] ?? `The ${name}`;
      const sentence = `${label}${index === undefined ? '' : ` ${Number(index) + 1}`} ${rest.slice(field[0].length)}`;
      return sentence.endsWith('.') ? sentence : `${sentence}.`;
    })
    .join('\n');
}
