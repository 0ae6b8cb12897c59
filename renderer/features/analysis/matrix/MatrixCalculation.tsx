import { useId, type ReactNode } from 'react';
import { cooccurrenceMeasures, cooccurrenceModes, matrixOrders } from '../../../../shared/domain/analysis';
import { useI18n } from '../../../app/I18n';
import type { SpecOf } from '../view';
import { measureHelp, measureLabel, modeLabel, orderLabel } from './words';

interface Props {
  spec: SpecOf<'matrix'>;
  onSpecChange: (spec: SpecOf<'matrix'>) => void;
}

const MAX_WITHIN = 1000;

/** How codes meet, what a cell measures and how rows are ordered: three groups of radio buttons. */
export function MatrixCalculation({ spec, onSpecChange }: Props) {
  const { t } = useI18n();
  const withinId = useId();
  const group = useId();
  return (
    <div className="panel-scroll matrix-calc" data-testid="matrix-calculation">
      <RadioGroup legend={t('matrix.mode')}>
        {cooccurrenceModes.map((mode) => (
          <Radio key={mode} name={`${group}-mode`} checked={spec.mode === mode} onChange={() => onSpecChange({ ...spec, mode })} label={t(modeLabel[mode])}>
            {mode === 'near' && spec.mode === 'near' ? (
              <span className="matrix-calc__within">
                <label htmlFor={withinId}>{t('matrix.within')}</label>
                <input
                  id={withinId}
                  type="number"
                  className="input matrix-calc__number"
                  min={0}
                  max={MAX_WITHIN}
                  value={spec.within}
                  onChange={(event) => {
                    const within = Math.round(Number(event.target.value));
                    if (Number.isFinite(within)) onSpecChange({ ...spec, within: Math.max(0, Math.min(MAX_WITHIN, within)) });
                  }}
                />
              </span>
            ) : null}
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup legend={t('matrix.measure')}>
        {cooccurrenceMeasures.map((measure) => (
          <Radio key={measure} name={`${group}-measure`} checked={spec.measure === measure} onChange={() => onSpecChange({ ...spec, measure })} label={t(measureLabel[measure])} hint={t(measureHelp[measure])} />
        ))}
      </RadioGroup>
      <RadioGroup legend={t('matrix.order')}>
        {matrixOrders.map((order) => (
          <Radio
            key={order}
            name={`${group}-order`}
            checked={spec.order === order}
            onChange={() => onSpecChange({ ...spec, order })}
            label={t(orderLabel[order])}
            hint={order === 'similarity' ? t('matrix.orderHelp.similarity') : undefined}
          />
        ))}
      </RadioGroup>
    </div>
  );
}

function RadioGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="matrix-calc__group">
      <legend className="matrix-calc__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

function Radio({ name, checked, onChange, label, hint, children }: { name: string; checked: boolean; onChange: () => void; label: string; hint?: string; children?: ReactNode }) {
  return (
    <div className="matrix-calc__option">
      <label className="matrix-calc__choice">
        <input type="radio" name={name} checked={checked} onChange={onChange} />
        <span>
          {label}
          {hint ? <span className="matrix-calc__hint">{hint}</span> : null}
        </span>
      </label>
      {children}
    </div>
  );
}
