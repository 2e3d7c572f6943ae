import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/parser/body.ts';
import { classifyLine } from '../../src/parser/lines.ts';
import type { Diagnostic } from '../../src/parser/types.ts';

const outside = { inRemark: false, lastHeadingNumber: null };

describe('classifyLine', () => {
	test.each([
		{ line: '小山構成員)', expected: { kind: 'speaker', label: '小山構成員', text: null } },
		{ line: 'NTT 松原氏)', expected: { kind: 'speaker', label: 'NTT 松原氏', text: null } },
		{ line: 'JPCERT コーディネーションセンター 小宮山氏)', expected: { kind: 'speaker', label: 'JPCERT コーディネーションセンター 小宮山氏', text: null } },
		{ line: 'JPCERT/CC 佐々木氏）', expected: { kind: 'speaker', label: 'JPCERT/CC 佐々木氏', text: null } },
		{ line: '中溝サイバーセキュリティ統括官室参事官)', expected: { kind: 'speaker', label: '中溝サイバーセキュリティ統括官室参事官', text: null } },
		{ line: '後藤主査) コメント', expected: { kind: 'speaker', label: '後藤主査', text: 'コメント' } },
		{ line: '○後藤座長　本日はありがとうございます。', expected: { kind: 'speaker', label: '後藤座長', text: '本日はありがとうございます。' } },
		{ line: '○後藤座長', expected: { kind: 'speaker', label: '後藤座長', text: null } },
		{ line: '後藤座長：本文です。', expected: { kind: 'speaker', label: '後藤座長', text: '本文です。' } },
		{ line: '【後藤座長】', expected: { kind: 'speaker', label: '後藤座長', text: null } },
		{ line: '【総論・その他】', expected: { kind: 'heading', title: '総論・その他', number: null } },
		{ line: '■ 人材育成を強化する必要はないか？', expected: { kind: 'heading', title: '人材育成を強化する必要はないか？', number: null } },
		{ line: '(1) 開会', expected: { kind: 'heading', title: '開会', number: 1 } },
		{ line: '（３）閉会', expected: { kind: 'heading', title: '閉会', number: 3 } },
		{ line: '## (2) 議題', expected: { kind: 'heading', title: '議題', number: 2 } },
		{ line: '（以下チャット欄より抜粋）', expected: { kind: 'note', text: '（以下チャット欄より抜粋）', chat: 'start' } },
		{ line: '(チャット欄より抜粋はここまで)', expected: { kind: 'note', text: '(チャット欄より抜粋はここまで)', chat: 'end' } },
		{ line: '◆時間内にご発表できなかったチャット欄のコメント', expected: { kind: 'chat', title: '時間内にご発表できなかったチャット欄のコメント' } },
		{ line: '■チャット欄より', expected: { kind: 'chat', title: 'チャット欄より' } },
		{ line: '◆チャット欄のコメントはここまで', expected: { kind: 'note', text: '◆チャット欄のコメントはここまで', chat: 'end' } },
		{ line: '（資料説明）', expected: { kind: 'note', text: '（資料説明）', chat: null, aside: true } },
		{ line: '（「異議なし」の声あり）', expected: { kind: 'note', text: '（「異議なし」の声あり）', chat: null, aside: true } },
		{ line: '（後藤座長）', expected: { kind: 'speaker', label: '後藤座長', text: null } },
		{ line: '（１）', expected: { kind: 'paragraph', text: '（１）' } },
		{ line: '◆構成員の意見・コメント', expected: { kind: 'note', text: '◆構成員の意見・コメント', chat: null } },
		{ line: '<議事（1）について>', expected: { kind: 'note', text: '<議事（1）について>', chat: null } },
		{ line: '以上', expected: { kind: 'note', text: '以上', chat: null } },
		{ line: '◆議題（1）「国際連携」について説明。', expected: { kind: 'agenda', text: '◆議題（1）「国際連携」について説明。' } },
		{ line: '議題(2)「人材育成」について説明。', expected: { kind: 'agenda', text: '議題(2)「人材育成」について説明。' } },
		{ line: '- 箇条書き', expected: { kind: 'item', text: '箇条書き' } },
		{ line: '・中黒の項目', expected: { kind: 'item', text: '・中黒の項目' } },
		{ line: '<https://example.com/a>', expected: { kind: 'paragraph', text: '<https://example.com/a>' } },
		{ line: '今後の方向性（案）', expected: { kind: 'paragraph', text: '今後の方向性（案）' } },
		{ line: '(Ⅲ(1)IoTのセキュリティ対策)', expected: { kind: 'paragraph', text: '(Ⅲ(1)IoTのセキュリティ対策)' } },
		{ line: '(※) 項目は総合対策の想定箇所', expected: { kind: 'paragraph', text: '(※) 項目は総合対策の想定箇所' } },
		{ line: '1)', expected: { kind: 'paragraph', text: '1)' } },
		{ line: '例：これは例です。', expected: { kind: 'paragraph', text: '例：これは例です。' } },
		{ line: '# 見出しに見える行', expected: { kind: 'paragraph', text: '# 見出しに見える行' } },
		{ line: '**太字に見える行**', expected: { kind: 'paragraph', text: '**太字に見える行**' } },
		{ line: '> 引用に見える行', expected: { kind: 'paragraph', text: '> 引用に見える行' } },
		{ line: '本文に <script>alert(1)</script> と書く。', expected: { kind: 'paragraph', text: '本文に <script>alert(1)</script> と書く。' } },
		{ line: 'これは長い文で（注記）', expected: { kind: 'paragraph', text: 'これは長い文で（注記）' } },
	])('$line', ({ line, expected }) => {
		expect(classifyLine(line, outside)).toEqual(expected);
	});

	test('inside a remark a numbered line needs a heading word or the next number', () => {
		const inRemark = { inRemark: true, lastHeadingNumber: 2 };
		expect(classifyLine('(1) データの扱い', inRemark).kind).toBe('paragraph');
		expect(classifyLine('(3) 閉会', inRemark).kind).toBe('heading');
		expect(classifyLine('(3) 今後の進め方', inRemark).kind).toBe('heading');
		expect(classifyLine('(1) データの扱い', outside).kind).toBe('heading');
	});
});

const lines = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }));

describe('parseBody', () => {
	test('text before the first heading goes to section s0 with an empty title', () => {
		const { body, sections } = parseBody(lines('前置き。\n\n(1) 開会'), []);
		expect(sections).toEqual([
			{ id: 's0', title: '', line: 1 },
			{ id: 's1', title: '開会', line: 3 },
		]);
		expect(body[0]?.children).toEqual([{ type: 'paragraph', text: '前置き。', line: 1 }]);
	});

	test('remarks collect paragraphs and lists until the next speaker, section or note', () => {
		const { body, remarks } = parseBody(
			lines(['(1) 議事', '小山構成員)', '', '一つ目。', '', '- 項目A', '', '- 項目B', '', '◆構成員の意見', '', '説明の続き。'].join('\n')),
			[],
		);
		expect(body[0]?.children).toEqual([
			{
				type: 'remark',
				id: 'r1',
				speaker: '小山構成員',
				chat: false,
				line: 2,
				children: [
					{ type: 'paragraph', text: '一つ目。', line: 4 },
					{ type: 'list', line: 6, items: [{ text: '項目A', line: 6 }, { text: '項目B', line: 8 }] },
				],
			},
			{ type: 'note', text: '◆構成員の意見', line: 10 },
			{ type: 'paragraph', text: '説明の続き。', line: 12 },
		]);
		expect(remarks).toEqual([{ id: 'r1', speaker: '小山構成員', section: 's1', chat: false, line: 2, text: '一つ目。\n項目A\n項目B' }]);
	});

	test('an indented line after a line that did not fill the width starts a paragraph; after a comma, or in a speech indented throughout, it goes on', () => {
		const paragraphs = (text: string) => parseBody(lines(text), []).body.flatMap((section) => section.children).map((block) => ('text' in block ? block.text : block.type));
		expect(paragraphs(['令和５年度事業報告の承認について', '　議長の指名により、事務局長から資料１に基づき、令和５年度の事業報告について説明があった。'].join('\n'))).toEqual([
			'令和５年度事業報告の承認について',
			'　議長の指名により、事務局長から資料１に基づき、令和５年度の事業報告について説明があった。'.trim(),
		]);
		// Half-width spaces before Japanese text indent too.
		expect(paragraphs(['事業報告の承認について', ' 議長がこれを議場に諮ったところ、全員異議なく承認可決した。'].join('\n'))).toHaveLength(2);
		// An item of business on its line of its own (`第１号議案　…の件`) heads a section instead.
		expect(parseBody(lines(['第１号議案　事業報告承認の件', ' 議長がこれを議場に諮ったところ、全員異議なく承認可決した。'].join('\n')), []).body.map((section) => section.title)).toEqual(['第１号議案　事業報告承認の件']);
		expect(paragraphs(['　避難所運営の訓練については、', '　自治体ごとの差が大きいと感じております。'].join('\n'))).toEqual(['避難所運営の訓練については、自治体ごとの差が大きいと感じております。']);
	});

	test('in a body whose lines were never wrapped, short lines stay apart', () => {
		const text = ['３　理事総数　　７名', '７　議事録署名人の選任', '理事　大野　剛、理事　宮坂　誠一', '開催日\t令和５年８月２９日（火）', '場所\tさつき町役場 ２階 大会議室'].join('\n');
		expect(parseBody(lines(text), []).body.flatMap((section) => section.children)).toHaveLength(5);
	});

	test('wrapped lines and mid-sentence breaks join; sentence ends and short lines do not', () => {
		const text = [
			'後藤座長)',
			'',
			'これは二行に折り返された長い段落の最初の行であって、ここでトレーニ',
			'',
			'ングを受けた方の話が続く。',
			'',
			'次の段落。',
			'連続した行は折り返しとして',
			'一つになる。',
			'',
			'コメント',
			'',
			'短い行の後は別の段落。',
			'',
			'English words wrapped at the end of a long line are joined with',
			'a space.',
			'',
			'もう一つの長い段落も同じ幅で折り返されていて、その続きが次の行に',
			'書かれている。',
		].join('\n');
		const { remarks } = parseBody(lines(text), []);
		expect(remarks[0]?.text.split('\n')).toEqual([
			'これは二行に折り返された長い段落の最初の行であって、ここでトレーニングを受けた方の話が続く。',
			'次の段落。',
			'連続した行は折り返しとして一つになる。',
			'コメント',
			'短い行の後は別の段落。',
			'English words wrapped at the end of a long line are joined with a space.',
			'もう一つの長い段落も同じ幅で折り返されていて、その続きが次の行に書かれている。',
		]);
	});

	test('one wide line without a sentence mark does not make a body wrapped: its short lines stay apart', () => {
		const text = [
			'田中理事)',
			'第２号議案　2023年度計算書類承認の件',
			'議長の指名により高畑理事から説明があり、承認された。',
			'・夏祭り 7/27(土) 実施、模擬店は焼きそば・かき氷とする方向で調整',
			'・防犯灯2基の見積り依頼',
		].join('\n');
		const { body, remarks } = parseBody(lines(text), []);
		expect(remarks[0]?.text.split('\n')).toEqual(['第２号議案　2023年度計算書類承認の件']);
		// (The record's narration, `…説明があり、承認された。`, is no more of the turn; it and the points stay apart.)
		expect(body[0]?.children.slice(1).flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.type === 'list' ? block.items.map((item) => item.text) : []))).toEqual([
			'議長の指名により高畑理事から説明があり、承認された。',
			'・夏祭り 7/27(土) 実施、模擬店は焼きそば・かき氷とする方向で調整',
			'・防犯灯2基の見積り依頼',
		]);
	});

	test('a short code-like line is not joined with the next paragraph', () => {
		const { remarks } = parseBody(lines('鈴木構成員)\n\nexport const leaked = 1\n\n# 見出しに見える行'), []);
		expect(remarks[0]?.text).toBe('export const leaked = 1\n# 見出しに見える行');
	});

	test('chat region: remarks between the markers are chat, markers are notes', () => {
		const text = ['(1) 議事', '（以下チャット欄より抜粋）', '若江構成員)', '感想。', '(チャット欄より抜粋はここまで)', '後藤座長)', '締め。'].join('\n');
		const { body, remarks } = parseBody(lines(text), []);
		expect(remarks.map((r) => [r.speaker, r.chat])).toEqual([
			['若江構成員', true],
			['後藤座長', false],
		]);
		expect(body[0]?.children.map((b) => b.type)).toEqual(['note', 'remark', 'note', 'remark']);
	});

	test('a section heading also ends the chat region', () => {
		const text = ['◆時間内にご発表できなかったチャット欄のコメント', '篠田構成員)', '意見。', '(2) 閉会', '後藤座長)', '以上で終わる。'].join('\n');
		expect(parseBody(lines(text), []).remarks.map((r) => r.chat)).toEqual([true, false]);
	});

	test('○ and 【】 layouts', () => {
		const text = ['○後藤座長　開会します。', '続けて説明します。', '○鈴木構成員', '賛成です。', '【佐藤企画官】', '承知しました。'].join('\n');
		expect(parseBody(lines(text), []).remarks.map((r) => [r.speaker, r.text])).toEqual([
			['後藤座長', '開会します。\n続けて説明します。'],
			['鈴木構成員', '賛成です。'],
			['佐藤企画官', '承知しました。'],
		]);
	});

	test('an empty remark is a warning with its line', () => {
		const diagnostics: Diagnostic[] = [];
		parseBody(lines('小山構成員)\n\n林構成員)\n\n発言。'), diagnostics);
		expect(diagnostics).toEqual([{ severity: 'warning', code: 'empty-remark', line: 1, message: expect.stringContaining('小山構成員') }]);
	});
});
