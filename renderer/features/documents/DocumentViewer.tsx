import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding, DocumentSummary } from '../../../shared/domain/document';
import type { Coder } from '../../../shared/domain/project';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { CodingView } from '../coding/CodingView';
import type { Reveal } from '../coding/useReveal';
import type { CodingChange } from '../coding/useCodingActions';
import { EditTextMode } from '../edit-text/EditTextMode';
import { MediaActions } from '../media/MediaActions';
import { MediaPlayerBar } from '../media/MediaPlayerBar';
import { MediaProvider } from '../media/MediaProvider';
import { documentKindIcon, documentKindLabel } from './kinds';

interface Props {
  /** A passage to bring into view, with search hits to mark. */
  reveal?: Reveal | null;
  documentId: number;
  /**
   * The document as the documents list has it: its text and structure reload only when its
   * revision changes; its name and recording follow the list at once.
   */
  summary: DocumentSummary | undefined;
  /** Project path and revision: codings, coders and recent codes reload when the project changes. */
  dataKey: string;
  /** The codebook, for names and colours; the document shows once both are loaded. */
  codes: Code[] | undefined;
  me: Coder;
  /** Correct the speakers of this transcript. */
  onSpeakers: (document: { id: number; name: string }) => void;
  onAutocode: () => void;
}

/** An open document: its header (kind, counts, actions) and the coding view. */
export function DocumentViewer({ documentId, summary, dataKey, codes, me, onSpeakers, onAutocode, reveal }: Props) {
  const { t, tc } = useI18n();
  const api = useApi();
  const projectPath = dataKey.slice(0, dataKey.lastIndexOf('#'));
  const revision = summary?.revision ?? 0;
  // Read again after a text edit at once, without waiting for the documents list to say so.
  const [edits, setEdits] = useState(0);
  const { data: content, loading: contentLoading } = useAsync(`${projectPath}/${documentId}@${revision}#${edits}`, () => api.documents.get({ id: documentId }));
  const doc = useMemo(() => (content && summary ? { ...content, name: summary.name, media: summary.media } : content), [content, summary]);
  const loaded = useAsync(`${dataKey}/codings/${documentId}`, () => api.codings.forDocument({ documentId }));
  const { data: coders } = useAsync(dataKey, () => api.coders.list({}));
  const { data: loadedRecent } = useAsync(dataKey, () => api.codings.recentCodes({}));
  // The code just applied is the first recent code (key 1) at once, before the reload says so.
  const [freshRecent, setFreshRecent] = useState<{ base: number[] | undefined; ids: number[] } | null>(null);
  const recent = freshRecent && freshRecent.base === loadedRecent ? freshRecent.ids : loadedRecent;
  // After an action the view reloads at once, without waiting for the project-wide refresh.
  const [fresh, setFresh] = useState<{ base: DocumentCoding[] | undefined; codings: DocumentCoding[] } | null>(null);
  const codings = fresh && fresh.base === loaded.data ? fresh.codings : (loaded.data ?? doc?.codings);
  // « Modifier le texte »: the Lexical editor takes the coding view's place until saved or cancelled.
  const [editing, setEditing] = useState(false);
  const hasTurns = useMemo(() => doc?.units.some((unit) => unit.kind === 'turn') ?? false, [doc]);

  if (!doc || !codes || !codings) return null;
  // An action's own result is shown at once; otherwise (recoding) the codings are read again.
  const reload = async (change?: CodingChange) => {
    const base = loaded.data;
    if (!change) {
      setFresh({ base, codings: await api.codings.forDocument({ documentId }) });
      return;
    }
    const upsert = change.upsert;
    if (upsert) setFreshRecent({ base: loadedRecent, ids: [upsert.codeId, ...(recent ?? []).filter((id) => id !== upsert.codeId)].slice(0, 9) });
    const gone = new Set([...(change.removed ?? []), ...(change.upsert ? [change.upsert.id] : [])]);
    const next = codings.filter((c) => !gone.has(c.id));
    if (change.upsert) next.push(change.upsert);
    next.sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
    // Painted now, ahead of the project-wide reload the same action started.
    flushSync(() => setFresh({ base, codings: next }));
  };
  return (
    <MediaProvider document={doc}>
      <article className="viewer" aria-labelledby="viewer-title">
        <header className="viewer__header">
          <div className="viewer__heading">
            <Icon name={documentKindIcon[doc.kind]} size={20} className="viewer__icon" />
            <h2 id="viewer-title" className="viewer__title">
              {doc.name}
            </h2>
            <div className="viewer__actions" role="group" aria-label={t('viewer.actions')}>
              {hasTurns ? (
                <Button size="sm" variant="ghost" icon="interview" onClick={() => onSpeakers({ id: doc.id, name: doc.name })}>
                  {t('speakers.open')}
                </Button>
              ) : null}
              <Button size="sm" variant="ghost" icon="edit" title={t('editText.openHint')} disabled={editing || contentLoading} onClick={() => setEditing(true)}>
                {t('editText.open')}
              </Button>
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
            <span>{tc(codings.length, 'documents.codings', 'documents.codings.one')}</span>
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
        {editing ? (
          <EditTextMode
            document={doc}
            onDone={() => {
              setEditing(false);
              setEdits((n) => n + 1);
            }}
          />
        ) : (
          <CodingView doc={doc} codings={codings} codes={codes} coders={coders ?? [me]} me={me} recent={recent ?? []} dataKey={dataKey} onChanged={reload} reveal={reveal} />
        )}
      </article>
    </MediaProvider>
  );
}
