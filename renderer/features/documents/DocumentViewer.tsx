import { useMemo } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { MediaActions } from '../media/MediaActions';
import { MediaPlayerBar } from '../media/MediaPlayerBar';
import { MediaProvider } from '../media/MediaProvider';
import { BlockView } from './BlockView';
import { layoutDocument } from './documentLayout';
import { documentKindIcon, documentKindLabel } from './kinds';

interface Props {
  documentId: number;
  /** Project path and revision: the document reloads when the project changes. */
  dataKey: string;
  /** The codebook, for names and colours; the document shows once both are loaded. */
  codes: Code[] | undefined;
  /** Correct the speakers of this transcript. */
  onSpeakers: (document: { id: number; name: string }) => void;
  onAutocode: () => void;
}

/**
 * A document, read-only, laid out by its structure with its codings highlighted. This is the
 * preview; the coding editor (Lexical) will take its place.
 */
export function DocumentViewer({ documentId, dataKey, codes, onSpeakers, onAutocode }: Props) {
  const { t, tc } = useI18n();
  const api = useApi();
  const { data: doc } = useAsync(`${dataKey}/${documentId}`, () => api.documents.get({ id: documentId }));
  const blocks = useMemo(() => (doc ? layoutDocument(doc) : []), [doc]);
  const codeMap = useMemo(() => new Map((codes ?? []).map((code) => [code.id, code])), [codes]);
  const hasTurns = useMemo(() => doc?.units.some((unit) => unit.kind === 'turn') ?? false, [doc]);

  if (!doc || !codes) return null;
  return (
    <MediaProvider document={doc}>
    <article className="viewer" aria-labelledby="viewer-title">
      <header className="viewer__header">
        <div className="viewer__heading">
          <Icon name={documentKindIcon[doc.kind]} size={20} className="viewer__icon" />
          <h2 id="viewer-title" className="viewer__title">
            {doc.name}
          </h2>
          <span className="badge" title={t('viewer.readOnlyHint')}>
            {t('viewer.readOnly')}
          </span>
          <div className="viewer__actions" role="group" aria-label={t('viewer.actions')}>
            {hasTurns ? (
              <Button size="sm" variant="ghost" icon="interview" onClick={() => onSpeakers({ id: doc.id, name: doc.name })}>
                {t('speakers.open')}
              </Button>
            ) : null}
            <Button size="sm" variant="ghost" icon="sparkle" onClick={onAutocode}>
              {t('autocode.open')}
            </Button>
          </div>
        </div>
        <p className="viewer__meta">
          <span>{t(documentKindLabel[doc.kind])}</span>
          <span aria-hidden="true">·</span>
          <span>{tc(doc.characterCount, 'documents.characters', 'documents.characters.one')}</span>
          <span aria-hidden="true">·</span>
          <span>{tc(doc.codings.length, 'documents.codings', 'documents.codings.one')}</span>
          {doc.sourceName ? (
            <>
              <span aria-hidden="true">·</span>
              <span>{t('documents.source', { name: doc.sourceName })}</span>
            </>
          ) : null}
          <MediaActions document={doc} />
        </p>
      </header>
      <MediaPlayerBar />
      <div className="viewer__scroll" tabIndex={0} aria-label={doc.name} role="region">
        <div className="viewer__page" data-testid="document-text">
          {blocks.length === 0 ? <p className="empty-note">{t('viewer.empty')}</p> : null}
          {blocks.map((block) => (
            <BlockView key={block.key} block={block} text={doc.text} codings={doc.codings} codes={codeMap} />
          ))}
        </div>
      </div>
    </article>
    </MediaProvider>
  );
}
