import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { HISTORY_KINDS, type HistoryKind } from '../../lib/types';
import { Tabs } from '../Tabs';
import { HistoryList } from './HistoryList';

const KIND_LABELS = { answered: 'historyAnswered', missed: 'historyMissed', outgoing: 'historyOutgoing' } as const;

interface Props {
  version: number;
  onPick: (number: string) => void;
}

/** Tabs "Answered", "Missed", "Outgoing", 9 entries a page (SP-14). */
export function SoftphoneHistory({ version, onPick }: Props) {
  const t = useT();
  const [kind, setKind] = useState<HistoryKind>('answered');
  const [page, setPage] = useState(0);
  const select = (next: HistoryKind) => {
    setKind(next);
    setPage(0);
  };
  return (
    <Tabs
      label={t('historyKinds')}
      items={HISTORY_KINDS.map((k) => ({ key: k, label: t(KIND_LABELS[k]) }))}
      selected={kind}
      onSelect={select}
      class="history-tabs"
    >
      <HistoryList kind={kind} page={page} onPage={setPage} version={version} onPick={onPick} />
    </Tabs>
  );
}
