import { useT } from '../i18n';

export function Loading() {
  const t = useT();
  return <p class="loading">{t('loading')}</p>;
}
