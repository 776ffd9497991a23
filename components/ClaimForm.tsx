import { VERDICTS, type Verdict } from '@/lib/types';
import type { ClaimFields } from '@/lib/db';
import { Field, linesOf } from './Field';
import { FormActions } from './FormActions';
import { useForm } from './use-form';

interface Props {
  initial?: Partial<ClaimFields>;
  saveLabel: string;
  onSave(fields: ClaimFields): Promise<string | null>;
  onCancel?(): void;
  /** Variants are edited on the claim page itself; the new-claim form asks for them here. */
  withVariants?: boolean;
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  unverified: 'Unverified',
  disputed: 'Disputed',
  misleading: 'Misleading',
  false: 'False',
  true: 'True',
};

/** A claim's canonical wording, verdict and summary. */
export function ClaimForm({ initial = {}, saveLabel, onSave, onCancel, withVariants }: Props) {
  const form = useForm(
    { text: initial.text ?? '', summary: initial.summary ?? '', verdict: initial.verdict ?? 'unverified', variants: (initial.variants ?? []).join('\n') },
    (d) =>
      onSave({
        text: d.text.trim(),
        verdict: d.verdict,
        ...(d.summary.trim() && { summary: d.summary.trim() }),
        ...(withVariants && { variants: linesOf(d.variants) }),
      }),
    onCancel,
  );
  const { draft, set } = form;
  return (
    <form class="record-form" onSubmit={form.submit} data-testid="claim-form">
      <Field label="The claim, in one sentence" value={draft.text} onInput={set('text')} rows={2} required testId="claim-text" />
      <label class="field">
        <span class="label">Verdict</span>
        <select value={draft.verdict} onChange={(e) => set('verdict')(e.currentTarget.value as Verdict)} data-testid="claim-verdict">
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABEL[v]}
            </option>
          ))}
        </select>
      </label>
      <Field label="Summary" value={draft.summary} onInput={set('summary')} rows={3} hint="What is known about it, and from where." />
      {withVariants && (
        <Field label="Other wordings" value={draft.variants} onInput={set('variants')} rows={3} hint="One per line. Pages are searched for these too." />
      )}
      <FormActions saveLabel={saveLabel} busy={form.busy} error={form.error} onCancel={onCancel} testId="claim-form" />
    </form>
  );
}
