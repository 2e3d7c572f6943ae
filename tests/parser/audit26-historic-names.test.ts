/**
 * Who speaks in old records: a post in old forms after the surname (`○櫻内國務大臣`), a peer's rank before the name
 * (`○男爵井田磐楠君`, `○議長（公爵德川家正君）`, a 貴族院 roll's `委員長　　伯爵　酒井忠正君`), and an official without a seat with
 * post and name in the bracket (`○番外（市長佐藤壽一君）`) are read as today's are, every name kept as written; a 文語
 * closing over the signatures (`右會議ノ顛末ヲ記シ茲ニ署名ス`) opens them, as `ここに署名する。` does.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseNameLabel } from '../../src/parser/names.ts';

describe('labels in old forms', () => {
	test('a post in old forms after the surname, and a peer rank before the name', () => {
		expect(parseNameLabel('櫻内國務大臣')).toEqual({ name: '櫻内', title: '國務大臣', affiliation: null });
		expect(parseNameLabel('男爵井田磐楠君')).toEqual({ name: '井田磐楠', title: '君', affiliation: null });
		expect(parseNameLabel('議長（公爵德川家正君）')).toEqual({ name: '德川家正', title: '議長', affiliation: null });
	});

	test('an official without a seat named with the post in the bracket', () => {
		expect(parseNameLabel('番外（市長佐藤壽一君）')).toEqual({ name: '佐藤壽一', title: '市長', affiliation: null });
	});

	test("a 貴族院 committee's roll: the rank is no part of the post", () => {
		const meeting = parseDocuments(
			[
				'第七十三回帝國議會',
				'貴族院國家總動員法案特別委員會議事速記録第二號',
				'',
				'昭和十三年三月十五日（火曜日）',
				'　午前十時四十分開會',
				'出席者左ノ如シ',
				'　委員長　　伯爵　酒井忠正君',
				'　委員',
				'　　男爵　井田磐楠君',
				'○委員長（伯爵酒井忠正君）　是ヨリ開會致シマス',
				'○男爵井田磐楠君　本法案ノ第一條ニ付テ伺ヒマス',
				'○委員長（伯爵酒井忠正君）　本日ハ是ニテ散會致シマス',
				'　　　午後零時五分散會',
			].join('\n'),
			{ source: 'kizokuin.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['酒井忠正', '委員長'],
			['井田磐楠', '委員'],
		]);
	});
});

describe('the signatures under an old record', () => {
	test('`右會議ノ顛末ヲ記シ茲ニ署名ス` and who signed are notes, not the last remark', () => {
		const meeting = parseDocuments(
			[
				'大正十五年　北野村會議事録',
				'',
				'一、日時　大正十五年三月二十日午前十時',
				'一、場所　北野村役場',
				'○議長（村長小林與四郎）　開會ヲ宣ス',
				'○議長　午後二時閉會ヲ宣ス',
				'右會議ノ顛末ヲ記シ茲ニ署名ス',
				'　　議長　村長　小林　與四郎',
				'　　會議録署名議員　今井　源太郎',
			].join('\n'),
			{ source: 'old.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.remarks.at(-1)?.text).toBe('午後二時閉會ヲ宣ス');
	});
});
