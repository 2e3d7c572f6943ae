/**
 * A joint meeting's title set over several lines, each body's name on its own and the record's word last (`…審議会…部会` /
 * `…審議会…小委員会` / `合同会議` / `議事録`): one title of them all, and the header under it read (the first line alone had
 * been the title, or the file a plain document).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const BODY = [
	'',
	'日時：令和６年６月２０日（木）１５：００～１７：００',
	'場所：経済産業省本館１７階第１共用会議室',
	'',
	'出席者',
	'（中央審議会）酒井部会長、高梨委員',
	'（産業審議会）細谷委員長、森本委員',
	'',
	'○酒井部会長　ただいまから合同会議を開催いたします。',
	'○高梨委員　回収量の目標について、自治体ごとの差が大きいと思います。',
	'○細谷委員長　事業者の自主回収の実績も示していただきたいと思います。',
];

describe("a joint meeting's title over several lines", () => {
	test('three bodies stacked over 議事録 are one title', () => {
		const result = parse(['中央審議会循環型社会部会', '産業審議会産業技術分科会リサイクル小委員会', '合同会議', '議事録', ...BODY]);
		expect(result?.meeting?.title).toBe('中央審議会循環型社会部会 産業審議会産業技術分科会リサイクル小委員会 合同会議 議事録');
		expect(result?.meeting?.series).toBe('中央審議会循環型社会部会 産業審議会産業技術分科会リサイクル小委員会 合同会議');
		expect(result?.meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([['中央審議会', 2], ['産業審議会', 2]]);
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['酒井部会長', '高梨委員', '細谷委員長']);
	});

	test('two bodies over 議事要旨 too', () => {
		const result = parse(['交通審議会地域交通部会', '運輸審議会小委員会', '議事要旨', ...BODY]);
		expect(result?.meeting?.title).toBe('交通審議会地域交通部会 運輸審議会小委員会 議事要旨');
	});
});
