interface Props {
  saveLabel: string;
  busy: boolean;
  error: string | null;
  onCancel?(): void;
  testId?: string;
}

/** Save / Cancel under a form, with the last error in words. */
export function FormActions({ saveLabel, busy, error, onCancel, testId }: Props) {
  return (
    <>
      {error && (
        <p role="alert" class="error" data-testid={testId && `${testId}-error`}>
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-testid={testId && `${testId}-save`}>
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
