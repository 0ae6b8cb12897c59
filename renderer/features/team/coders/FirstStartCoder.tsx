import { useEffect, useState } from 'react';
import { CODER_PALETTE, type CoderIdentity } from '../../../../shared/domain/disagreement';
import { useApi } from '../../../app/Services';
import { CoderDialog } from './CoderDialog';

/**
 * At the very first start (the coder never chosen on this machine), asks who codes before anything
 * is signed. Closing it without answering keeps the system's user name, and asks again next time.
 */
export function FirstStartCoder() {
  const api = useApi();
  const [identity, setIdentity] = useState<CoderIdentity | null>(null);

  useEffect(() => {
    let live = true;
    api.coders.identity({}).then(
      (found) => {
        if (live && !found.chosen) setIdentity(found);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  if (!identity) return null;
  return (
    <CoderDialog
      first
      name={identity.name}
      color={identity.color ?? identity.coder?.color ?? CODER_PALETTE[0]}
      onDone={() => setIdentity(null)}
      onClose={() => setIdentity(null)}
    />
  );
}
