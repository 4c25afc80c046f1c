/**
 * How far ahead of the viewport a widget starts loading. Astro's `client:visible` fetches an
 * island's code only once it is on screen, so a reader scrolling down would wait for the fetch;
 * starting a screen early makes each widget interactive as it comes into view, and a page that
 * is only read to its middle still never loads the widgets at its end.
 */
export const WIDGET_ROOT_MARGIN = '600px';
