interface Props {
  legend: string;
  claims: readonly { id: string; text: string }[];
  selected: readonly string[];
  onChange(ids: string[]): void;
}

/** Checkboxes for filing a record under claims. */
export function ClaimPicker({ legend, claims, selected, onChange }: Props) {
  return (
    <fieldset class="field claim-picker">
      <legend class="label">{legend}</legend>
      {claims.length === 0 && <p class="empty">No claims yet. Add one from the Claims list.</p>}
      {claims.map((c) => (
        <label class="check" key={c.id}>
          <input
            type="checkbox"
            checked={selected.includes(c.id)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...selected, c.id] : selected.filter((id) => id !== c.id))}
          />
          <span>{c.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
