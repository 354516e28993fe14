import { useEffect, useState } from 'preact/hooks';
import { AdminShell } from '../components/AdminShell';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { TextField } from '../components/TextField';
import { useT } from '../i18n';
import { api } from '../lib/api';
import type { Tag } from '../lib/callRecord';
import { useSignedIn } from '../lib/session';
import { isStaff, type SignedIn } from '../lib/types';
import { useSubmit } from '../lib/useSubmit';
import { Forbidden } from './AdminPage';

/** `/admin/tags`: the tags agents put on calls (WS-04); ADMIN adds, renames and deletes, SUPERVISOR reads. */
export function AdminTagsPage() {
  const session = useSignedIn();
  if (!session) return <Loading />;
  return isStaff(session.account.role) ? <AdminTags session={session} /> : <Forbidden session={session} />;
}

const FIELDS = ['name'] as const;

function AdminTags({ session }: { session: SignedIn }) {
  const t = useT();
  const editable = session.account.role === 'ADMIN';
  const [tags, setTags] = useState<Tag[] | null>(null);
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: number; name: string } | null>(null);
  const adding = useSubmit(FIELDS);
  const changing = useSubmit(FIELDS);
  const load = () => api.get<Tag[]>('/api/admin/tags').then(setTags, () => setTags([]));
  useEffect(() => {
    load();
  }, []);

  const add = async (ev: Event) => {
    ev.preventDefault();
    if (await adding.run(() => api.post('/api/admin/tags', { name }))) {
      setName('');
      load();
    }
  };
  const rename = async (ev: Event) => {
    ev.preventDefault();
    if (editing && (await changing.run(() => api.put(`/api/admin/tags/${editing.id}`, { name: editing.name })))) {
      setEditing(null);
      load();
    }
  };
  const remove = async (tag: Tag) => {
    await changing.run(() => api.del(`/api/admin/tags/${tag.id}`));
    load();
  };

  return (
    <AdminShell session={session} title={t('tagsTitle')}>
      <section class="card">
        <p class="muted">{t('tagsIntro')}</p>
        {editable && (
          <form class="stack" noValidate aria-label={t('tagsAdd')} onSubmit={add}>
            <FormAlert codes={adding.errors.general} />
            <TextField label={t('tagsName')} name="name" value={name} onInput={setName} error={adding.errors.fields.name} autoComplete="off" />
            <div class="actions">
              <button type="submit" class="primary" disabled={adding.busy}>
                {t('tagsAdd')}
              </button>
            </div>
          </form>
        )}
        <FormAlert codes={changing.errors.general} />
        {!tags && <Loading />}
        {tags && tags.length === 0 && <p>{t('tagsEmpty')}</p>}
        {tags && tags.length > 0 && (
          <ul class="tag-list" aria-label={t('tagsTitle')}>
            {tags.map((tag) => (
              <li key={tag.id}>
                {editing?.id === tag.id ? (
                  <form class="inline" noValidate aria-label={t('tagsRenameNamed', { name: tag.name })} onSubmit={rename}>
                    <TextField label={t('tagsName')} name="rename" value={editing.name}
                      onInput={(v) => setEditing({ id: tag.id, name: v })} error={changing.errors.fields.name} autoComplete="off" />
                    <button type="submit" class="primary small" disabled={changing.busy}>
                      {t('save')}
                    </button>
                    <button type="button" class="small" onClick={() => setEditing(null)}>
                      {t('cancel')}
                    </button>
                  </form>
                ) : (
                  <>
                    <span>{tag.name}</span>
                    {editable && (
                      <>
                        <button type="button" class="small" aria-label={t('tagsRenameNamed', { name: tag.name })}
                          onClick={() => setEditing({ id: tag.id, name: tag.name })}>
                          {t('edit')}
                        </button>
                        <button type="button" class="small danger" aria-label={t('tagsDeleteNamed', { name: tag.name })}
                          disabled={changing.busy} onClick={() => remove(tag)}>
                          {t('delete')}
                        </button>
                      </>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </AdminShell>
  );
}
