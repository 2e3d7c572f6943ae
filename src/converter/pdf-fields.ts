/**
 * Minutes typed into a PDF form (a 会議録 様式 filled in Acrobat Reader and saved without flattening) or into text boxes
 * added as comments (FreeText, Acrobat's 「テキストボックス」): the page's content holds only the printed labels, and the
 * values live in annotations, which pdf.js's text content leaves out. Each value is set as text runs at its box, line
 * under line and wrapped at the box's width as a viewer shows it, so the page reads as a printed one would (`会議名` and
 * its value on one line).
 */
import { emWidth, type TextRun } from './pdf-layout.ts';
import { rectBox, type AnnotationData } from './pdf-redaction.ts';

/** A form's field or a text box as pdf.js gives it (`getAnnotations()`), the fields read here. */
export interface FieldAnnotation extends AnnotationData {
	fieldType?: string;
	fieldValue?: unknown;
	multiLine?: boolean;
	hidden?: boolean;
	defaultAppearanceData?: { fontSize?: number } | null;
	contentsObj?: { str?: string } | null;
}

/** The size a field's text is set at when the form leaves it to the viewer (size 0, auto) or says none. */
const DEFAULT_SIZE = 10;
/** Smallest size a long value is shrunk to so that it fits its box (as a viewer's auto size does). */
const MIN_SIZE = 6;
/** Line pitch in em, and the box's inner margin in points. */
const PITCH = 1.2;
const PADDING = 2;

/** The value a field or a text box shows, or null (buttons, empty fields, hidden ones). */
function shownValue(annotation: FieldAnnotation): string | null {
	if (annotation.hidden === true) return null;
	let value: unknown = null;
	if (annotation.subtype === 'Widget' && (annotation.fieldType === 'Tx' || annotation.fieldType === 'Ch')) value = annotation.fieldValue;
	else if (annotation.subtype === 'FreeText') value = annotation.contentsObj?.str;
	if (Array.isArray(value)) value = value.filter((item) => typeof item === 'string').join('、');
	if (typeof value !== 'string') return null;
	const text = value.replace(/\r\n?/gu, '\n');
	return text.trim() === '' ? null : text;
}

/** A value's lines as the box shows them: its own line breaks, and long lines wrapped at `perLine` em. */
function wrap(text: string, perLine: number): string[] {
	const lines: string[] = [];
	for (const line of text.split('\n')) {
		let current = '';
		let width = 0;
		for (const char of line) {
			const w = emWidth(char);
			if (width + w > perLine && current !== '') {
				lines.push(current);
				current = '';
				width = 0;
			}
			current += char;
			width += w;
		}
		lines.push(current);
	}
	return lines;
}

/** Letters of a text in em. */
const emsOf = (text: string): number => [...text].reduce((sum, char) => sum + emWidth(char), 0);

/** At most this many letters of values are set on one page (a page of fields holding more is read up to it). */
const MAX_LETTERS = 1_000_000;

/** The runs of the values typed into a page's form fields and text boxes, and how many fields had one. */
export function fieldRuns(annotations: readonly FieldAnnotation[]): { runs: TextRun[]; fields: number } {
	const runs: TextRun[] = [];
	let fields = 0;
	let letters = 0;
	for (const annotation of annotations) {
		const value = shownValue(annotation);
		const box = value === null ? null : rectBox(annotation.rect);
		if (value === null || box === null) continue;
		const inner = Math.max(1, box.x1 - box.x0 - 2 * PADDING);
		const height = box.y1 - box.y0;
		const given = annotation.defaultAppearanceData?.fontSize;
		let size = typeof given === 'number' && given > 0 ? given : Math.min(DEFAULT_SIZE, Math.max(MIN_SIZE, height * 0.7));
		const multi = annotation.multiLine === true || annotation.subtype === 'FreeText' || value.includes('\n');
		let lines = multi ? wrap(value, inner / size) : [value];
		// A value longer than its box is shrunk until it fits, as a viewer sets an auto-sized field.
		while (multi && size > MIN_SIZE && lines.length * size * PITCH > height - PADDING) {
			size = Math.max(MIN_SIZE, size - 0.5);
			lines = wrap(value, inner / size);
		}
		fields++;
		// The first baseline: a one-line field's text is centred in its box, a multi-line one's starts at its top.
		let y = multi ? box.y1 - PADDING - size : box.y0 + Math.max(0, (height - size) / 2) + size * 0.12;
		for (const line of lines) {
			if (letters >= MAX_LETTERS) break;
			letters += line.length;
			if (line.trim() !== '') runs.push({ text: line, x: box.x0 + PADDING, y, width: Math.min(emsOf(line) * size, multi ? inner : Number.POSITIVE_INFINITY), size });
			y -= size * PITCH;
		}
	}
	return { runs, fields };
}
