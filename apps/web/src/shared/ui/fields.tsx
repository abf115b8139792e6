import { useId, type ReactNode } from 'react';

interface Option {
  value: string;
  label: string;
}

interface OptionGroup {
  label: string;
  options: readonly Option[];
}

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options?: readonly Option[];
  groups?: readonly OptionGroup[];
  /** An option with an empty value first, e.g. "All policy domains". */
  emptyLabel?: string;
  name?: string;
}

export function SelectField({ label, value, onChange, options = [], groups = [], emptyLabel, name }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: ReactNode; title?: string; lang?: string }[];
  onChange: (value: T) => void;
  name?: string;
}

/** A small group of toggle buttons; the pressed one is announced as such. */
export function Segmented<T extends string>({ label, value, options, onChange, name }: SegmentedProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <span id={id} className="field__label">
        {label}
      </span>
      <div className="segmented" role="group" aria-labelledby={id} data-control={name}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === value}
            title={o.title}
            lang={o.lang}
            data-value={o.value}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
