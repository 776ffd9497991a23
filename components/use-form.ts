import { useState } from 'preact/hooks';

/**
 * A form's draft and submit cycle: `save` resolves to an error sentence or null;
 * on success `done` runs (e.g. leave edit mode).
 */
export function useForm<T>(initial: T, save: (draft: T) => Promise<string | null>, done?: () => void) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof T>(key: K) => (value: T[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const problem = await save(draft);
    setBusy(false);
    setError(problem);
    if (!problem) done?.();
  };
  return { draft, set, submit, error, busy, reset: () => setDraft(initial) };
}
