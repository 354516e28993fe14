import { useT } from '../i18n';

interface Props {
  /** Accessible name of the Edit button ("Edit NAME"); no Edit button without it. */
  editLabel?: string;
  onEdit?: () => void;
  /** Accessible name of the Delete button ("Delete NAME"). */
  deleteLabel: string;
  onDelete: () => void;
  /** A removal is on its way: Delete waits. */
  busy: boolean;
}

/** The last cell of an admin table row: Edit (optional) and Delete, each named after the row. */
export function RowActions({ editLabel, onEdit, deleteLabel, onDelete, busy }: Props) {
  const t = useT();
  return (
    <td class="row-actions">
      {editLabel && onEdit && (
        <button type="button" class="small" aria-label={editLabel} onClick={onEdit}>
          {t('edit')}
        </button>
      )}
      <button type="button" class="small danger" aria-label={deleteLabel} disabled={busy} onClick={onDelete}>
        {t('delete')}
      </button>
    </td>
  );
}
