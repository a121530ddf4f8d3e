// A radio group as a fieldset with a legend: one choice of a few, each a real
// radio button with its label, so arrow keys move within the group.
import type { ComponentChildren } from 'preact';

type Option<V extends string> = { value: V; label: string; extra?: ComponentChildren };

type Props<V extends string> = {
  name: string;
  legend: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
};

export function Choice<V extends string>({ name, legend, value, options, onChange }: Props<V>) {
  return (
    <fieldset class="fl-choice" role="radiogroup">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label class="fl-radio" key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
          {option.extra}
        </label>
      ))}
    </fieldset>
  );
}
