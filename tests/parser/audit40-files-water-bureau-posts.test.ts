/**
 * A water and sewerage bureau's sections before their head (`料金課長`, `給水課長`, `配水課長`, `浄水課長`, `工務課長`) are
 * posts held by no one named: the section's word had been read as a surname (料金) holding 課長. A surname before the
 * section's post still names its holder (`高橋料金課長`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseMinutes } from '../../src/parser/index.ts';

describe('a water bureau’s section heads', () => {
	test.each(['料金課長', '給水課長', '配水課長', '浄水課長', '工務課長'])('%s is a post alone', (label) => {
		expect(parseNameLabel(label)).toEqual({ name: null, title: label, affiliation: null });
	});

	test('a surname before the post is its holder', () => {
		expect(parseNameLabel('高橋料金課長')).toMatchObject({ name: '高橋', title: '料金課長' });
	});

	test('the secretariat and the turns of a council read so', () => {
		const minutes = `第１５回　ほたる市上下水道事業経営審議会　議事録
日時：令和６年５月３０日（木）１３時３０分～１５時００分
場所：ほたる市上下水道局　３階会議室
出席委員：大谷会長、今井副会長、遠山委員
事務局：上下水道局長、経営企画課長、料金課長
議題：水道料金の改定について（諮問）
○大谷会長　それでは、本日の議題に入ります。
○中西委員　低所得世帯への配慮を検討していただきたい。
○料金課長　基本料金の減免制度の拡充もあわせて検討します。
`;
		const meeting = parseMinutes(minutes, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const office = meeting?.participants.find((group) => group.group === '事務局');
		expect(office?.members.map((member) => [member.name, member.title])).toEqual([
			[null, '上下水道局長'],
			[null, '経営企画課長'],
			[null, '料金課長'],
		]);
		expect(meeting?.remarks.at(-1)?.speaker).toBe('料金課長');
	});
});
