/**
 * A 審議会's roll with the persons heard as a group of their own (`参考人` over `北村参考人（国立感染症研究所）`, as a 厚生労働省
 * page lists them between the members and the secretariat): `参考人` heads a group, as `説明者` does, and `北村参考人（…）` is
 * 北村, heard, from the body in brackets (no one named `参考人`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments, parseNameLabel } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe('persons heard', () => {
	test('`参考人` heads a group of the roll', () => {
		const meeting = read(['第18回研究開発部会 議事録', '', '日時', '', '令和7年3月12日（水）10:00～12:00', '', '出席者', '', '委員', '岡野部会長、川端委員', '', '参考人', '北村参考人（国立感染症研究所）、南参考人（東都大学）', '', '事務局', '吉岡課長補佐', '', '議事', '', '○岡野部会長　開会します。', '○北村参考人　御説明いたします。']);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			[
				'委員',
				[
					['岡野', '部会長', null],
					['川端', '委員', null],
				],
			],
			[
				'参考人',
				[
					['北村', '参考人', '国立感染症研究所'],
					['南', '参考人', '東都大学'],
				],
			],
			['事務局', [['吉岡', '課長補佐', null]]],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['岡野部会長', '北村参考人']);
	});

	test('a person heard, with the body in brackets', () => {
		expect(parseNameLabel('北村参考人（国立感染症研究所）')).toEqual({ name: '北村', title: '参考人', affiliation: '国立感染症研究所' });
		expect(parseNameLabel('参考人')).toEqual({ name: null, title: '参考人', affiliation: null });
	});
});
