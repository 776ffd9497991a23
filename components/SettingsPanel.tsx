import type { HighlightColours } from '@/lib/settings';
import { ConfirmButton } from './ConfirmButton';
import { ExcludedSites } from './ExcludedSites';

interface Props {
  colours: HighlightColours;
  onColours(colours: HighlightColours | null): void;
  offSites: string[];
  onSiteOn(site: string): void;
  sightings: boolean;
  onSightings(on: boolean): void;
  /** Sites never logged as sightings nor used to find candidate claims. */
  excludedSites: string[];
  onExcludeSite(site: string): void;
  onIncludeSite(site: string): void;
  onClearHistory(): Promise<void>;
}

const COLOUR_LABELS: readonly [keyof HighlightColours, string][] = [
  ['person', 'People'],
  ['claim', 'Claims'],
  ['snippet', 'Your saved snippets'],
];

/** How pages look and what Backstory remembers: highlight colours, switched-off sites, the sightings log. */
export function SettingsPanel({ colours, onColours, offSites, onSiteOn, sightings, onSightings, excludedSites, onExcludeSite, onIncludeSite, onClearHistory }: Props) {
  return (
    <section aria-labelledby="settings-heading" class="panel" data-testid="settings-panel">
      <h2 id="settings-heading">Settings</h2>
      <h3>Highlight colours</h3>
      <div class="colours">
        {COLOUR_LABELS.map(([kind, label]) => (
          <label key={kind} class="colour">
            <input type="color" value={colours[kind]} data-testid={`colour-${kind}`} onChange={(e) => onColours({ ...colours, [kind]: e.currentTarget.value })} />{' '}
            <span class="swatch-text" style={{ backgroundColor: `${colours[kind]}40` }}>
              {label}
            </span>
          </label>
        ))}
        <button type="button" onClick={() => onColours(null)}>
          Back to the usual colours
        </button>
      </div>
      <h3>Sites where Backstory is off</h3>
      <p class="muted" data-testid="host-access">
        Why Backstory may read every page: to find the people and claims you know about, it reads the text of the page you
        are on, inside your browser. Nothing is sent anywhere; Backstory makes no network requests. Where it is switched
        off, it does not read, highlight, save or log anything.
      </p>
      {offSites.length === 0 ? (
        <p class="empty">Backstory is on everywhere. Switch it off for a site from the toolbar button while you are on it.</p>
      ) : (
        <ul class="found" data-testid="off-sites">
          {offSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => onSiteOn(site)} aria-label={`Switch Backstory on for ${site}`}>
                Switch on
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Where people and claims were seen</h3>
      <label class="check">
        <input type="checkbox" checked={sightings} data-testid="sightings-switch" onChange={(e) => onSightings(e.currentTarget.checked)} />
        <span>
          Log where people and claims are seen: remember the pages on which known people and claims appear, and sentences
          repeated across sites (offered as candidate claims). Stored in this browser only.
        </span>
      </label>
      <h4>Never log these sites</h4>
      <ExcludedSites sites={excludedSites} onAdd={onExcludeSite} onRemove={onIncludeSite} />
      <h4>Clear history</h4>
      <ConfirmButton
        question="Forget every page people and claims were seen on, and the candidate claims found so far? Your people, claims and snippets stay."
        confirmLabel="Clear history"
        danger
        testId="clear-history"
        onConfirm={onClearHistory}
      >
        Clear history…
      </ConfirmButton>
    </section>
  );
}
