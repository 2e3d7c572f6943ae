import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { kindLabel } from '../../src/format/labels.ts';
import { bibtexAuthor, bibtexCitation, citationDay, citedMeeting, escapeBibtex, japaneseCitation, quoteOpening, remarkOpening, type CitationInput } from '../../src/format/citation.ts';
import { readFileSync } from 'node:fs';

/** Citation input for remark r1 of the real seed of サイバーセキュリティタスクフォース 第42回. */
function firstRemarkOf42(): CitationInput {
	const source = '000_4b9a63a9ace8ebce.txt';
	const { meeting } = parseMinutes(readFileSync(`seeds/${source}`, 'utf8'), { source, sourceHash: '0'.repeat(64) });
	const remark = meeting!.remarks[0]!;
	return {
		speaker: remark.speaker,
		text: remark.text,
		meeting: `${meeting!.series} 第${meeting!.session}回`,
		kind: '議事要旨',
		title: meeting!.title,
		date: meeting!.date,
		url: `https://example.org/minutes/meetings/cybersecurity-task-force-042/#${remark.id}`,
		accessed: '2026-11-23',
		key: `cybersecurity-task-force-042-${remark.id}`,
	};
}

describe('citations of a known remark (小山構成員, 第42回, r1)', () => {
	test('Japanese style', () => {
		expect(japaneseCitation(firstRemarkOf42())).toBe(
			'小山構成員「松原さんと小宮山さんにそれぞれ一つずつ質問したい。」、サイバーセキュリティタスクフォース 第42回 議事要旨、2023年2月1日、https://example.org/minutes/meetings/cybersecurity-task-force-042/#r1（閲覧日：2026年11月23日）',
		);
	});

	test('BibTeX names the resolved person as author, not the label', () => {
		expect(bibtexCitation({ ...firstRemarkOf42(), author: '小山 健' })).toContain('  author = {小山, 健},\n  title = {小山構成員「');
		expect(bibtexCitation({ ...firstRemarkOf42(), author: '小山' })).toContain('  author = {小山},\n');
	});

	test('BibTeX without a known person falls back to the label, braced as one name', () => {
		expect(bibtexCitation(firstRemarkOf42())).toBe(
			[
				'@misc{cybersecurity-task-force-042-r1,',
				'  author = {{小山構成員}},',
				'  title = {小山構成員「松原さんと小宮山さんにそれぞれ一つずつ質問したい。」},',
				'  booktitle = {サイバーセキュリティタスクフォース 第42回 議事要旨},',
				'  note = {サイバーセキュリティタスクフォース（第42回）議事要旨、2023年2月1日},',
				'  date = {2023-02-01},',
				'  year = {2023},',
				'  url = {https://example.org/minutes/meetings/cybersecurity-task-force-042/#r1},',
				'  howpublished = {\\url{https://example.org/minutes/meetings/cybersecurity-task-force-042/#r1}},',
				'  urldate = {2026-11-23},',
				'  language = {japanese},',
				'}',
			].join('\n'),
		);
	});
});

describe('quoting and escaping', () => {
	test.each([
		['短い発言。次の文。', '短い発言。'],
		['句点のない短い発言', '句点のない短い発言'],
		['改行を\n含む 発言。', '改行を 含む 発言。'],
		// Too long for one quote: the last clause boundary before 60 characters, the 、 dropped for the ellipsis.
		[
			'サイバーセキュリティに関しては、国際的な連携の枠組みを強化していくことが重要であり、特に人材育成の観点からも検討が必要だと考えているところでございますので',
			'サイバーセキュリティに関しては、国際的な連携の枠組みを強化していくことが重要であり…',
		],
		// A closing bracket or ？ ends a quote too; ？ ends a sentence, so no ellipsis follows it.
		[`${'い'.repeat(20)}「${'う'.repeat(30)}」${'え'.repeat(30)}`, `${'い'.repeat(20)}「${'う'.repeat(30)}」…`],
		[`${'か'.repeat(50)}ですか？${'き'.repeat(30)}`, `${'か'.repeat(50)}ですか？`],
		// No boundary before the limit: the first one a little after it.
		[`${'さ'.repeat(62)}、${'し'.repeat(30)}`, `${'さ'.repeat(62)}…`],
		// No boundary at all: the last whole word, never half of one.
		[
			'JPCERT/CCの報告によれば標的型攻撃メールの件数は増加傾向にありサプライチェーンを狙った攻撃も目立つことから中小企業への支援策を拡充する必要があると考える',
			'JPCERT/CCの報告によれば標的型攻撃メールの件数は増加傾向にありサプライチェーンを狙った攻撃も目立つことから…',
		],
		['The quick brown fox jumps over the lazy dog and keeps running far away', 'The quick brown fox jumps over the lazy dog and keeps…'],
	])('quoteOpening(%j) → %j', (text, expected) => {
		expect(quoteOpening(text)).toBe(expected);
	});

	test.each([
		['小山 健', '小山, 健'],
		['小山\u3000健', '小山, 健'],
		['小山', '小山'],
		['松原実穂子', '松原実穂子'],
		['Jean Claude Van Damme', '{Jean Claude Van Damme}'],
		['A_B C{D}', 'A\\_B, C\\{D\\}'],
	])('bibtexAuthor(%j) → %j', (name, expected) => {
		expect(bibtexAuthor(name)).toBe(expected);
	});

	test('a quote cut once is not cut again when passed as the quote', () => {
		const text = 'サイバーセキュリティに関しては、国際的な連携の枠組みを強化していくことが重要であり、特に人材育成の観点からも検討が必要だと考えているところでございますので';
		const quote = quoteOpening(text);
		expect(bibtexCitation({ ...firstRemarkOf42(), text: quote, quote })).toContain(`title = {小山構成員「${quote}」}`);
	});

	test('BibTeX special characters from minutes text cannot break the entry', () => {
		expect(escapeBibtex('a}b{c\\d%e&f$g#h_i^j~k')).toBe('a\\}b\\{c\\textbackslash{}d\\%e\\&f\\$g\\#h\\_i\\^{}j\\~{}k');
	});
});

describe('what a citation names', () => {
	test.each([
		[{ series: 'サイバーセキュリティタスクフォース', session: 42, kind: 'minutes', title: 'サイバーセキュリティタスクフォース（第42回）議事要旨' }, 'サイバーセキュリティタスクフォース 第42回', '議事要旨'],
		[{ series: '分科会', session: null, kind: 'minutes', title: '分科会 議事録' }, '分科会', '議事録'],
		[{ series: '分科会', session: 3, kind: 'minutes', title: '第3回会合' }, '分科会 第3回', '議事録'],
		[{ series: '衆議院 内閣委員会', session: null, kind: 'minutes', title: '第196回国会 衆議院 内閣委員会 第20号' }, '衆議院 内閣委員会', '会議録'],
		[{ series: '南山市議会', session: null, kind: 'minutes', title: '南山市議会 令和6年第2回定例会 第3号' }, '南山市議会', '会議録'],
		[{ series: '文教厚生常任委員会', session: null, kind: 'minutes', title: '文教厚生常任委員会記録（要点筆記）' }, '文教厚生常任委員会', '要点筆記'],
		[{ series: '分科会', session: 3, kind: 'document', title: '議事概要（案）' }, '分科会 第3回', '資料'],
	])('%o → %s, %s', (meeting, label, kind) => {
		expect(citedMeeting(meeting)).toBe(label);
		expect(kindLabel(meeting)).toBe(kind);
	});

	test('the build day is the date in Japan time', () => {
		expect(citationDay(Date.parse('2026-11-23T14:59:00Z'))).toBe('2026-11-23');
		expect(citationDay(Date.parse('2026-11-23T15:00:00Z'))).toBe('2026-11-24');
	});
});

describe('remarkOpening (a person page’s list of remarks)', () => {
	const answers = [
		'お答えいたします。待機児童につきましては、四月一日時点で十二名となっており、昨年度から八名減少しております。引き続き、定員の拡大に努めてまいります。以上でございます。',
		'お答えいたします。放課後児童クラブにつきましては、来年度に二クラスを増やし、定員を八十名とする予定でございます。詳しくは委員会で御説明いたします。以上でございます。',
	];

	test('an official’s answers opening alike read apart: whole sentences as far as 80 letters (each had read 「お答えいたします。」)', () => {
		const openings = answers.map(remarkOpening);
		expect(openings).toEqual([
			'お答えいたします。待機児童につきましては、四月一日時点で十二名となっており、昨年度から八名減少しております。引き続き、定員の拡大に努めてまいります。',
			'お答えいたします。放課後児童クラブにつきましては、来年度に二クラスを増やし、定員を八十名とする予定でございます。詳しくは委員会で御説明いたします。',
		]);
		expect(new Set(openings).size).toBe(2);
	});

	test.each([
		['ありがとうございます。', 'ありがとうございます。'],
		// (A short first sentence, then one longer than the rest of the room: cut at a clause near 80 letters.)
		['はい。' + 'デジタル人材の確保については、地域の大学や企業と連携した育成の仕組みを、広域の連携の中で検討しておりまして、今年度中に方向性をお示ししたいと考えております。', 'はい。デジタル人材の確保については、地域の大学や企業と連携した育成の仕組みを、広域の連携の中で検討しておりまして…'],
	])('remarkOpening(%j) → %j', (text, expected) => {
		expect(remarkOpening(text)).toBe(expected);
		expect([...remarkOpening(text)].length).toBeLessThanOrEqual(81);
	});
});
