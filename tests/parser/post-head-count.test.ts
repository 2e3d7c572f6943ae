/**
 * A head count after a post on a line of its own (`執行委員　１５名中１４名出席`), as a union's or an association's record writes
 * who came under its header, is a line of the record, never a turn of that post.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

describe('a head count after a post', () => {
	for (const count of ['執行委員　１５名中１４名出席', '理事　１０名出席', '監事　２名']) {
		test(`\`${count}\` is no turn`, () => {
			const meeting = read(['みなと交通労働組合', '第５８回定期大会　議事録', '', '日　時　　２０２４年９月２１日（土）　１３時００分～１６時３０分', '会　場　　みなと市勤労会館　大ホール', '代議員定数　６０名　　出席代議員　５７名', count, '来賓　みなと地区労働組合協議会　議長　野村　健二', '', '１．開会', '　司会の高山青年部長が開会を宣言した。', '２．執行委員長あいさつ', '　中西執行委員長　本日はご参集いただきありがとうございます。', '　大島書記長　第１号議案を提案します。']);
			expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['中西執行委員長', '大島書記長']);
		});
	}
	test('a post that speaks of a count in a sentence still speaks', () => {
		const meeting = read(['みなと交通労働組合', '第５８回定期大会　議事録', '', '日　時　　２０２４年９月２１日（土）　１３時００分', '会　場　　みなと市勤労会館', '', '１．開会', '　中西執行委員長　ご参集ありがとうございます。', '執行委員：　１５名中１４名が出席しています。']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['中西執行委員長', '執行委員']);
	});
});
