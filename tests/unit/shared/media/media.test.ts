import { describe, expect, it } from 'vitest';
import { extensionOf, mediaKindOf, mediaTypeOf } from '../../../../shared/media/formats';
import { parseRange, rangeHeaders } from '../../../../shared/media/range';
import { formatMediaTime, parseTurnTime, timedTurns, turnAt } from '../../../../shared/media/time';

describe('turn times', () => {
  it('reads the times the importers keep, brackets and fractions included', () => {
    expect(parseTurnTime('00:01:23')).toBe(83);
    expect(parseTurnTime('[00:08:45]')).toBe(525);
    expect(parseTurnTime('(00:00:05)')).toBe(5);
    expect(parseTurnTime('01:02.500')).toBe(62.5);
    expect(parseTurnTime('00:00:01,250')).toBe(1.25);
    expect(parseTurnTime('1:02:03.5')).toBe(3723.5);
    expect(parseTurnTime('75:10')).toBe(4510);
    expect(parseTurnTime(' [12:31] ')).toBe(751);
  });

  it('refuses what is not a time', () => {
    for (const raw of ['', 'midi', '12', '00:61', '01:60:00', '00:00:00:00', '1h02', null, undefined]) expect(parseTurnTime(raw), String(raw)).toBeNull();
  });

  it('formats seconds for display, with hours only when needed', () => {
    expect(formatMediaTime(0)).toBe('0:00');
    expect(formatMediaTime(65.9)).toBe('1:05');
    expect(formatMediaTime(729)).toBe('12:09');
    expect(formatMediaTime(3723)).toBe('1:02:03');
    expect(formatMediaTime(Number.NaN)).toBe('0:00');
    expect(formatMediaTime(-3)).toBe('0:00');
  });
});

describe('the turn playing at a time', () => {
  const units = [
    { id: 10, kind: 'turn', start: 0, attrs: { time: '00:00:01' } },
    { id: 11, kind: 'paragraph', start: 20, attrs: {} },
    { id: 12, kind: 'turn', start: 40, attrs: { time: '[00:00:04]' } },
    { id: 13, kind: 'turn', start: 60, attrs: {} },
    { id: 14, kind: 'turn', start: 80, attrs: { time: '00:00:02.500' } },
    { id: 15, kind: 'turn', start: 100, attrs: { time: '00:00:04' } },
  ];

  it('keeps the timed turns in the order of the recording, ties in text order', () => {
    expect(timedTurns(units)).toEqual([
      { unitId: 10, seconds: 1 },
      { unitId: 14, seconds: 2.5 },
      { unitId: 12, seconds: 4 },
      { unitId: 15, seconds: 4 },
    ]);
  });

  it('finds the last turn started at or before the time', () => {
    const turns = timedTurns(units);
    expect(turnAt(turns, 0.5)).toBeNull();
    expect(turnAt(turns, 1)?.unitId).toBe(10);
    expect(turnAt(turns, 2.49)?.unitId).toBe(10);
    expect(turnAt(turns, 2.5)?.unitId).toBe(14);
    expect(turnAt(turns, 4)?.unitId).toBe(15);
    expect(turnAt(turns, 9999)?.unitId).toBe(15);
    expect(turnAt([], 3)).toBeNull();
  });

  it('agrees with a linear scan on many turns', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ unitId: i, seconds: i * 3 + (i % 7) / 10 }));
    for (const t of [0, 1.2, 77.7, 300, 1499.6, 2000]) {
      const linear = [...many].reverse().find((turn) => turn.seconds <= t) ?? null;
      expect(turnAt(many, t)).toEqual(linear);
    }
  });
});

describe('recording formats', () => {
  it('knows the audio and video types by extension, whatever the case', () => {
    expect(mediaTypeOf('/terrain/entretien.MP3')).toBe('audio/mpeg');
    expect(mediaTypeOf('C:\\terrain\\e.wav')).toBe('audio/wav');
    expect(mediaTypeOf('e.mov')).toBe('video/quicktime');
    expect(mediaTypeOf('e.txt')).toBeNull();
    expect(mediaTypeOf('.wav')).toBeNull();
    expect(extensionOf('a.b/c')).toBe('');
    expect(mediaKindOf('e.m4a')).toBe('audio');
    expect(mediaKindOf('e.mp4')).toBe('video');
  });
});

describe('byte ranges', () => {
  it('reads one range, open-ended and suffix ranges', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('sends the whole file without a usable header, and refuses what cannot be satisfied', () => {
    expect(parseRange(undefined, 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
    expect(parseRange('bytes=0-1, 5-6', 1000)).toBeNull();
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=50-10', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=abc', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });

  it('describes the part sent', () => {
    expect(rangeHeaders({ start: 10, end: 19 }, 100)).toEqual({ 'Accept-Ranges': 'bytes', 'Content-Length': '10', 'Content-Range': 'bytes 10-19/100' });
    expect(rangeHeaders(null, 100)).toEqual({ 'Accept-Ranges': 'bytes', 'Content-Length': '100' });
  });
});
