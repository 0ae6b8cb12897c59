import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useI18n } from '../../../app/I18n';
import { FileButton } from '../../../ui/FileButton';
import { Icon } from '../../../ui/Icon';

export const mergeAccept = '.balise,.qdpx';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Choosing the other researcher's file: a button (keyboard) or a drop anywhere on the window
 * while this tab is shown. Its listeners run first (capture on window) and keep the drop to
 * themselves, so the import's overlay does not take the file for a document to import.
 */
export function MergeDropZone({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const { t } = useI18n();
  const zone = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const deliver = useEffectEvent(onFile);
  const active = useEffectEvent(() => !disabled && (zone.current?.checkVisibility() ?? false));

  useEffect(() => {
    let depth = 0;
    const claim = (event: DragEvent): boolean => {
      if (!carriesFiles(event) || !active()) return false;
      event.preventDefault();
      event.stopPropagation();
      return true;
    };
    const enter = (event: DragEvent) => {
      if (!claim(event)) return;
      depth += 1;
      setOver(true);
    };
    const dragOver = (event: DragEvent) => {
      if (claim(event) && event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!claim(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!claim(event)) return;
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) deliver(file);
    };
    const options = { capture: true };
    window.addEventListener('dragenter', enter, options);
    window.addEventListener('dragover', dragOver, options);
    window.addEventListener('dragleave', leave, options);
    window.addEventListener('drop', drop, options);
    return () => {
      window.removeEventListener('dragenter', enter, options);
      window.removeEventListener('dragover', dragOver, options);
      window.removeEventListener('dragleave', leave, options);
      window.removeEventListener('drop', drop, options);
    };
  }, []);

  return (
    <div ref={zone} className={`merge-drop${over ? ' merge-drop--over' : ''}`} data-testid="merge-drop">
      <Icon name="merge" size={28} className="merge-drop__icon" />
      <p className="merge-drop__title">{t('merge.drop.title')}</p>
      <p className="merge-drop__hint">{t('merge.drop.hint')}</p>
      <FileButton accept={mergeAccept} icon="upload" variant="primary" disabled={disabled} onFiles={(files) => files[0] && onFile(files[0])}>
        {t('merge.drop.choose')}
      </FileButton>
    </div>
  );
}
