/**
 * The chart's <svg> as standalone markup: a clone with its size, viewBox and namespace set, and
 * what the page's stylesheets gave it (fonts, fills, strokes, CSS variables) written as attributes,
 * so the file looks the same outside Balise.
 */
import { SVG_NS, type ChartMarkup } from '../../../../shared/analysis/svg-caption';

/** Properties copied from the computed style to the clone, as presentation attributes. */
const textProps = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing'] as const;
const paintProps = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'visibility'] as const;
/** Inherited by children in SVG: written only where the value changes from the parent's. */
const inherited = new Set<string>(['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'visibility', ...textProps]);
/** Initial values: never worth writing. */
const initial: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  visibility: 'visible',
  'stroke-dasharray': 'none',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'dominant-baseline': 'auto',
  'text-anchor': 'start',
};

function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const style = window.getComputedStyle(source);
  const isText = source instanceof SVGTextContentElement;
  // The page's style attribute may hold CSS variables (var(--accent)) that mean nothing outside Balise.
  target.removeAttribute('style');
  if (style.display === 'none') target.setAttribute('display', 'none');
  for (const prop of [...paintProps, ...(isText ? textProps : [])]) {
    const value = style.getPropertyValue(prop);
    if (!value || initial[prop] === value) continue;
    if (inherited.has(prop) && parent && parent.getPropertyValue(prop) === value && !target.hasAttribute(prop)) continue;
    target.setAttribute(prop, value);
  }
  // Text inherits its font from the chart's root: give the root one.
  if (!parent) for (const prop of ['font-family', 'font-size', 'font-weight'] as const) target.setAttribute(prop, style.getPropertyValue(prop));
  // Interaction leftovers (focus rings, hover classes) do not belong in a file.
  target.removeAttribute('tabindex');
  target.removeAttribute('class');
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i += 1) inlineStyles(sourceChildren[i]!, targetChildren[i]!, style);
}

/** The chart as text, at the size it was designed for (its viewBox), or as drawn when it has none. */
export function chartMarkup(svg: SVGSVGElement): ChartMarkup {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const hasViewBox = viewBox !== null && viewBox.width > 0 && viewBox.height > 0;
  const width = Math.round(hasViewBox ? viewBox.width : box.width || Number(svg.getAttribute('width')) || 800);
  const height = Math.round(hasViewBox ? viewBox.height : box.height || Number(svg.getAttribute('height')) || 600);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!hasViewBox) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const attribute of ['role', 'aria-labelledby', 'aria-describedby', 'focusable', 'data-testid']) clone.removeAttribute(attribute);
  return { svg: new XMLSerializer().serializeToString(clone), width, height };
}
