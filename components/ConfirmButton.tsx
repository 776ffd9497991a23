import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  /** The question asked before acting, e.g. "Delete all saved snippets?" */
  question: string;
  confirmLabel: string;
  onConfirm(): void | Promise<void>;
  danger?: boolean;
  testId?: string;
}

/** A button that asks once, in place, before doing something that cannot be undone. */
export function ConfirmButton({ children, question, confirmLabel, onConfirm, danger, testId }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={danger ? 'danger' : undefined} data-testid={testId} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <span role="group" aria-label={question} class="confirm">
      <span>{question}</span>{' '}
      <button
        type="button"
        class={danger ? 'danger' : undefined}
        data-testid={testId && `${testId}-confirm`}
        onClick={async () => {
          setAsking(false);
          await onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)} autoFocus>
        Cancel
      </button>
    </span>
  );
}
