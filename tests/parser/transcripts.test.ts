/**
 * Verbatim 議事録 of 審議会 committees (情報通信審議会 and the like): numbered participant
 * sub-groups, spaced full names, 【相田主査】 speakers, one paragraph per line or PDF-wrapped
 * paragraphs, stage directions, chat sections and Shift_JIS/CRLF input. Each a small realistic document.
 */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';
import { parseNameLabel, parseMinutes } from '../../src/parser/index.ts';
import type { Block, ParseResult } from '../../src/parser/types.ts';

const options = { source: 'test.txt', sourceHash: 'a'.repeat(64) };
const parse = (lines: readonly string[]): ParseResult => parseMinutes(lines.join('\n'), options);
/** Each remark as [speaker, its blocks as `type:text`]. */
const remarkBlocks = (result: ParseResult) =>
	result.body.flatMap((section) =>
		section.children
			.filter((block): block is Extract<Block, { type: 'remark' }> => block.type === 'remark')
			.map((remark) => [remark.speaker, remark.children.map((block) => (block.type === 'paragraph' || block.type === 'note' ? `${block.type}:${block.text}` : block.type))]),
	);

const IP_COMMITTEE = [
	'情報通信審議会 情報通信技術分科会 IPネットワーク設備委員会（第５０回）議事録',
	'',
	'１．日時',
	'平成30年４月１７日（火）１０時００分～１２時００分',
	'',
	'２．場所',
	'総務省第１特別会議室（８階）',
	'',
	'３．出席者',
	'（１）委員（敬称略）',
	'相田 仁（主査）、森川 博之（主査代理）、内田 真人、江﨑 浩',
	'',
	'（２）総務省',
	'田原電気通信事業部長、竹村電気通信技術システム課長',
	'',
	'４．議題',
	'（１）ネットワーク中立性について',
	'（２）その他',
	'',
	'５．議事録',
	'',
	'【相田主査】　それでは、定刻となりましたので、ただいまから第５０回会合を開催いたします。',
	'本日は、議題が２件ございます。',
	'',
	'【竹村電気通信技術システム課長】　資料５０－１に基づきご説明いたします。',
	'（資料説明）',
	'',
	'【森川主査代理】　ありがとうございました。一点質問させてください。',
	'中立性の定義について、どのようにお考えでしょうか。',
	'',
	'【相田主査】　それでは、本日はこれで閉会といたします。',
	'',
	'以上',
];

describe('情報通信審議会 委員会 議事録 (Shift_JIS, CRLF)', () => {
	const bytes = iconv.encode(IP_COMMITTEE.join('\r\n'), 'cp932');
	const decoded = decodeSeed(new Uint8Array(bytes));
	const result = decoded.ok ? parseMinutes(decoded.text, options) : null;

	test('decodes and parses without problems', () => {
		expect(decoded).toMatchObject({ ok: true, encoding: 'shift_jis' });
		expect(result?.diagnostics).toEqual([]);
		expect(result?.meeting).toMatchObject({
			series: '情報通信審議会 情報通信技術分科会 IPネットワーク設備委員会',
			seriesSlug: expect.stringMatching(/^series-[0-9a-f]{8}$/u),
			session: 50,
			kind: 'minutes',
			date: '2018-04-17',
			start: '10:00',
			end: '12:00',
			location: '総務省第１特別会議室（８階）',
		});
	});

	test('（１）委員（敬称略） and （２）総務省 are groups; spaced full names keep their space, a bracketed role is the title', () => {
		expect(result?.meeting?.participants).toEqual([
			{
				group: '委員',
				note: '敬称略',
				members: [
					{ text: '相田 仁（主査）', name: '相田 仁', title: '主査', affiliation: null },
					{ text: '森川 博之（主査代理）', name: '森川 博之', title: '主査代理', affiliation: null },
					{ text: '内田 真人', name: '内田 真人', title: null, affiliation: null },
					{ text: '江﨑 浩', name: '江﨑 浩', title: null, affiliation: null },
				],
			},
			{
				group: '総務省',
				members: [
					{ text: '田原電気通信事業部長', name: '田原', title: '電気通信事業部長', affiliation: null },
					{ text: '竹村電気通信技術システム課長', name: '竹村', title: '電気通信技術システム課長', affiliation: null },
				],
			},
		]);
	});

	test('【相田主査】 speakers; one paragraph per line; （資料説明） is a note inside the remark', () => {
		expect(result && remarkBlocks(result)).toEqual([
			['相田主査', ['paragraph:それでは、定刻となりましたので、ただいまから第５０回会合を開催いたします。', 'paragraph:本日は、議題が２件ございます。']],
			['竹村電気通信技術システム課長', ['paragraph:資料５０－１に基づきご説明いたします。', 'note:（資料説明）']],
			['森川主査代理', ['paragraph:ありがとうございました。一点質問させてください。', 'paragraph:中立性の定義について、どのようにお考えでしょうか。']],
			['相田主査', ['paragraph:それでは、本日はこれで閉会といたします。']],
		]);
		expect(parseNameLabel('相田主査')).toEqual({ name: '相田', title: '主査', affiliation: null });
		expect(parseNameLabel('森川主査代理')).toEqual({ name: '森川', title: '主査代理', affiliation: null });
	});

	test('the header agenda is kept although the body has no agenda headings (no section)', () => {
		expect(result?.meeting?.agenda).toEqual([
			{ number: 1, title: 'ネットワーク中立性について', section: null },
			{ number: 2, title: 'その他', section: null },
		]);
	});
});

describe('paragraphs without blank lines: a short sentence-final line ends its paragraph, a wrapped one does not', () => {
	const header = ['電波利用環境検討会（第３回）議事録', '', '１　日時　令和５年１０月２日（月）１４時００分～１６時００分', '２　議事録', ''];
	test.each([
		{
			name: 'one paragraph per line (no line breaks mid-sentence)',
			body: ['○相田座長　それでは、議事に入ります。', '本日は三件ございます。', '最初に事務局から御説明をお願いします。', '○事務局（佐藤）　承知しました。資料に沿って御説明いたします。'],
			expected: [
				['相田座長', ['paragraph:それでは、議事に入ります。', 'paragraph:本日は三件ございます。', 'paragraph:最初に事務局から御説明をお願いします。']],
				['事務局（佐藤）', ['paragraph:承知しました。資料に沿って御説明いたします。']],
			],
		},
		{
			name: 'PDF-wrapped lines of one width: mid-sentence and full-width 。 breaks join, short 。 lines end paragraphs',
			body: [
				'○森川委員　ありがとうございました。中立性の定義について、事業者の間で',
				'理解が分かれているように思います。利用者の立場から見た論点を整理して',
				'いただけないでしょうか。',
				'総務省の御見解を伺えればと思います。よろしくお願いいたします。',
				'○竹村課長　御指摘ありがとうございます。帯域制御の運用基準については',
				'、ガイドラインの改定を現在検討しているところでございます。よろしく。',
				'次回会合までに論点を整理いたします。',
				'利用者への説明の在り方についても、あわせて御議論いただければ幸いです。',
				'以上でございます。',
			],
			expected: [
				[
					'森川委員',
					[
						'paragraph:ありがとうございました。中立性の定義について、事業者の間で理解が分かれているように思います。利用者の立場から見た論点を整理していただけないでしょうか。',
						'paragraph:総務省の御見解を伺えればと思います。よろしくお願いいたします。',
					],
				],
				[
					'竹村課長',
					[
						'paragraph:御指摘ありがとうございます。帯域制御の運用基準については、ガイドラインの改定を現在検討しているところでございます。よろしく。次回会合までに論点を整理いたします。',
						'paragraph:利用者への説明の在り方についても、あわせて御議論いただければ幸いです。以上でございます。',
					],
				],
			],
		},
		{
			name: 'question marks end paragraphs too',
			body: ['【内田委員】　一点質問です。', 'この数値はいつ時点のものでしょうか？', '出典も教えてください！', '【事務局】　令和５年３月末時点です。'],
			expected: [
				['内田委員', ['paragraph:一点質問です。', 'paragraph:この数値はいつ時点のものでしょうか？', 'paragraph:出典も教えてください！']],
				['事務局', ['paragraph:令和５年３月末時点です。']],
			],
		},
		{
			name: 'a stage direction stays inside the remark; text after it is a new paragraph of the same remark',
			body: ['○相田座長　では、採決いたします。', '（「異議なし」の声あり）', 'ありがとうございます。原案のとおり決定いたします。', '（拍手）', '○森川委員　一言だけ申し上げます。'],
			expected: [
				['相田座長', ['paragraph:では、採決いたします。', 'note:（「異議なし」の声あり）', 'paragraph:ありがとうございます。原案のとおり決定いたします。', 'note:（拍手）']],
				['森川委員', ['paragraph:一言だけ申し上げます。']],
			],
		},
	])('$name', ({ body, expected }) => {
		const result = parse([...header, ...body]);
		expect(result.diagnostics).toEqual([]);
		expect(remarkBlocks(result)).toEqual(expected);
	});
});

describe('a ◆/■ line that starts the chat region is a section of its own', () => {
	test.each([
		{ marker: '◆時間内にご発表できなかったチャット欄のコメント', title: '時間内にご発表できなかったチャット欄のコメント' },
		{ marker: '◇チャット欄に寄せられたコメント', title: 'チャット欄に寄せられたコメント' },
		{ marker: '■チャットでの御意見', title: 'チャットでの御意見' },
	])('$marker', ({ marker, title }) => {
		const result = parse([
			'セキュリティ人材育成研究会（第７回）議事要旨',
			'1. 日時) 令和4年7月5日（火）10:00～12:00',
			'2. 議事概要',
			'◆議題（1）「人材育成の取組」について、事務局より説明し、意見交換を実施。',
			'',
			'後藤座長)',
			'',
			'本日の議論はここまでとする。',
			'',
			marker,
			'',
			'<議事（1）について>',
			'',
			'篠田構成員)',
			'',
			'人材育成の取組に賛同します。',
		]);
		expect(result.diagnostics).toEqual([]);
		expect(result.meeting?.sections).toEqual([
			{ id: 's1', title: '議題（1）人材育成の取組', line: 4 },
			{ id: 's2', title, line: 10 },
		]);
		expect(result.meeting?.remarks.map((r) => [r.speaker, r.section, r.chat])).toEqual([
			['後藤座長', 's1', false],
			['篠田構成員', 's2', true],
		]);
		expect(result.body[1]?.children.map((b) => b.type)).toEqual(['note', 'remark']);
	});
});
