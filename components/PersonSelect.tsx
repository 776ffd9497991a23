/** Picks the person a passage is attributed to, or nobody; shared by the save form and the snippet editor. */
export function PersonSelect({ people, value, onChange, testId }: {
  people: readonly { id: string; name: string }[];
  value: string;
  onChange(personId: string): void;
  testId: string;
}) {
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId}>
      <option value="">Nobody in particular</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
