/**
 * A Diet member's written question (質問主意書) and the cabinet's written answer (答弁書), as the houses' pages and PDFs give
 * them: each one record, dated by its own date line and titled by the document's title, the member who put the question or
 * the minister who answers for the cabinet its one speaker, the covering lines (`右質問する。`, `…別紙答弁書を送付する。`)
 * notes. Both are of one series of written questions (`質問主意書`), so a question and its answer list together.
 */
import type { Member } from '../../schemas/meeting.ts';
import { remarkText } from '../body.ts';
import { findDate } from '../date.ts';
import { error } from '../diagnostics.ts';
import { replaceSpaceRuns, trimSpaces, type SourceLine } from '../normalize.ts';
import { finishRecord } from '../record.ts';
import type { Block, Diagnostic, ParseOptions, ParseResult } from '../types.ts';
import { sittingRecord } from './shared.ts';
import type { SourceDocument } from './types.ts';

/** Lines searched for the document's marks. */
const HEAD_LINES = 24;
/** A question's title: `地域公共交通の維持に関する質問主意書` (spaces aside). */
const QUESTION_TITLE = /^\S{2,120}質問主意書$/u;
/** Who put the question: `提出者　　平野　陽子`. */
const SUBMITTER = /^提出者[\s\u3000]+(?<name>\S+(?:[\s\u3000]+\S+)?)$/u;
/** The house's Speaker a document is addressed to, on a line of its own: `参議院議長　尾辻　秀久　殿`. */
const ADDRESSEE = /^(?:衆議院|参議院)議長[\s\u3000]+\S+(?:[\s\u3000]+\S+)?[\s\u3000]+殿$/u;
/** A name alone on its line (`高橋　美咲`), as the 参議院's question signs it over the addressee. */
const SIGNATURE = /^(?<name>[^\s\u3000、。：:（）()]{1,8}(?:[\s\u3000]+[^\s\u3000、。：:（）()]{1,8})?)$/u;
/** An answer's title: `衆議院議員平野陽子君提出地域公共交通の維持に関する質問に対する答弁書`. */
const ANSWER_TITLE = /^\S{2,200}質問に対する答弁書$/u;
/** The minister who sends the answer: `内閣総理大臣　石破　山彦` (or the one acting for them, `内閣総理大臣臨時代理　国務大臣　…`). */
const SENDER = /^(?<post>内閣総理大臣(?:臨時代理)?(?:[\s\u3000]+国務大臣)?)[\s\u3000]+(?<name>\S+(?:[\s\u3000]+\S+)?)$/u;
/** The number the cabinet gives an answer (`内閣衆質二一六第一二号`, `内閣参質…`), which names the house asked. */
const ANSWER_NUMBER = /^内閣(?<house>衆|参)質/u;
/** The house a question names as where it was put: `衆議院議長　…　殿`, `衆議院議員…君提出`. */
const HOUSE_NAMED = /(?<house>衆議院|参議院)(?:議長|議員)/u;
/** The closing words of a question and the covering line of an answer: the document's, no one's words. */
const COVERING = /^(?:右質問する。|右の質問主意書を(?:国会法第七十四条によって)?提出する。|.{0,200}別紙答弁書を送付する。)$/u;

/** The lines' texts without their spaces, for matching titles wrapped or spaced (by runs read without a pattern: a line of 8 MB of spaces overflowed the pattern's stack). */
const compact = (text: string): string => replaceSpaceRuns(text, '');

/**
 * The line that names who put a question: `提出者　　平野　陽子`, or the 参議院's signature, the name alone on the line over the
 * Speaker it is addressed to (`高橋　美咲` / `参議院議長　尾辻　秀久　殿`); null without either.
 */
function submitterOf(lines: readonly SourceLine[]): { line: number; name: string } | null {
	const head = lines.slice(0, HEAD_LINES).filter((source) => trimSpaces(source.text) !== '');
	for (const [index, source] of head.entries()) {
		const text = trimSpaces(source.text);
		const name = SUBMITTER.exec(text)?.groups?.['name'];
		if (name) return { line: source.line, name };
		const signed = index > 0 && ADDRESSEE.test(text) ? head[index - 1] : undefined;
		const signature = signed === undefined ? undefined : SIGNATURE.exec(trimSpaces(signed.text))?.groups?.['name'];
		if (signed && signature && !findDate(signed.text)?.ok) return { line: signed.line, name: signature };
	}
	return null;
}

/** What kind of written question the document is, or null. */
function writtenKind(lines: readonly SourceLine[]): 'question' | 'answer' | null {
	const head = lines.slice(0, HEAD_LINES);
	const texts = head.map((source) => compact(source.text));
	// (The head's marks first, the whole text only for a document that has them.)
	if (texts.some((text) => QUESTION_TITLE.test(text)) && submitterOf(lines) !== null) return 'question';
	if (head.some((source) => SENDER.test(trimSpaces(source.text))) && texts.some((text) => ANSWER_NUMBER.test(text) || /別紙答弁書を送付する。$/u.test(text))) {
		return lines.some((source) => ANSWER_TITLE.test(compact(source.text))) ? 'answer' : null;
	}
	return null;
}

/** True for a written question or answer of the Diet. */
export function isWrittenQuestion(document: SourceDocument): boolean {
	return writtenKind(document.lines) !== null;
}

/** A name as a roll spaces it: `平野　陽子` → `平野 陽子`. */
const spaced = (name: string): string => replaceSpaceRuns(trimSpaces(name), ' ');

/** Read a written question or answer into its record; a document with neither title is none. */
export function readWrittenQuestion(document: SourceDocument, options: ParseOptions): ParseResult {
	const { lines } = document;
	const kind = writtenKind(lines);
	const diagnostics: Diagnostic[] = [];
	const dated = lines.slice(0, HEAD_LINES).map((source) => ({ source, found: findDate(source.text) })).find(({ found }) => found?.ok);
	const titleLine = lines.find((source) => (kind === 'question' ? QUESTION_TITLE : ANSWER_TITLE).test(compact(source.text)));
	const houseText = lines.map((source) => compact(source.text)).find((text) => ANSWER_NUMBER.test(text) || HOUSE_NAMED.test(text)) ?? '';
	const house = ANSWER_NUMBER.exec(houseText)?.groups?.['house'] === '参' || HOUSE_NAMED.exec(houseText)?.groups?.['house'] === '参議院' ? '参議院' : /衆/u.test(houseText) ? '衆議院' : null;
	let member: Member | null = null;
	let speaker = '';
	const submitted = kind === 'question' ? submitterOf(lines) : null;
	for (const source of lines) {
		const text = trimSpaces(source.text);
		const submitter = source.line === submitted?.line ? submitted : undefined;
		const sender = kind === 'answer' ? SENDER.exec(text)?.groups : undefined;
		if (submitter && member === null) {
			const name = spaced(submitter.name);
			member = { text, name, title: house === null ? null : `${house}議員`, affiliation: null };
			// (Named as the Diet names its members, `平野陽子君`: the roll's entry, whatever house it gives.)
			speaker = `${compact(name)}君`;
		} else if (sender?.['name'] && sender['post'] && member === null) {
			const name = spaced(sender['name']);
			const post = compact(sender['post']);
			member = { text, name, title: post, affiliation: null };
			speaker = `${post.replace(/国務大臣$/u, '')}（${compact(name)}君）`;
		}
	}
	if (kind === null || !dated?.found?.ok || titleLine === undefined || member === null) {
		return { family: 'diet', meeting: null, body: [], diagnostics: [...diagnostics, error('no-record', titleLine?.line ?? null, 'a written question or answer needs its date, its title (…質問主意書, …質問に対する答弁書) and who put or answered it (提出者　…, 内閣総理大臣　…)')] };
	}
	// The words: every line after the title's (a question prints its title twice, over the cover and over the words).
	const titleText = compact(titleLine.text);
	const lastTitle = lines.findLast((source) => compact(source.text) === titleText) ?? titleLine;
	const notes: Block[] = [];
	const children: Block[] = [];
	for (const source of lines) {
		const text = trimSpaces(source.text);
		if (text === '' || source.line === titleLine.line) continue;
		if (source.line < lastTitle.line || COVERING.test(compact(text)) || text === member.text) {
			if (source.line !== lastTitle.line && source.line !== dated.source.line) notes.push({ type: 'note', text, line: source.line });
			continue;
		}
		if (source.line > lastTitle.line) children.push({ type: 'paragraph', text, line: source.line });
	}
	const remark = { type: 'remark' as const, id: 'r1', speaker, chat: false, line: children[0]?.line ?? lastTitle.line, children };
	// (One series for both houses: a question as the 衆議院's page prints it names no house, its answer does.)
	const series = '質問主意書';
	const candidate = sittingRecord(options, {
		title: titleText,
		series,
		date: dated.found.iso,
		start: null,
		end: null,
		location: null,
		participants: [{ group: kind === 'question' ? '提出者' : '答弁者', members: [member] }],
		agenda: [],
		sections: [{ id: 's0', title: '', line: titleLine.line }],
		remarks: [{ id: 'r1', speaker, section: 's0', chat: false, line: remark.line, text: remarkText(remark) }],
	});
	const body = [{ id: 's0', title: '', line: titleLine.line, children: [...notes, remark] }];
	return finishRecord('diet', { ...candidate, kind: 'document' }, body, diagnostics, { title: titleLine.line, series: titleLine.line, date: dated.source.line });
}
