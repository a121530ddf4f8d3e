// A section of the popup that folds away (native <details>: keyboard and screen readers know it), open or
// closed as the reader last left it. The popup keeps the state; this only shows it and reports changes.
import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  heading: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
};

export function FoldSection({ id, heading, open, onToggle, children }: Props) {
  return (
    <details
      class="fl-fold"
      data-fold={id}
      open={open}
      onToggle={(event) => {
        const now = (event.currentTarget as HTMLDetailsElement).open;
        if (now !== open) onToggle(now);
      }}
    >
      <summary class="fl-fold-summary">
        <h2>{heading}</h2>
      </summary>
      <div class="fl-fold-body">{children}</div>
    </details>
  );
}
