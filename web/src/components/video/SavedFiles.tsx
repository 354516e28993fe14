import { useId } from 'preact/hooks';
import { useT } from '../../i18n';
import type { SavedFile } from '../../lib/video/savedFile';

/** "Saved files": the captures and recordings of this workspace, as links to open or save again. */
export function SavedFiles({ files }: { files: SavedFile[] }) {
  const t = useT();
  const headingId = useId();
  if (files.length === 0) return null;
  return (
    <div class="saved-files">
      <h3 id={headingId}>{t('veSavedFiles')}</h3>
      <ul aria-labelledby={headingId}>
        {files.map((f) => (
          <li key={f.url}>
            <a href={f.url} download={f.name}>
              {f.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
