import type { PersonFields } from '@/lib/db';
import { Field, linesOf } from './Field';
import { FormActions } from './FormActions';
import { useForm } from './use-form';

interface Props {
  initial?: Partial<PersonFields>;
  saveLabel: string;
  /** Saves; resolves to an error sentence or null. */
  onSave(fields: PersonFields): Promise<string | null>;
  onCancel?(): void;
}

/** Name, role and other names of a person; other names are what the page scanner also looks for. */
export function PersonForm({ initial = {}, saveLabel, onSave, onCancel }: Props) {
  const form = useForm(
    {
      name: initial.name ?? '',
      role: initial.role ?? '',
      organization: initial.organization ?? '',
      country: initial.country ?? '',
      summary: initial.summary ?? '',
      aliases: (initial.aliases ?? []).join('\n'),
    },
    (d) =>
      onSave({
        name: d.name.trim(),
        aliases: linesOf(d.aliases),
        ...(d.role.trim() && { role: d.role.trim() }),
        ...(d.organization.trim() && { organization: d.organization.trim() }),
        ...(d.country.trim() && { country: d.country.trim() }),
        ...(d.summary.trim() && { summary: d.summary.trim() }),
      }),
    onCancel,
  );
  const { draft, set } = form;
  return (
    <form class="record-form" onSubmit={form.submit} data-testid="person-form">
      <Field label="Name" value={draft.name} onInput={set('name')} required testId="person-name" />
      <Field label="Role" value={draft.role} onInput={set('role')} placeholder="e.g. Special envoy for Afghanistan" />
      <Field label="Organisation" value={draft.organization} onInput={set('organization')} />
      <Field label="Country" value={draft.country} onInput={set('country')} />
      <Field
        label="Other names"
        value={draft.aliases}
        onInput={set('aliases')}
        rows={4}
        testId="person-aliases"
        hint="One per line: spellings, surnames alone, Cyrillic. Pages you open next are searched for these too."
      />
      <Field label="Summary" value={draft.summary} onInput={set('summary')} rows={3} />
      <FormActions saveLabel={saveLabel} busy={form.busy} error={form.error} onCancel={onCancel} testId="person-form" />
    </form>
  );
}
