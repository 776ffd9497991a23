import { useState } from 'preact/hooks';

interface Props {
  variants: string[];
  /** Saves the whole new list; resolves to an error sentence or null. */
  onChange(variants: string[]): Promise<string | null>;
}

/** Other wordings of a claim: remove one, or add one. */
export function VariantsEditor({ variants, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const update = async (next: string[]) => {
    const problem = await onChange(next);
    setError(problem);
    return problem;
  };
  return (
    <div class="variants">
      {variants.length === 0 ? (
        <p class="empty">No other wordings. Add how the claim is also phrased, so pages that word it differently are found.</p>
      ) : (
        <ul data-testid="variant-list">
          {variants.map((v) => (
            <li key={v}>
              <span>{v}</span>{' '}
              <button type="button" aria-label={`Remove wording: ${v}`} onClick={() => void update(variants.filter((x) => x !== v))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const text = draft.trim();
          if (text === '' || variants.includes(text)) return;
          if (!(await update([...variants, text]))) setDraft('');
        }}
      >
        <label>
          <span class="visually-hidden">Another wording</span>
          <input type="text" value={draft} placeholder="Another wording…" data-testid="variant-input" onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="variant-add">
          Add wording
        </button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
    </div>
  );
}
