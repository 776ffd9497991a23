
interface Props {
  label: string;
  value: string;
  onInput(value: string): void;
  /** A textarea with this many rows instead of a one-line input. */
  rows?: number;
  hint?: string;
  type?: 'text' | 'url' | 'date';
  required?: boolean;
  testId?: string;
  placeholder?: string;
}

/** A labelled text input or textarea with an optional hint under it. */
export function Field({ label, value, onInput, rows, hint, type = 'text', required, testId, placeholder }: Props) {
  return (
    <label class="field">
      <span class="label">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </span>
      {rows ? (
        <textarea rows={rows} value={value} required={required} placeholder={placeholder} data-testid={testId} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input type={type} value={value} required={required} placeholder={placeholder} data-testid={testId} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
      {hint && <span class="hint">{hint}</span>}
    </label>
  );
}

/** One entry per line, blank lines dropped: how alias, variant and tag lists are typed. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Comma-separated tags, trimmed, lower-cased, without duplicates. */
export const tagsOf = (text: string): string[] => [...new Set(text.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
