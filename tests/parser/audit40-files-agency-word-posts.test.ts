/**
 * A prefecture's or a ministry's post that opens with an agency's word (`医療政策課長`, `雇用政策課長`, `資源政策課長`) is a
 * post held by no one named: the word had been read as a surname (医療) holding 政策課長. A surname before such a word
 * still begins the post (`金田労働局長`), and an office named at length stays whole (`村田在宅医療推進室長`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseMinutes } from '../../src/parser/index.ts';

const MINUTES = `第７回　地域包括ケア推進部会　議事要旨
１．日時　令和６年１１月１２日（火）１５時００分～１６時３０分
２．場所　ちとせ県庁本館４階　４０１会議室
３．出席者
（委員）　浜口部会長、戸田委員、西岡委員
（事務局）　医療政策課長、村田在宅医療推進室長、健康長寿課長
４．議事概要
○浜口部会長　定刻となりましたので始めます。
○医療政策課長　資料１に沿って、訪問診療を行う診療所の数の推移を説明します。
○戸田委員　夜間の往診に対応できる診療所は、そのうちいくつでしょうか。
○村田在宅医療推進室長　２４時間対応の届出をしている診療所は５１か所です。
`;

describe('posts opening with an agency word', () => {
	test.each(['医療政策課長', '雇用政策課長', '資源政策課長', '医療情報課長'])('%s is a post alone', (label) => {
		expect(parseNameLabel(label)).toEqual({ name: null, title: label, affiliation: null });
	});

	test('a surname before the agency word still begins the post', () => {
		expect(parseNameLabel('金田労働局長')).toMatchObject({ name: '金田', title: '労働局長' });
		expect(parseNameLabel('村田在宅医療推進室長').name).toBeNull();
	});

	test('the secretariat of a council lists the posts whole, and the turn speaks as the post', () => {
		const meeting = parseMinutes(MINUTES, { source: 'a.pdf', sourceHash: '0'.repeat(64) }).meeting;
		const office = meeting?.participants.find((group) => group.group === '事務局');
		expect(office?.members.map((member) => [member.name, member.title])).toEqual([
			[null, '医療政策課長'],
			[null, '村田在宅医療推進室長'],
			[null, '健康長寿課長'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['浜口部会長', '医療政策課長', '戸田委員', '村田在宅医療推進室長']);
	});
});
