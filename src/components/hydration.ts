/**
 * How far ahead of the viewport a widget starts rendering. Astro's `client:visible` hydrates an
 * island only once it is on screen, so a reader scrolling down would wait for it; starting a
 * screen early makes each widget interactive as it comes into view, and a page that is only read
 * to its middle never spends time rendering the widgets at its end. (Their code is fetched
 * earlier, once the page is parsed: WarmWidgets.astro.)
 */
export const WIDGET_ROOT_MARGIN = '600px';
