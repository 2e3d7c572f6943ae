/**
 * A town meeting's floor kept anonymous and told by sex or age (`参加者（男性）：`, `参加者（男性・７０代）：`, `発言者（７０代女性）`):
 * each a turn of its own (a bracket of two words had been no label, the question glued to the answer before it), no one's name
 * (`男性` had been read as one), and matched to no roll without a warning; nor is `司会：`, the meeting's own.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { resolvePeople } from '../../src/people/resolve.ts';

const lines = [
	'令和６年度　タウンミーティング（北部地区）　記録',
	'',
	'日　時：令和６年１１月９日（土）午後２時～午後３時３０分',
	'会　場：北部コミュニティセンター　ホール',
	'参加者：４２名',
	'市出席者：市長、都市整備部長',
	'',
	'司会：ただいまからタウンミーティングを開催いたします。',
	'参加者（男性）：北部地区のバス路線が減便されて困っています。',
	'市長：デマンド交通の導入を検討しています。',
	'参加者（女性）：公園の遊具が古くなっています。',
	'都市整備部長：来年度に遊具の更新を予定しています。',
	'参加者（男性・７０代）：高齢者の見守りについてどう考えていますか。',
	'市長：民生委員と連携して取り組みます。',
	'司会：以上で終了します。',
];

describe("a town meeting's floor told by sex or age", () => {
	test('each a turn of its own', () => {
		const { meeting } = parseMinutes(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['司会', '参加者（男性）', '市長', '参加者（女性）', '都市整備部長', '参加者（男性・７０代）', '市長', '司会']);
		expect(meeting?.remarks[4]?.text).toBe('来年度に遊具の更新を予定しています。');
	});

	test('no one named', () => {
		for (const label of ['参加者（男性）', '参加者（男性・７０代）', '発言者（７０代女性）', '市民（女性）']) expect(parseNameLabel(label)).toEqual({ name: null, title: null, affiliation: null });
		expect(parseNameLabel('組合員（４０２号室）')).toEqual({ name: null, title: '組合員', affiliation: '４０２号室' });
	});

	test('matched to no roll, without a warning', () => {
		const { meeting } = parseMinutes(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) });
		if (!meeting) throw new Error('no record');
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		expect(index.diagnostics.map((d) => d.message)).toEqual([]);
		expect(index.persons.some((person) => person.name === '男性' || person.name === '女性')).toBe(false);
	});
});
