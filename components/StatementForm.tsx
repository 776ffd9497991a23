import type { StatementFields } from '@/lib/db';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { ClaimPicker } from './ClaimPicker';
import { useForm } from './use-form';

interface Props {
  initial?: Partial<StatementFields>;
  claims: readonly { id: string; text: string }[];
  saveLabel: string;
  onSave(fields: Omit<StatementFields, 'personId'>): Promise<string | null>;
  onCancel?(): void;
}

/** What a person said, when, where, and which claims it makes. */
export function StatementForm({ initial = {}, claims, saveLabel, onSave, onCancel }: Props) {
  const form = useForm(
    { text: initial.text ?? '', date: initial.date ?? '', sourceName: initial.sourceName ?? '', sourceUrl: initial.sourceUrl ?? '', claimIds: initial.claimIds ?? [] },
    (d) =>
      onSave({
        text: d.text.trim(),
        claimIds: d.claimIds,
        ...(d.date.trim() && { date: d.date.trim() }),
        ...(d.sourceName.trim() && { sourceName: d.sourceName.trim() }),
        ...(d.sourceUrl.trim() && { sourceUrl: d.sourceUrl.trim() }),
      }),
    onCancel,
  );
  const { draft, set } = form;
  return (
    <form class="record-form" onSubmit={form.submit} data-testid="statement-form">
      <Field label="What they said" value={draft.text} onInput={set('text')} rows={3} required testId="statement-text" />
      <Field label="Date" value={draft.date} onInput={set('date')} placeholder="YYYY, YYYY-MM or YYYY-MM-DD" testId="statement-date" />
      <Field label="Source name" value={draft.sourceName} onInput={set('sourceName')} placeholder="e.g. RIA Novosti" />
      <Field label="Source address" value={draft.sourceUrl} onInput={set('sourceUrl')} type="url" placeholder="https://…" />
      <ClaimPicker legend="Claims it makes" claims={claims} selected={draft.claimIds} onChange={set('claimIds')} />
      <FormActions saveLabel={saveLabel} busy={form.busy} error={form.error} onCancel={onCancel} testId="statement-form" />
    </form>
  );
}
