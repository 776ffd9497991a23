/** The Edit / Delete pair at the head of a record's page; test ids are `edit-KIND` and `delete-KIND`. */
export function EditDeleteActions({ kind, editLabel, deleteLabel, onEdit, onDelete }: {
  kind: string;
  editLabel: string;
  deleteLabel: string;
  onEdit(): void;
  /** Absent when there is nothing to delete yet. */
  onDelete?: () => void;
}) {
  return (
    <div class="actions">
      <button type="button" onClick={onEdit} data-testid={`edit-${kind}`}>
        {editLabel}
      </button>
      {onDelete && (
        <button type="button" class="danger" onClick={onDelete} data-testid={`delete-${kind}`}>
          {deleteLabel}
        </button>
      )}
    </div>
  );
}
