import { useEffect, useRef } from 'react';
import { parseTurnTime } from '../../../shared/media/time';
import { useT } from '../../app/I18n';
import { useMediaTurns } from './MediaProvider';

/**
 * A turn's timestamp. With a recording linked, a button that plays from there; the playing turn's
 * timestamp keeps its turn in view. Without one (or outside a MediaProvider), plain text.
 */
export function TurnTime({ time, unitId }: { time: string; unitId: number | null }) {
  const t = useT();
  const turns = useMediaTurns();
  const ref = useRef<HTMLButtonElement>(null);
  const seconds = parseTurnTime(time);
  const active = turns !== null && unitId !== null && turns.activeUnitId === unitId;
  const playing = turns?.playing ?? false;
  const follow = turns?.follow;

  useEffect(() => {
    const turn = ref.current?.closest('.turn') ?? ref.current;
    if (active && playing && turn && follow) follow(turn);
  }, [active, playing, follow]);

  if (!turns?.ready || seconds === null) return <time className="turn__time">{time}</time>;
  return (
    <button
      ref={ref}
      type="button"
      className="turn__time turn__time--seek"
      aria-label={t('media.seekTurn', { time })}
      title={t('media.seekTurn', { time })}
      aria-current={active ? 'time' : undefined}
      onClick={() => turns.seek(seconds, true)}
    >
      <time>{time}</time>
    </button>
  );
}

/** The unit id in a block key of the document layout (`u12` → 12), or null. */
export function unitIdOfKey(key: string): number | null {
  const match = /^u(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}
