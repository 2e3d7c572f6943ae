/**
 * A council's 速記録 as a ministry publishes it: the record's word alone under the title (`…部会（第１０回）` / `速　記　録`), the
 * date, time and place on lines of their own, then `議　事` over the items and `配付資料一覧` over the handouts. It had been refused
 * as a council's and kept as a plain document (no agenda, no handouts, the items headings of the text).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const RECORD = [
	'',
	'令和６年６月２０日（木）',
	'１４：００～１６：００',
	'ＷＥＢ会議',
	'',
	'議　事',
	'　（１）水質環境基準の見直しについて',
	'　（２）報告事項',
	'　（３）その他',
	'',
	'配付資料一覧',
	'　資料１　水質環境基準の見直しについて（案）',
	'　参考資料１　委員名簿',
	'',
	'午後２時００分　開会',
	'',
	'◎部会長　それでは、ただいまから部会を開会いたします。',
	'◎事務局　資料１を御覧ください。',
	'◎山川委員　山川です。基準値の設定根拠について確認させてください。',
	'',
	'午後３時５０分　閉会',
];

describe("a council's 速記録", () => {
	test('is read as a council record with its header', () => {
		const result = parse(['中央環境審議会　水環境・土壌農薬部会（第１０回）', '速　記　録', ...RECORD]);
		expect(result?.family).toBe('council');
		const meeting = result?.meeting;
		expect([meeting?.series, meeting?.session, meeting?.date, meeting?.start, meeting?.location]).toEqual(['中央環境審議会　水環境・土壌農薬部会', 10, '2024-06-20', '14:00', 'ＷＥＢ会議']);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['水質環境基準の見直しについて', '報告事項', 'その他']);
		expect(meeting?.handouts.map((handout) => handout.id)).toEqual(['資料１', '参考資料１']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['部会長', '事務局', '山川委員']);
	});

	test('議事速記録 too', () => {
		expect(parse(['中央環境審議会　水環境・土壌農薬部会（第１０回）', '議事速記録', ...RECORD])?.meeting?.agenda).toHaveLength(3);
	});
});
