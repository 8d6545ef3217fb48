// The allow-list every extracted document's HTML passes before it is stored: the pages show it to
// delegates and the secretariat as it is, so whatever a crafted .docx makes mammoth write (links
// to javascript:, event handlers, inline SVG) must be gone by then.
import sanitizeHtml from 'sanitize-html';

/**
 * Structure only: headings, paragraphs, lists, tables, emphasis, line breaks and links to the web
 * or an e-mail address. Images are dropped (mammoth would inline them as data: URLs, megabytes per
 * report stored twice; the original file is always there to download). No style or class: the
 * pages give documents their own readable look.
 */
const LINK = /^(https?:\/\/|mailto:)/i;

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [
		'h1',
		'h2',
		'h3',
		'h4',
		'p',
		'br',
		'ul',
		'ol',
		'li',
		'table',
		'thead',
		'tbody',
		'tfoot',
		'tr',
		'th',
		'td',
		'caption',
		'strong',
		'em',
		'b',
		'i',
		'u',
		'sup',
		'sub',
		'a',
		'section'
	],
	// rel and target are the ones transformTags below sets (it runs before this list is applied).
	allowedAttributes: {
		a: ['href', 'rel', 'target'],
		th: ['colspan', 'rowspan'],
		td: ['colspan', 'rowspan']
	},
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	// Dropped with their content: what is inside is code or drawing, not text of the report.
	nonTextTags: [
		'script',
		'style',
		'textarea',
		'option',
		'noscript',
		'svg',
		'math',
		'iframe',
		'object',
		'embed',
		'template'
	],
	disallowedTagsMode: 'discard',
	// Word's bookmarks come out of mammoth as empty <a id="_Toc…">: nothing to show once the id is gone.
	exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
	transformTags: {
		// A link opens beside the document, never with a handle on the page that showed it. The
		// scheme is checked here too: this runs before allowedSchemes, which would strip a bad href
		// but leave the rel and target added here on a link to nowhere.
		a: (tagName, attribs) => {
			const href = attribs.href ?? '';
			const kept: sanitizeHtml.Attributes = LINK.test(href)
				? { href, rel: 'noopener noreferrer', target: '_blank' }
				: {};
			return { tagName, attribs: kept };
		}
	}
};

/** The document's HTML reduced to the allow-list above; text is kept, markup outside it dropped. */
export function sanitizeDocumentHtml(html: string): string {
	return sanitizeHtml(html, OPTIONS);
}
