import { useT } from '../../../app/I18n';
import { Button } from '../../../ui/Button';
import { Dialog, DialogActions } from '../../../ui/Dialog';

interface Props {
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a deletion; the description says what goes and that Ctrl+Z brings it back. */
export function ConfirmDialog({ title, description, confirmLabel, onConfirm, onClose }: Props) {
  const t = useT();
  return (
    <Dialog title={title} description={description} onClose={onClose} className="dialog--form">
      <div className="dialog__body">
        <DialogActions>
          <Button onClick={onClose} data-autofocus="">
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            icon="trash"
            onClick={() => {
              onClose();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}
