/**
 * Keyboard access to scrolling regions (WCAG 2.1.1, axe's "scrollable-region-focusable"): a wide
 * table, formula or worked example that scrolls sideways, and holds nothing focusable, gets
 * `tabindex="0"` while it overflows, so a keyboard user can tab to it and scroll it with the
 * arrow keys. Regions that fit keep out of the tab order.
 *
 * Which elements can scroll is read from the page's own stylesheets (every rule that sets
 * `overflow` to auto or scroll), so a new widget's scrolling table is covered without being
 * listed here.
 */

const MARK = 'data-keyboard-scroll';
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';
const SCROLLING = /^(auto|scroll)$/;

let cachedFor = -1;
let cachedSelector = '';

/** The selectors of every style rule that lets an element scroll, as one selector list. */
function scrollingSelector(): string {
  if (document.styleSheets.length === cachedFor) return cachedSelector;
  const selectors = new Set<string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        const { overflow, overflowX, overflowY } = rule.style;
        if ([overflow, overflowX, overflowY].some((value) => /\b(auto|scroll)\b/.test(value))) {
          for (const part of rule.selectorText.split(',')) selectors.add(part.trim());
        }
      }
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A stylesheet from another origin cannot be read (the book has none).
    }
  }
  cachedSelector = [...selectors].filter(isUsableSelector).join(', ');
  cachedFor = document.styleSheets.length;
  return cachedSelector;
}

function isUsableSelector(selector: string): boolean {
  if (selector.includes('::') || selector.includes(':hover')) return false;
  try {
    document.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function overflows(element: HTMLElement): boolean {
  const style = getComputedStyle(element);
  return (
    (element.scrollWidth > element.clientWidth + 1 && SCROLLING.test(style.overflowX)) ||
    (element.scrollHeight > element.clientHeight + 1 && SCROLLING.test(style.overflowY))
  );
}

/** Adds or removes `tabindex="0"` on the scrolling regions under `root` (see above). */
export function updateKeyboardScrollables(root: ParentNode = document): void {
  const selector = scrollingSelector();
  if (!selector) return;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
    const marked = element.hasAttribute(MARK);
    if (overflows(element)) {
      if (marked || element.matches(FOCUSABLE) || element.querySelector(FOCUSABLE)) continue;
      element.setAttribute('tabindex', '0');
      element.setAttribute(MARK, '');
    } else if (marked) {
      element.removeAttribute('tabindex');
      element.removeAttribute(MARK);
    }
  }
}

/**
 * Keeps scrolling regions keyboard-reachable while the page lives: now, whenever elements are
 * added or removed (labs, chapters loading), on resize and once fonts are in. Marks
 * `<html data-scroll-regions="ready">` after the first pass (the browser tests wait for it).
 * Returns the function that stops.
 */
export function watchKeyboardScrollables(): () => void {
  const update = () => updateKeyboardScrollables(document);
  update();
  document.documentElement.dataset.scrollRegions = 'ready';
  const observer = new MutationObserver(update);
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('resize', update);
  void document.fonts?.ready.then(update);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', update);
  };
}
