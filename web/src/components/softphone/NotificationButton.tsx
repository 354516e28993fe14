import { useT } from '../../i18n';
import { useNotificationPermission } from './notifications';

/** "Enable notifications", shown only while the browser has not been asked yet (never asked on page load). */
export function NotificationButton() {
  const t = useT();
  const [permission, ask] = useNotificationPermission();
  if (permission !== 'default') return null;
  return (
    <button type="button" class="small" onClick={ask}>
      {t('phoneEnableNotifications')}
    </button>
  );
}
