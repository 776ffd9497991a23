import type { StoredPerson } from '@/lib/db';
import { CardFrame } from './CardFrame';

interface Props {
  surface: string;
  people: StoredPerson[];
  onChoose(id: string): void;
  onClose(): void;
}

/** An ambiguous name: both people, and the reader's choice (remembered for the page). */
export function WhichOne({ surface, people, onChoose, onClose }: Props) {
  return (
    <CardFrame title={`Which ${surface}?`} subtitle="More than one known person goes by this name." testId="which-card" onClose={onClose}>
      <ul class="items choices">
        {people.map((p) => (
          <li key={p.id}>
            <button type="button" class="choice" onClick={() => onChoose(p.id)} data-testid="which-choice">
              <strong>{p.name}</strong>
              {p.role && <span class="meta">{p.role}</span>}
            </button>
          </li>
        ))}
      </ul>
      <p class="meta">Backstory remembers your choice for this page.</p>
    </CardFrame>
  );
}
