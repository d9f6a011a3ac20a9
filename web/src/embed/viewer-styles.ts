// The viewer's stylesheet: the app's theme, controls and view styles plus the
// viewer's own layout, made once and adopted by every viewer's shadow root
// (a constructed stylesheet, so no <style> element is needed on the page).
import controls from '../styles/controls.css?inline';
import theme from '../styles/theme.css?inline';
import views from '../styles/views.css?inline';
import viewer from './viewer.css?inline';

let sheet: CSSStyleSheet | null = null;

export function viewerStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync([theme, controls, views, viewer].join('\n'));
  }
  return sheet;
}
