// An on/off switch that is a real checkbox (role="switch"), so it is
// labelled, focusable and operated by Space like any native control.
import type { JSX } from 'preact';

type SwitchProps = {
  id?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: JSX.Element | string;
  /** Extra text after the label, part of the accessible name (e.g. a count). */
  detail?: string;
  describedBy?: string;
  disabled?: boolean;
  /** Test and styling hooks such as data-category. */
} & { [hook: `data-${string}`]: string | undefined };

export function Switch({ checked, onChange, label, detail, describedBy, disabled, ...rest }: SwitchProps) {
  return (
    <label class="fl-switch">
      <input
        {...rest}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="fl-switch-track" aria-hidden="true" />
      <span class="fl-switch-label">
        {label}
        {detail ? <span class="fl-switch-detail"> {detail}</span> : null}
      </span>
    </label>
  );
}
