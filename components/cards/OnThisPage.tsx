import type { SnippetPlace } from '@/lib/messaging';
import type { Snippet } from '@/lib/types';
import type { ListedItem } from '@/lib/db/cards';
import { plural } from '@/lib/format';
import { CardFrame } from './CardFrame';
import { SnippetItems } from './Sections';

interface Props {
  people: ListedItem[];
  claims: ListedItem[];
  snippets: Snippet[];
  snippetPlaces: Record<string, SnippetPlace>;
  onOpen(kind: 'person' | 'claim', id: string): void;
  onClose(): void;
}

/** Everything found on the page as buttons: Tab moves through them, Enter opens a card. */
export function OnThisPage({ people, claims, snippets, snippetPlaces, onOpen, onClose }: Props) {
  const section = (kind: 'person' | 'claim', title: string, items: ListedItem[], unit: string) =>
    items.length > 0 && (
      <>
        <h2 id={`list-${kind}`}>{title}</h2>
        <ul class="items list" aria-labelledby={`list-${kind}`} data-testid={`list-${kind}`}>
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" class="list-item" aria-label={`${item.label}, ${plural(item.count, unit)}`} onClick={() => onOpen(kind, item.id)}>
                <span>{item.label}</span>
                <span class="count" aria-hidden="true">
                  {item.count}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <CardFrame title="On this page" testId="page-list" onClose={onClose}>
      {people.length + claims.length === 0 && <p class="empty">Backstory found no known people or claims here.</p>}
      {section('person', 'People', people, 'mention')}
      {section('claim', 'Claims', claims, 'sentence')}
      {snippets.length > 0 && (
        <>
          <h2>Saved from this page</h2>
          <SnippetItems snippets={snippets} places={snippetPlaces} />
        </>
      )}
    </CardFrame>
  );
}
