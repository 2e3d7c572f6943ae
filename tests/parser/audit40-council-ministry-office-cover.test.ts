/**
 * A PDF's cover that names the issuing office by its head's post or its secretariat under a two-line title
 * (`議事録` / `内閣府政策統括官（政策調整担当）`, `…大臣官房`): the office is passed over as the cover's, and the record is read
 * with its 日時, roll and turns (it had been kept as a plain document of paragraphs, the layout not recognized).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (office: string) =>
	parseDocuments(
		[
			'第２回地域交通の担い手確保に関する有識者会議',
			'議事録',
			office,
			'',
			'１．日時：令和６年６月１１日（火）１６：００～１８：００',
			'２．場所：中央合同庁舎第８号館８階特別中会議室',
			'３．出席者：',
			'構成員　荻野　由香　座長',
			'内閣府　本間　参事官',
			'４．議事',
			'（１）運転士の確保について',
			'（２）意見交換',
			'',
			'○本間参事官　定刻になりましたので、ただいまから会議を開催いたします。',
			'○荻野座長　それでは議事に入ります。',
			'○本間参事官　資料１を御覧ください。',
		].join('\n'),
		{ source: 'a.txt', sourceHash: '0'.repeat(64) },
	)[0];

describe('an issuing office under the title named by a post', () => {
	test.each(['内閣府政策統括官（政策調整担当）', '内閣府大臣官房', '国土交通省総合政策局公共交通政策審議官', '内閣府政策統括官（経済財政分析担当）付'])('%s', (office) => {
		const result = read(office);
		expect(result?.family).toBe('council');
		expect(result?.meeting?.date).toBe('2024-06-11');
		expect(result?.meeting?.start).toBe('16:00');
		expect(result?.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['本間参事官', '荻野座長', '本間参事官']);
		expect(result?.meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['荻野　由香', '本間']);
		expect(result?.meeting?.agenda.map((item) => item.title)).toEqual(['運転士の確保について', '意見交換']);
	});
});
