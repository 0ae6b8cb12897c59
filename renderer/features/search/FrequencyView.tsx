import { useId, useState } from 'react';
import type { WordFrequency } from '../../../shared/search/types';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { useRovingFocus } from './useRovingFocus';

interface Props {
  dataKey: string;
  documentIds: number[] | undefined;
  /** Only the shown tab counts words. */
  active: boolean;
  onSearchWord: (word: WordFrequency) => void;
}

const LIMIT = 300;

/** The most frequent words, stop words hidden or not; a word opens its keyword-in-context lines. */
export function FrequencyView({ dataKey, documentIds, active, onSearchWord }: Props) {
  const { t, lang } = useI18n();
  const format = (n: number) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const api = useApi();
  const [excludeStopWords, setExclude] = useState(true);
  const [minLength, setMinLength] = useState(3);
  const lengthId = useId();
  const captionId = useId();
  const request = { documentIds, excludeStopWords, minLength, limit: LIMIT };
  const { data, loading } = useAsync(active ? JSON.stringify([dataKey, request]) : null, () => api.search.frequencies(request));
  const words = data?.words ?? [];
  const roving = useRovingFocus(words.length);
  const top = words[0]?.count ?? 1;

  return (
    <div className="search-freq">
      <div className="search-freq__controls">
        <label className="search-freq__check">
          <input type="checkbox" checked={excludeStopWords} onChange={(event) => setExclude(event.target.checked)} />
          {t('search.freq.stopWords')}
        </label>
        <label htmlFor={lengthId} className="search-freq__length">
          {t('search.freq.minLength')}
        </label>
        <input
          id={lengthId}
          type="number"
          className="input search-freq__number"
          min={1}
          max={50}
          value={minLength}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= 1 && value <= 50) setMinLength(value);
          }}
        />
        {data ? (
          <p className="search-freq__summary" role="status">
            {t('search.freq.summary', { distinct: data.distinct, total: data.total })}
          </p>
        ) : null}
      </div>
      {data === undefined || (loading && words.length === 0) ? (
        <p className="search-empty__hint">{t('search.freq.loading')}</p>
      ) : words.length === 0 ? (
        <p className="search-empty__hint">{t('search.freq.none')}</p>
      ) : (
        <div className="search-freq__scroll">
          <table className="search-freq__table" aria-describedby={captionId}>
            <caption id={captionId} className="search-freq__caption">
              {t('search.freq.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('search.freq.word')}</th>
                <th scope="col" className="search-freq__num">
                  {t('search.freq.count')}
                </th>
                <th scope="col" className="search-freq__num">
                  {t('search.freq.documents')}
                </th>
              </tr>
            </thead>
            <tbody onKeyDown={roving.onKeyDown}>
              {words.map((word, index) => (
                <tr key={word.folded}>
                  <th scope="row" className="search-freq__wordcell">
                    <button
                      type="button"
                      className="search-freq__word"
                      data-roving={index}
                      tabIndex={roving.tabIndex(index)}
                      aria-label={t('search.freq.search', { word: word.word })}
                      onFocus={() => roving.setActive(index)}
                      onClick={() => onSearchWord(word)}
                    >
                      {word.word}
                    </button>
                  </th>
                  <td className="search-freq__num">
                    <span className="search-freq__bar" style={{ width: `${Math.max(2, (word.count / top) * 100)}%` }} aria-hidden="true" />
                    <span className="search-freq__value">{format(word.count)}</span>
                  </td>
                  <td className="search-freq__num">{format(word.documents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
