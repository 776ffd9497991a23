interface Props {
  /** What was just deleted, in words. */
  message: string;
  onUndo(): void;
  onDismiss(): void;
}

/** "Deleted … [Undo]": shown after every delete until the reader undoes, dismisses or deletes again. */
export function UndoBar({ message, onUndo, onDismiss }: Props) {
  return (
    <div class="undo-bar" role="status" data-testid="undo-bar">
      <span>{message}</span>
      <button type="button" class="primary" data-testid="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
