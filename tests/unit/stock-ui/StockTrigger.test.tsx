// @vitest-environment happy-dom
// The trigger is a real button that names the stock and how many figures concern it.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StockTrigger } from '@/components/stock/StockTrigger';
import { HOSTILE } from './fixtures';
import { en, zh } from './l10n';

afterEach(cleanup);

describe('StockTrigger', () => {
  it.each([
    [zh, 3, '青岛港 sh601298：3 个数据'],
    [zh, 1, '青岛港 sh601298：1 个数据'],
    [zh, 0, '青岛港 sh601298：没有相关数据'],
    [en, 3, '青岛港 sh601298: 3 figures'],
    [en, 1, '青岛港 sh601298: 1 figure'],
    [en, 0, '青岛港 sh601298: no figures'],
  ])('is a button named with the stock, its code and the count (%#)', (t, count, name) => {
    render(<StockTrigger code="sh601298" name="青岛港" count={count} expanded={false} t={t} />);
    const button = screen.getByRole('button', { name });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('data-stock-code')).toBe('sh601298');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.textContent).toBe(String(count));
  });

  it('says whether its panel is open', () => {
    const { rerender } = render(<StockTrigger code="sz300059" name="东方财富" count={2} expanded={false} t={zh} />);
    expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe('false');
    rerender(<StockTrigger code="sz300059" name="东方财富" count={2} expanded t={zh} />);
    expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe('true');
  });

  it('calls onClick when activated', () => {
    const onClick = vi.fn();
    render(<StockTrigger code="sz300059" name="东方财富" count={2} expanded={false} onClick={onClick} t={zh} />);
    fireEvent.click(screen.getByRole('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('keeps a hostile name as text', () => {
    const { container } = render(<StockTrigger code="sh600000" name={HOSTILE} count={1} expanded={false} t={zh} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button').getAttribute('aria-label')).toBe(`${HOSTILE} sh600000：1 个数据`);
  });
});
