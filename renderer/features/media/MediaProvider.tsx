import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocumentContent, DocumentMedia } from '../../../shared/domain/document';
import { timedTurns, turnAt } from '../../../shared/media/time';

/** After the reader scrolls by hand, the text stops following the recording for this long. */
const FOLLOW_PAUSE_MS = 4000;
export const SKIP_SECONDS = 5;
export const playbackRates = [0.75, 1, 1.25, 1.5, 2] as const;

/** What turns need: changes only when the playing turn changes (not at every tick of the clock). */
interface TurnsContext {
  /** A recording is linked and there: timestamps seek. */
  ready: boolean;
  playing: boolean;
  activeUnitId: number | null;
  seek(seconds: number, play?: boolean): void;
  /** Scrolls a turn into view, unless the reader has just scrolled elsewhere. */
  follow(element: Element): void;
}

/** What the player bar needs: the clock, and the controls. */
interface ClockContext {
  documentId: number;
  media: DocumentMedia | null;
  currentTime: number;
  duration: number;
  playing: boolean;
  rate: number;
  failed: boolean;
  toggle(): void;
  skip(delta: number): void;
  setRate(rate: number): void;
}

const Turns = createContext<TurnsContext | null>(null);
const Clock = createContext<ClockContext | null>(null);
/** The player bar hands its <audio>/<video> element over with this ref callback (null when it goes). */
const Attach = createContext<(element: HTMLMediaElement | null) => void>(() => undefined);

interface Props {
  document: Pick<DocumentContent, 'id' | 'media' | 'units'>;
  children: ReactNode;
}

/**
 * The recording of the open document, shared by the player bar and the turns of the text: its
 * clock, the turn playing, seeking from a timestamp, following the text while it plays, and the
 * keys Ctrl+Alt+Espace (play/pause) and Ctrl+Alt+←/→ (−5/+5 s) while the document has the focus.
 */
export function MediaProvider({ document: doc, children }: Props) {
  // The element for listening (state: effects follow it) and for commands (ref: it is mutated).
  const [element, setElement] = useState<HTMLMediaElement | null>(null);
  const elementRef = useRef<HTMLMediaElement | null>(null);
  const [currentTime, setCurrentTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  /** The recording the player could not read (document and file name), so a new link gets a new try. */
  const [failedKey, setFailedKey] = useState<string | null>(null);
  const lastUserScroll = useRef(0);
  const turns = useMemo(() => timedTurns(doc.units), [doc.units]);
  const media = doc.media;
  const mediaKey = media ? `${doc.id}/${media.name}` : null;
  const failed = mediaKey !== null && failedKey === mediaKey;
  const ready = media !== null && media.available && element !== null && !failed;

  useEffect(() => {
    if (!element) return;
    const sync = () => {
      setCurrentTime(element.currentTime);
      setDuration(Number.isFinite(element.duration) ? element.duration : 0);
      setPlaying(!element.paused && !element.ended);
      setRateState(element.playbackRate);
    };
    const fail = () => setFailedKey(mediaKey);
    const events = ['timeupdate', 'durationchange', 'loadedmetadata', 'play', 'pause', 'ended', 'seeked', 'ratechange'] as const;
    for (const name of events) element.addEventListener(name, sync);
    element.addEventListener('error', fail);
    sync();
    return () => {
      for (const name of events) element.removeEventListener(name, sync);
      element.removeEventListener('error', fail);
    };
  }, [element, mediaKey]);

  const attach = useCallback((next: HTMLMediaElement | null) => {
    elementRef.current = next;
    setElement(next);
  }, []);

  const seek = useCallback(
    (seconds: number, play = true) => {
      const current = elementRef.current;
      if (!current) return;
      const limit = Number.isFinite(current.duration) ? current.duration : Infinity;
      current.currentTime = Math.max(0, Math.min(seconds, limit));
      setCurrentTime(current.currentTime);
      // A seek is a choice of where to read: follow the text again from there.
      lastUserScroll.current = 0;
      if (play) void current.play().catch(() => undefined);
    },
    [],
  );

  const toggle = useCallback(() => {
    const current = elementRef.current;
    if (!current) return;
    if (current.paused) void current.play().catch(() => undefined);
    else current.pause();
  }, []);

  const skip = useCallback(
    (delta: number) => {
      const current = elementRef.current;
      if (current) seek(current.currentTime + delta, !current.paused);
    },
    [seek],
  );

  const setRate = useCallback((next: number) => {
    if (elementRef.current) elementRef.current.playbackRate = next;
    setRateState(next);
  }, []);

  const follow = useCallback((target: Element) => {
    if (Date.now() - lastUserScroll.current < FOLLOW_PAUSE_MS) return;
    const scroller = target.closest('.viewer__scroll');
    if (scroller) {
      const box = target.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      if (box.top >= view.top && box.bottom <= view.bottom) return;
    }
    target.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }, []);

  // The reader's own scrolling (wheel, touch, keys, the scrollbar) pauses the following.
  useEffect(() => {
    const mark = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.viewer__scroll')) lastUserScroll.current = Date.now();
    };
    const markKey = (event: KeyboardEvent) => {
      if (['PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' '].includes(event.key) && !event.ctrlKey && !event.altKey) mark(event);
    };
    const markScrollbar = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.classList.contains('viewer__scroll')) mark(event);
    };
    window.addEventListener('wheel', mark, { capture: true, passive: true });
    window.addEventListener('touchmove', mark, { capture: true, passive: true });
    window.addEventListener('keydown', markKey, true);
    window.addEventListener('pointerdown', markScrollbar, true);
    return () => {
      window.removeEventListener('wheel', mark, { capture: true });
      window.removeEventListener('touchmove', mark, { capture: true });
      window.removeEventListener('keydown', markKey, true);
      window.removeEventListener('pointerdown', markScrollbar, true);
    };
  }, []);

  // Ctrl+Alt+Espace, Ctrl+Alt+← and → while the focus is in this document.
  useEffect(() => {
    if (!ready || !element) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.ctrlKey || !event.altKey || event.metaKey || event.shiftKey) return;
      const scope = element.closest('.viewer');
      if (!scope || !(event.target instanceof Node) || !scope.contains(event.target)) return;
      if (event.code === 'Space' || event.key === ' ') toggle();
      else if (event.key === 'ArrowLeft') skip(-SKIP_SECONDS);
      else if (event.key === 'ArrowRight') skip(SKIP_SECONDS);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ready, element, toggle, skip]);

  const started = playing || currentTime > 0;
  const activeUnitId = ready && started ? (turnAt(turns, currentTime)?.unitId ?? null) : null;
  const turnsValue = useMemo<TurnsContext>(() => ({ ready, playing, activeUnitId, seek, follow }), [ready, playing, activeUnitId, seek, follow]);
  const clockValue = useMemo<ClockContext>(
    () => ({ documentId: doc.id, media, currentTime, duration, playing, rate, failed, toggle, skip, setRate }),
    [doc.id, media, currentTime, duration, playing, rate, failed, toggle, skip, setRate],
  );
  return (
    <Attach.Provider value={attach}>
      <Clock.Provider value={clockValue}>
        <Turns.Provider value={turnsValue}>{children}</Turns.Provider>
      </Clock.Provider>
    </Attach.Provider>
  );
}

/** The turn side of the recording (null outside a MediaProvider): re-renders only when the playing turn changes. */
export function useMediaTurns(): TurnsContext | null {
  return useContext(Turns);
}

/** The ref callback for the player's media element. */
export function useMediaAttach(): (element: HTMLMediaElement | null) => void {
  return useContext(Attach);
}

/** The player's clock and controls (null outside a MediaProvider). */
export function useMediaClock(): ClockContext | null {
  return useContext(Clock);
}

/** {currentTime, playing, seek(seconds), activeUnitId} of the open document's recording, or null outside a provider. */
export function useMedia(): { currentTime: number; playing: boolean; seek: (seconds: number) => void; activeUnitId: number | null } | null {
  const turns = useMediaTurns();
  const clock = useMediaClock();
  if (!turns || !clock) return null;
  return { currentTime: clock.currentTime, playing: clock.playing, seek: turns.seek, activeUnitId: turns.activeUnitId };
}

/** True while the turn `unitId` is the one playing: for the active-turn class. */
export function useActiveTurn(unitId: number | null): boolean {
  const turns = useMediaTurns();
  return unitId !== null && turns !== null && turns.activeUnitId === unitId;
}
