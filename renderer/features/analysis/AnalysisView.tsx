import { useMemo, useRef, useState } from 'react';
import { captionOf } from '../../../shared/analysis/caption';
import type { AnalysisKind, AnalysisSpec, Slide } from '../../../shared/domain/analysis';
import { translate } from '../../../shared/i18n';
import { useAnnounce } from '../../app/Announcer';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { useAsync } from '../../app/useAsync';
import { Tabs } from '../../ui/Tabs';
import { projectOfDataKey } from '../extracts/useExtractSelection';
import { useLiveKey } from '../extracts/useLiveKey';
import { useHistoryCommands } from '../history/useHistoryCommands';
import { SynthesisReportButton } from '../reports/SynthesisReportButton';
import type { WorkspaceViewProps } from '../project/workspaceView';
import { CrosstabView } from './crosstab/CrosstabView';
import { exportPng, exportSvg } from './export/exportView';
import { ViewToolbar } from './export/ViewToolbar';
import { ExtractsDrawer } from './ExtractsDrawer';
import { ThemeMapView } from './map/ThemeMapView';
import { MatrixView } from './matrix/MatrixView';
import { PresentationOverlay, type PresentedSlide } from './present/PresentationOverlay';
import { describeSpec, kindLabel } from './slides/describeSlide';
import { SlidesPanel } from './slides/SlidesPanel';
import { SlideTitleDialog } from './slides/SlideTitleDialog';
import { useViewSpecs } from './slides/useViewSpecs';
import type { AnalysisTab, Exportable, ExtractsRequest } from './view';

type TitleDialog = { mode: 'add'; kind: AnalysisKind } | { mode: 'rename'; slide: Slide };

/**
 * « Analyse »: co-occurrences, codes × attributs, the theme map, and the seminar's slides. Each view
 * keeps its settings per project for the window's life; above it, its title, the SVG and PNG exports
 * (with a caption of counts, filters and date), « Ajouter au diaporama » and « Présenter ».
 */
export function AnalysisView(props: WorkspaceViewProps) {
  const { dataKey, codes, onShowPassage } = props;
  const { t, tc, lang } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();
  const history = useHistoryCommands();
  const rootRef = useRef<HTMLDivElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const views = useViewSpecs(projectOfDataKey(dataKey), codes);
  const [tab, setTab] = useState<AnalysisTab>('matrix');
  const [exportables, setExportables] = useState<Partial<Record<AnalysisKind, Exportable>>>({});
  const [extracts, setExtracts] = useState<ExtractsRequest | null>(null);
  const [dialog, setDialog] = useState<TitleDialog | null>(null);
  const [presenting, setPresenting] = useState<{ slides: PresentedSlide[]; start: number } | null>(null);
  const [moved, setMoved] = useState<{ id: number; direction: 'up' | 'down' } | null>(null);
  const facets = useAsync(liveKey, () => api.extracts.facets({}));
  const slides = useAsync(liveKey, () => api.slides.list({}));

  // The same functions from render to render: a chart may hand its export over in an effect.
  const handlers = useMemo(() => {
    const exportable = (kind: AnalysisKind) => (value: Exportable | null) =>
      setExportables((previous) => {
        if ((previous[kind] ?? null) === value) return previous;
        const next = { ...previous };
        if (value) next[kind] = value;
        else delete next[kind];
        return next;
      });
    return { matrix: exportable('matrix'), crosstab: exportable('crosstab'), map: exportable('map'), openExtracts: (request: ExtractsRequest) => setExtracts(request) };
  }, []);

  const titleOf = (kind: AnalysisKind) => views.title(kind)?.trim() || t(kindLabel[kind]);
  const describe = (spec: AnalysisSpec) => describeSpec(spec, facets.data ?? null, lang, tc);

  const exportView = async (kind: AnalysisKind, format: 'svg' | 'png') => {
    const exportable = exportables[kind];
    const svg = exportable?.svg() ?? null;
    if (!exportable || !svg) {
      toasts.showInfo('present.toolbar.notReady');
      return;
    }
    const caption = captionOf({ title: titleOf(kind), counts: exportable.counts, filters: views.spec(kind).filters, facets: facets.data ?? null, date: new Date(), lang });
    try {
      const file = format === 'svg' ? exportSvg(svg, caption) : await exportPng(svg, caption);
      toasts.showInfo('present.exported', { file: file.fileName });
    } catch (error) {
      const details = error instanceof Error ? error.message : String(error);
      toasts.showText((language) => translate(language, 'present.exportFailed', { details }));
    }
  };

  const addSlide = (kind: AnalysisKind) => {
    const spec = views.spec(kind);
    if (spec.kind === 'crosstab' && spec.attributeIds.length === 0) {
      toasts.showInfo('present.toolbar.needsAttribute');
      return;
    }
    setDialog({ mode: 'add', kind });
  };

  const submitTitle = async (title: string) => {
    if (!dialog) return;
    if (dialog.mode === 'add') {
      await api.slides.save({ title, spec: views.spec(dialog.kind) });
      toasts.showInfo('present.slides.added', { title });
    } else {
      await api.slides.save({ id: dialog.slide.id, title, spec: dialog.slide.spec });
      toasts.showInfo('present.slides.renamed', { title });
    }
    setDialog(null);
  };

  const openSlide = (slide: Slide) => {
    views.load(slide.spec, slide.title);
    setTab(slide.spec.kind);
    announce(t('present.slides.opened', { title: slide.title, view: t(kindLabel[slide.spec.kind]) }));
  };

  const moveSlide = async (slide: Slide, position: number) => {
    try {
      await api.slides.move({ id: slide.id, position });
      setMoved({ id: slide.id, direction: position < slide.position ? 'up' : 'down' });
      announce(t('present.slides.moved', { title: slide.title, position: position + 1 }));
    } catch (error) {
      toasts.showError(error);
    }
  };

  const deleteSlide = async (slide: Slide) => {
    try {
      await api.slides.delete({ id: slide.id });
      toasts.showInfo('present.slides.deleted', { title: slide.title }, { action: { label: 'common.undo', run: () => void history.undo() } });
    } catch (error) {
      toasts.showError(error);
    }
  };

  const saveFilters = async (slide: PresentedSlide & { id: number }, filters: AnalysisSpec['filters']) => {
    try {
      await api.slides.save({ id: slide.id, title: slide.title, spec: { ...slide.spec, filters } as AnalysisSpec });
      toasts.showInfo('present.filters.saved', { title: slide.title });
      return true;
    } catch (error) {
      toasts.showError(error);
      return false;
    }
  };

  const common = { dataKey, codes, documents: props.documents, onShowPassage, onOpenExtracts: handlers.openExtracts };
  const toolbar = (kind: AnalysisKind) => (
    <ViewToolbar
      title={views.title(kind) ?? ''}
      placeholder={t(kindLabel[kind])}
      onTitle={(title) => views.setTitle(kind, title)}
      onExportSvg={() => void exportView(kind, 'svg')}
      onExportPng={() => void exportView(kind, 'png')}
      onAddSlide={() => addSlide(kind)}
      onPresent={() => setPresenting({ slides: [{ title: titleOf(kind), spec: views.spec(kind) }], start: 0 })}
    />
  );

  return (
    <div ref={rootRef} className="analysis" data-testid="analysis-view">
      <SynthesisReportButton
        codes={codes}
        filters={tab === 'slides' ? {} : views.spec(tab).filters}
        mode={views.spec(tab === 'map' ? 'map' : 'matrix').mode}
        within={views.spec(tab === 'map' ? 'map' : 'matrix').within}
      />
      <Tabs<AnalysisTab>
        label={t('analysis.tabs')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'matrix', label: t('analysis.tab.matrix') },
          { id: 'crosstab', label: t('analysis.tab.crosstab') },
          { id: 'map', label: t('analysis.tab.map') },
          { id: 'slides', label: t('analysis.tab.slides'), badge: slides.data?.length || undefined },
        ]}
        panels={{
          matrix: (
            <div className="analysis__view">
              {toolbar('matrix')}
              <MatrixView {...common} spec={views.spec('matrix')} onSpecChange={(spec) => views.setSpec('matrix', spec)} onExportable={handlers.matrix} />
            </div>
          ),
          crosstab: (
            <div className="analysis__view">
              {toolbar('crosstab')}
              <CrosstabView {...common} spec={views.spec('crosstab')} onSpecChange={(spec) => views.setSpec('crosstab', spec)} onExportable={handlers.crosstab} />
            </div>
          ),
          map: (
            <div className="analysis__view">
              {toolbar('map')}
              <ThemeMapView {...common} spec={views.spec('map')} onSpecChange={(spec) => views.setSpec('map', spec)} onExportable={handlers.map} />
            </div>
          ),
          slides: (
            <SlidesPanel
              slides={slides.data}
              describe={(slide) => describe(slide.spec)}
              moved={moved}
              onOpen={openSlide}
              onPresent={(start) => setPresenting({ slides: slides.data ?? [], start })}
              onRename={(slide) => setDialog({ mode: 'rename', slide })}
              onMove={(slide, position) => void moveSlide(slide, position)}
              onDelete={(slide) => void deleteSlide(slide)}
            />
          ),
        }}
      />
      <ExtractsDrawer request={extracts} onClose={() => setExtracts(null)} onShowPassage={onShowPassage} />
      {dialog ? (
        <SlideTitleDialog
          mode={dialog.mode}
          description={dialog.mode === 'add' ? describe(views.spec(dialog.kind)) : describe(dialog.slide.spec)}
          initialTitle={dialog.mode === 'add' ? titleOf(dialog.kind) : dialog.slide.title}
          onSubmit={submitTitle}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {presenting ? (
        <PresentationOverlay
          slides={presenting.slides}
          start={presenting.start}
          dataKey={dataKey}
          codes={codes}
          facets={facets.data}
          onClose={() => setPresenting(null)}
          onSaveFilters={saveFilters}
        />
      ) : null}
    </div>
  );
}
