import { useState } from 'react';
import { formatMediaTime } from '../../../shared/media/time';
import { mediaKindOf } from '../../../shared/media/formats';
import { useT } from '../../app/I18n';
import { useMediaUrl } from '../../app/Services';
import { Icon } from '../../ui/Icon';
import { UnlinkMediaButton } from './MediaActions';
import { MediaIcon, type MediaIconName } from './MediaIcon';
import { playbackRates, SKIP_SECONDS, useMediaAttach, useMediaClock, useMediaTurns } from './MediaProvider';

/**
 * The compact player above a transcript linked to a recording: play/pause, −5 s / +5 s, speed,
 * time and duration, a seek slider. A recording gone missing, or that the player cannot read,
 * gets a plain French message instead of a broken player.
 */
export function MediaPlayerBar() {
  const t = useT();
  const clock = useMediaClock();
  const turns = useMediaTurns();
  if (!clock?.media) return null;
  const { media, documentId } = clock;
  if (!media.available || clock.failed) {
    return (
      <div className="media-bar media-bar--problem" role="status">
        <Icon name="alert" />
        <p>{t(media.available ? 'media.unplayable' : 'media.missing', { name: media.name })}</p>
        <UnlinkMediaButton documentId={documentId} name={media.name} />
      </div>
    );
  }
  const video = mediaKindOf(media.name) === 'video';
  const time = formatMediaTime(clock.currentTime);
  const duration = formatMediaTime(clock.duration);
  return (
    <div className={`media-bar${video ? ' media-bar--video' : ''}`} role="group" aria-label={t('media.player', { name: media.name })} data-testid="media-bar">
      <MediaElement key={`${documentId}/${media.name}`} video={video} documentId={documentId} />
      <div className="media-bar__controls">
        <PlayerButton icon="back" label={t('media.back')} title={t('media.backTitle')} onClick={() => clock.skip(-SKIP_SECONDS)} />
        <PlayerButton
          icon={clock.playing ? 'pause' : 'play'}
          label={t(clock.playing ? 'media.pause' : 'media.play')}
          title={t('media.playTitle')}
          onClick={clock.toggle}
          primary
        />
        <PlayerButton icon="forward" label={t('media.forward')} title={t('media.forwardTitle')} onClick={() => clock.skip(SKIP_SECONDS)} />
        <span className="media-bar__time" aria-hidden="true">
          {t('media.timeOf', { time, duration })}
        </span>
        <input
          type="range"
          className="media-bar__seek"
          min={0}
          max={clock.duration || 0}
          step={0.1}
          value={Math.min(clock.currentTime, clock.duration || 0)}
          disabled={!clock.duration}
          aria-label={t('media.position')}
          aria-valuetext={t('media.positionValue', { time, duration })}
          onChange={(event) => turns?.seek(Number(event.currentTarget.value), false)}
        />
        <label className="media-bar__speed">
          <span className="sr-only">{t('media.speed')}</span>
          <select value={String(clock.rate)} onChange={(event) => clock.setRate(Number(event.target.value))} title={t('media.speed')}>
            {playbackRates.map((rate) => (
              <option key={rate} value={String(rate)}>
                {t('media.rate', { rate })}
              </option>
            ))}
          </select>
        </label>
        <span className="media-bar__name" title={media.name}>
          <MediaIcon name="recording" />
          {media.name}
        </span>
        <UnlinkMediaButton documentId={documentId} name={media.name} />
      </div>
    </div>
  );
}

function PlayerButton({ icon, label, title, onClick, primary }: { icon: MediaIconName; label: string; title: string; onClick: () => void; primary?: boolean }) {
  return (
    <button type="button" className={`icon-btn media-bar__button${primary ? ' media-bar__button--primary' : ''}`} aria-label={label} title={title} onClick={onClick}>
      <MediaIcon name={icon} />
    </button>
  );
}

/** The <audio>/<video> element, new (with a new address) for each linked file. */
function MediaElement({ video, documentId }: { video: boolean; documentId: number }) {
  const attach = useMediaAttach();
  const mediaUrl = useMediaUrl();
  const [version] = useState(() => Date.now().toString(36));
  const Element = video ? 'video' : 'audio';
  return <Element ref={attach} className="media-bar__element" src={mediaUrl(documentId, version)} preload="metadata" />;
}
