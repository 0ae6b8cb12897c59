import type { DisagreementList, DisagreementPassage, SideCoding } from '../../../../shared/domain/disagreement';
import { useI18n } from '../../../app/I18n';
import type { CodeLabel } from '../../extracts/query';
import { Button } from '../../../ui/Button';
import { Dialog, DialogActions } from '../../../ui/Dialog';
import { TargetMemo } from '../../memos/TargetMemo';

interface Props {
  coding: SideCoding;
  list: DisagreementList;
  passage: DisagreementPassage | undefined;
  codes: ReadonlyMap<number, CodeLabel>;
  dataKey: string;
  onClose: () => void;
}

/** « Commenter… »: the comment (memo) of a coding of the passage, signed by the coder at the keyboard. */
export function CommentDialog({ coding, list, passage, codes, dataKey, onClose }: Props) {
  const { t } = useI18n();
  const owner = passage?.a.some((c) => c.id === coding.id) ? list.coderA : list.coderB;
  return (
    <Dialog
      title={t('coding.comment.title', { code: codes.get(coding.codeId)?.path ?? '' })}
      description={t('disagreements.comment.of', { name: owner.name })}
      onClose={onClose}
      className="dialog--form"
    >
      <div className="dialog__body">
        <TargetMemo target={{ kind: 'coding', codingId: coding.id }} dataKey={dataKey} />
        <DialogActions>
          <Button variant="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
