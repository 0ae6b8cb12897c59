import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  count: number;
  tone: 'ok' | 'neutral' | 'error';
  /** A button for the whole group (« Tout importer quand même »). */
  action?: ReactNode;
  children: ReactNode;
}

/** One group of the import summary: a heading with its count, and the files of that group. */
export function SummaryGroup({ title, count, tone, action, children }: Props) {
  const id = useId();
  return (
    <section className={`summary-group summary-group--${tone}`} aria-labelledby={id}>
      <header className="summary-group__head">
        <h3 id={id} className="summary-group__title">
          {title}
        </h3>
        <span className="tabs__badge">{count}</span>
        {action ? <span className="summary-group__action">{action}</span> : null}
      </header>
      <ul className="summary-group__list">{children}</ul>
    </section>
  );
}

/** A file in a group: an icon, its name, one line about it, and an optional button. */
export function SummaryRow({ icon, name, detail, action }: { icon: ReactNode; name: string; detail: ReactNode; action?: ReactNode }) {
  return (
    <li className="summary-row">
      <span className="summary-row__icon">{icon}</span>
      <span className="summary-row__text">
        <span className="summary-row__name">{name}</span>
        <span className="summary-row__detail">{detail}</span>
      </span>
      {action ? <span className="summary-row__action">{action}</span> : null}
    </li>
  );
}
