import { meterPosition } from '../../lib/browserStats';

/** A small meter for a linear 0..1 audio level, drawn on a -60..0 dBFS scale. */
export function LevelMeter({ level, labelledBy }: { level: number | null; labelledBy: string }) {
  return (
    <span class="level">
      <meter class="level-meter" min={0} max={1} low={0.6} high={0.9} optimum={0.5} value={meterPosition(level)} aria-labelledby={labelledBy} />{' '}
      <span class="level-value">{level === null ? '–' : level.toFixed(2)}</span>
    </span>
  );
}
