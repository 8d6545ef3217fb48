// A unit's report as blocks read from its HTML (mammoth's, through sanitize.ts), and cut under the
// outline. The HTML is read by htmlparser2 (what sanitize-html reads with), never by hand.
import { Parser } from 'htmlparser2';
import {
	sectionizeBlocks,
	textBlocks,
	tidy,
	type BlockKind,
	type ReportBlock,
	type SectionizedReport
} from '$lib/domain/report-sections';

/**
 * The blocks of a sanitised HTML (sanitize.ts's allow-list: h1–h4, p, ul/ol/li, tables, emphasis):
 * headings, paragraphs, list items, and each table row as one block of its cells (" | ").
 * Entities are decoded; a block is bold when all its visible text is.
 */
export function htmlBlocks(html: string): ReportBlock[] {
	const blocks: ReportBlock[] = [];
	let current: {
		kind: BlockKind;
		level?: number;
		text: string;
		boldChars: number;
		chars: number;
	} | null = null;
	let bold = 0;
	let cells: string[] | null = null;
	let cell: string | null = null;

	const flush = () => {
		if (!current) return;
		const text = tidy(current.text);
		if (text) {
			const block: ReportBlock = { kind: current.kind, text };
			if (current.level) block.level = current.level;
			if (current.chars > 0 && current.boldChars === current.chars) block.bold = true;
			blocks.push(block);
		}
		current = null;
	};
	const open = (kind: BlockKind, level?: number) => {
		flush();
		current = { kind, level, text: '', boldChars: 0, chars: 0 };
	};
	const tag = (name: string, closing: boolean) => {
		if (name === 'strong' || name === 'b') {
			bold = Math.max(0, bold + (closing ? -1 : 1));
		} else if (name === 'tr') {
			if (!closing) {
				flush();
				cells = [];
			} else if (cells) {
				const text = cells.filter(Boolean).join(' | ');
				if (text) blocks.push({ kind: 'row', text });
				cells = null;
			}
		} else if (name === 'td' || name === 'th') {
			if (!closing) cell = '';
			else if (cell !== null) {
				cells?.push(tidy(cell));
				cell = null;
			}
		} else if (cell !== null) {
			// Paragraphs and line breaks inside a cell are spaces of its one text.
			if (!closing && (name === 'p' || name === 'br' || name === 'li')) cell += ' ';
		} else if (/^h[1-6]$/.test(name)) {
			if (closing) flush();
			else open('heading', Number(name[1]));
		} else if (name === 'p' || name === 'li') {
			if (closing) flush();
			else open(name === 'li' ? 'item' : 'paragraph');
		} else if (name === 'br') {
			if (!closing && current) current.text += ' ';
		} else if (name === 'ul' || name === 'ol' || name === 'table' || name === 'section') {
			flush();
		}
	};

	const parser = new Parser({
		onopentag: (name) => tag(name, false),
		onclosetag: (name) => tag(name, true),
		ontext: (text) => {
			if (cell !== null) {
				cell += text;
				return;
			}
			if (!current) {
				if (!text.trim()) return;
				open('paragraph');
			}
			const c = current!;
			c.text += text;
			const visible = text.replace(/\s/g, '').length;
			c.chars += visible;
			if (bold > 0) c.boldChars += visible;
		}
	});
	parser.write(html);
	parser.end();
	flush();
	return blocks;
}

/** One report cut under the outline (sectionizeBlocks in src/lib/domain/report-sections.ts). */
export function sectionizeReport(content: string, format: 'html' | 'text'): SectionizedReport {
	return sectionizeBlocks(format === 'html' ? htmlBlocks(content) : textBlocks(content));
}
