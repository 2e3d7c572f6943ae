import { describe, expect, test } from 'vitest';
import { unboxTables } from '../../src/parser/box-tables.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { toSourceLines } from '../../src/parser/normalize.ts';

/** A committee's record whose header is a table drawn with box-drawing characters (as some assemblies' viewers copy it). */
const framedHeader = [
	'平成25年  議会改革特別委員会 − 10月29日−09号',
	'',
	'              第16回議会改革特別委員会',
	'',
	'┌──────┬────────────────────────────────────┐',
	'│      │                開会 午後 1時30分         │',
	'│日    時│平成25年10月29日(火)                      │',
	'│      │                閉会 午後 2時46分         │',
	'├──────┼────────────────────────────────────┤',
	'│      │◎道 下 文 男  〇町 田 皇 介   星 野 良 行        │',
	'│出席委員  │ 大 室   尚   斉 藤 哲 雄   小 川 明 仁        │',
	'│      │ 井 上   茂   新 井 金 作   長 沢   純        │',
	'│      │ 秋 山 も え   田 中 元三郎                  │',
	'├──────┼────────────────────────────────────┤',
	'│欠席委員  │ な し                                │',
	'├──────┼────────────────────────────────────┤',
	'│会議に付した│1 議会基本条例(素案)について                     │',
	'│事件    │2 その他                               │',
	'└──────┴────────────────────────────────────┘',
	'',
	'(開会 午後 1時30分)',
	'◎道下文男委員長 ただいまから第16回議会改革特別委員会を開会いたします。',
	' 本日の議題は、議会基本条例(素案)についてであります。',
	'〇町田皇介副委員長 私ども会派としては、第3章の議員間討議の規定について、もう少し具体的な記載が必要だと考えております。',
	'◎道下文男委員長 ほかに御意見はございますか。',
	'〇長沢純委員 開催方法は要綱で定めればよいのではないでしょうか。',
	'◎道下文男委員長 以上で本日の委員会を閉会いたします。',
];

describe('tables drawn with box-drawing characters', () => {
	test('a label column becomes a label line (on the border above) and its values on the lines below; every line keeps its number', () => {
		const lines = toSourceLines(framedHeader.join('\n'));
		const unboxed = unboxTables(lines);
		expect(unboxed?.map((source) => source.line)).toEqual(lines.map((source) => source.line));
		expect(unboxed?.slice(4, 19).map((source) => source.text.trim())).toEqual([
			'日時',
			'開会 午後 1時30分',
			'平成25年10月29日(火)',
			'閉会 午後 2時46分',
			'出席委員',
			'◎道 下 文 男  〇町 田 皇 介   星 野 良 行',
			'大 室   尚   斉 藤 哲 雄   小 川 明 仁',
			'井 上   茂   新 井 金 作   長 沢   純',
			'秋 山 も え   田 中 元三郎',
			'欠席委員',
			'な し',
			'会議に付した事件',
			'1 議会基本条例(素案)について',
			'2 その他',
			'',
		]);
		// A cell keeps the spaces before its text, so a roll's columns stay aligned from line to line.
		expect(unboxed?.[10]?.text).toBe(' 大 室   尚   斉 藤 哲 雄   小 川 明 仁');
		expect(unboxed?.slice(19)).toEqual(lines.slice(19));
	});

	test('so the header is read: date and sitting times, the roll of padded names in columns, the agenda, and every turn', () => {
		const result = parseMinutes(framedHeader.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		const meeting = result.meeting;
		expect(meeting?.date).toBe('2013-10-29');
		expect([meeting?.start, meeting?.end]).toEqual(['13:30', '14:46']);
		expect(meeting?.participants[0]?.members.map((member) => [member.text, member.name])).toEqual([
			['◎道下文男', '道下文男'],
			['〇町田皇介', '町田皇介'],
			['星野良行', '星野良行'],
			['大室 尚', '大室 尚'],
			['斉藤哲雄', '斉藤哲雄'],
			['小川明仁', '小川明仁'],
			['井上 茂', '井上 茂'],
			['新井金作', '新井金作'],
			['長沢 純', '長沢 純'],
			['秋山もえ', '秋山もえ'],
			['田中 元三郎', '田中 元三郎'],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['議会基本条例(素案)について', 'その他']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['道下文男委員長', '町田皇介副委員長', '道下文男委員長', '長沢純委員', '道下文男委員長']);
		expect(meeting?.remarks[0]?.text).toBe('ただいまから第16回議会改革特別委員会を開会いたします。\n本日の議題は、議会基本条例(素案)についてであります。');
	});

	test('a framed title loses its frame, and a roll in two columns apart by a bar reads as two members', () => {
		const text = [
			'平成22年第 4回定例会',
			'┌─────────────────────────────────┐',
			'│    平 成                          │',
			'│    22年   みなみ市議会会議録          │',
			'│              第 16 号              │',
			'└─────────────────────────────────┘',
			'  平成22年11月30日(火曜日)午前10時32分開会',
			'出 席 議 員(4名)',
			'  1番  岸 本   和 代 君 │ 2番  須 見   一 仁 君',
			'  3番  佐々木 昌 也 君 │ 4番  岡   孝 治 君',
			'説明のため出席した者の職氏名',
			'  市長     原   秀 樹 君 │ 総務部長   勝 目   康 君',
			'            午前10時32分開会',
			'○議長(岡孝治君) ただいまから平成22年第4回みなみ市議会定例会を開会いたします。',
			'   ───────────〇───────────',
			'○市長(原秀樹君) 議案について御説明申し上げます。',
			'○議長(岡孝治君) 本日はこれをもって散会いたします。',
		];
		const unboxed = unboxTables(toSourceLines(text.join('\n')));
		expect(unboxed?.slice(1, 6).map((source) => source.text)).toEqual(['', '平 成', '22年   みなみ市議会会議録', '第 16 号', '']);
		expect(unboxed?.[8]?.text).toBe('  1番  岸 本   和 代 君　　2番  須 見   一 仁 君');
		const meeting = parseMinutes(text.join('\n'), { source: 'b.txt', sourceHash: '0'.repeat(64) }).meeting;
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['出席議員', ['岸本 和代', '須見 一仁', '佐々木 昌也', '岡 孝治']],
			['説明のため出席した者', ['原秀樹', '勝目康']],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長(岡孝治君)', '市長(原秀樹君)', '議長(岡孝治君)']);
		// A rule with an ideographic zero between parts (`──〇──`) is no part of the remark before it.
		expect(meeting?.remarks[0]?.text).toBe('ただいまから平成22年第4回みなみ市議会定例会を開会いたします。');
	});

	test.each([
		['text without tables', ['第1回 研究会 議事要旨', '日時：令和5年2月1日']],
		['a rule between parts', ['○議長　開会します。', '──────────〇──────────', '○議長　散会します。']],
		['a pipe table', ['| 氏名 | 所属 |', '| --- | --- |', '| 山田 | 総務省 |']],
	])('%s: left as written', (_, texts) => {
		expect(unboxTables(toSourceLines(texts.join('\n')))).toBeNull();
	});
});
