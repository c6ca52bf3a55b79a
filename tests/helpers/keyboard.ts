/**
 * Keyboard walk: presses Tab through a page and reports what a keyboard user would miss:
 * elements skipped or out of document order, the skip link not first, the language switch
 * after the content, focus without a visible outline or off screen, a skip link that does not
 * move focus to the content.
 */
import type { Page } from 'playwright-core';

interface Stop {
  i: number;
  what: string;
  focusVisible: boolean;
  outline: number;
  inView: boolean;
}

export async function keyboardProblems(page: Page): Promise<string[]> {
  // Number the elements that should take focus, in document order.
  const count = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((el) => el.tabIndex >= 0);
    all.forEach((el, i) => (el.dataset.kb = String(i)));
    return all.length;
  });
  const stops: Stop[] = [];
  for (let n = 0; n < count; n++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          i: Number(el.dataset.kb ?? -1),
          what: `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 30)}»`,
          focusVisible: el.matches(':focus-visible'),
          outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
          inView: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
        };
      }),
    );
  }
  const problems: string[] = [];
  stops.forEach((s, n) => {
    if (s.i !== n) problems.push(`Tab ${n + 1} reached ${s.what} (element ${s.i}), expected element ${n} in document order`);
    if (!s.focusVisible || s.outline < 2) problems.push(`${s.what}: no visible focus outline`);
    if (!s.inView) problems.push(`${s.what}: focused but not on screen`);
  });
  const order = await page.evaluate(() => ({
    skip: Number(document.querySelector<HTMLElement>('a.skip[href="#main"]')?.dataset.kb ?? -1),
    langs: [...document.querySelectorAll<HTMLElement>('.langs a')].map((a) => Number(a.dataset.kb)),
    hasLangs: document.querySelector('.langs') !== null,
    firstInMain: Math.min(...[...document.querySelectorAll<HTMLElement>('main [data-kb]')].map((a) => Number(a.dataset.kb))),
  }));
  if (order.skip < 0 || stops[0]?.i !== order.skip) problems.push('the skip link is not the first stop');
  if (order.hasLangs && order.langs.length === 0) problems.push('the language switch has no links');
  if (order.langs.some((l) => l > order.firstInMain)) problems.push('the language switch comes after the content');
  await page.focus('a.skip');
  await page.keyboard.press('Enter');
  if ((await page.evaluate(() => document.activeElement?.id)) !== 'main') problems.push('the skip link does not move focus to the content');
  return problems;
}
