import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { FileButton } from '../../ui/FileButton';
import { SearchBox } from '../../ui/SearchBox';
import { tableAccept } from '../import/files';

interface Props {
  search: string;
  onSearch: (text: string) => void;
  shown: number;
  total: number;
  selected: number;
  canEditMany: boolean;
  onNewCase: () => void;
  onNewAttribute: () => void;
  onImport: (file: File) => void;
  onEditMany: () => void;
  onDeleteSelected: () => void;
  onClearSelection: () => void;
}

/** Above the table: the search, the count of cases shown, the commands, and those of the selection. */
export function CasesToolbar(props: Props) {
  const { t, tc } = useI18n();
  const { selected } = props;
  return (
    <div className="case-toolbar">
      <div className="case-toolbar__row">
        <div className="case-toolbar__search">
          <SearchBox label={t('caseTable.search')} clearLabel={t('caseTable.clearSearch')} value={props.search} onChange={props.onSearch} />
        </div>
        <span className="case-toolbar__count" data-testid="case-count">
          {props.shown === props.total ? tc(props.total, 'caseTable.count', 'caseTable.count.one') : t('caseTable.countShown', { shown: props.shown, total: props.total })}
        </span>
        <div className="case-toolbar__actions">
          <Button size="sm" icon="plus" onClick={props.onNewCase}>
            {t('caseTable.newCase')}
          </Button>
          <Button size="sm" icon="plus" onClick={props.onNewAttribute}>
            {t('caseTable.newAttribute')}
          </Button>
          <FileButton accept={tableAccept} icon="upload" size="sm" variant="ghost" onFiles={([file]) => file && props.onImport(file)}>
            {t('cases.importTable')}
          </FileButton>
        </div>
      </div>
      {selected > 0 ? (
        <div className="case-toolbar__selection" role="group" aria-label={t('caseTable.selection')}>
          <span className="case-toolbar__selected">{tc(selected, 'caseTable.selected', 'caseTable.selected.one')}</span>
          <Button size="sm" variant="primary" icon="edit" onClick={props.onEditMany} disabled={!props.canEditMany}>
            {tc(selected, 'caseTable.editMany', 'caseTable.editMany.one')}
          </Button>
          <Button size="sm" icon="trash" onClick={props.onDeleteSelected}>
            {t('caseTable.deleteSelected')}
          </Button>
          <Button size="sm" variant="ghost" onClick={props.onClearSelection}>
            {t('caseTable.clearSelection')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
