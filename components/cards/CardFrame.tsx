import type { ComponentChildren } from 'preact';

interface Props {
  /** Visible heading; also the dialog's accessible name. */
  title: string;
  /** A line under the heading (role, verdict...). */
  subtitle?: ComponentChildren;
  testId: string;
  onClose(): void;
  children: ComponentChildren;
}

/** The shell every card shares: a labelled non-modal dialog with a heading and a close button. */
export function CardFrame({ title, subtitle, testId, onClose, children }: Props) {
  return (
    <section class="card" role="dialog" aria-modal="false" aria-labelledby="card-title" data-testid={testId}>
      <header class="card-header">
        <div>
          <h1 id="card-title" tabIndex={-1}>
            {title}
          </h1>
          {subtitle && <p class="card-subtitle">{subtitle}</p>}
        </div>
        <button type="button" class="card-close" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </section>
  );
}
