/**
 * The Imperial Diet's records as text (帝国議会 会議録, typed from the 官報's 号外): the title in old forms names the session
 * of the 帝国議会, the house and the record (`第七十四回帝國議會衆議院議事速記録第五號`, a committee's numbered by its sittings,
 * `農地調整法案委員會議録（速記）第三回`), the rolls are headed `出席委員左ノ如シ`, the business `本日ノ會議ニ付シタル事件`, the
 * sitting's time follows the date on its line, and the 官報's running head is page furniture. They had been titled by the date
 * alone, filed with today's 衆議院 (the 貴族院's with no house at all), and a committee's read as plain paragraphs.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'teikoku.txt', sourceHash: '0'.repeat(64) })[0]!;

describe("a sitting of the Imperial Diet's houses", () => {
	test("the 衆議院's 議事速記録 is a sitting of its 本会議 in the 帝国議会's series, the 官報's head no part of a speech", () => {
		const result = read([
			'官報號外　昭和十四年一月二十五日　　衆議院議事速記録第五號',
			'第七十四回帝國議會衆議院議事速記録第五號',
			'',
			'昭和十四年一月二十四日（火曜日）',
			'　　　午後一時五分開議',
			'　議事日程　第五號',
			'　　昭和十四年一月二十四日',
			'　　　午後一時開議',
			'第一　國務大臣ノ演説ニ對スル質疑（前會ノ續）',
			'―――――――――――――――――――――',
			'○議長（小松原壽作君）　是ヨリ會議ヲ開キマス――大澤正之助君',
			'　　　〔大澤正之助君登壇〕',
			'○大澤正之助君　私ハ政府ノ經濟政策ニ付テ質問ヲ致サントスルモノデアリマス（拍手）',
			'四十二　　　官報號外　昭和十四年一月二十五日　　衆議院議事速記録第五號',
			'明確ナル答辯ヲ求メルノデアリマス（拍手）',
			'○國務大臣（公爵近江文彦君）　御答致シマス',
			'○議長（小松原壽作君）　本日ハ是ニテ散會致シマス',
			'　　　午後四時二十分散會',
		]);
		expect(result.family).toBe('diet');
		const meeting = result.meeting!;
		expect([meeting.title, meeting.series, meeting.sessionLabel, meeting.date, meeting.start, meeting.end]).toEqual(['第74回帝国議会 衆議院 本会議 第5号', '帝国議会 衆議院 本会議', '第74回帝国議会 第5号', '1939-01-24', '13:05', '16:20']);
		expect(meeting.agenda.map((item) => item.title)).toEqual(['國務大臣ノ演説ニ對スル質疑（前會ノ續）']);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長（小松原壽作君）', '大澤正之助君', '國務大臣（公爵近江文彦君）', '議長（小松原壽作君）']);
		expect(meeting.remarks[1]?.text).toBe('私ハ政府ノ經濟政策ニ付テ質問ヲ致サントスルモノデアリマス（拍手）明確ナル答辯ヲ求メルノデアリマス（拍手）');
	});

	test("the 貴族院's is its own house's", () => {
		const meeting = read([
			'第七十五回帝國議會貴族院議事速記録第三號',
			'',
			'昭和十五年一月二十六日（金曜日）',
			'　午前十時二十三分開會',
			'○議長（公爵松平賴壽君）　是ヨリ本日ノ會議ヲ開キマス',
			'○子爵高木正得君　私ハ簡單ニ二三ノ點ヲ御尋ネ致シマス',
			'○議長（公爵松平賴壽君）　本日ハ是ニテ散會致シマス',
			'　　　午後零時十五分散會',
		]).meeting!;
		expect([meeting.title, meeting.series]).toEqual(['第75回帝国議会 貴族院 本会議 第3号', '帝国議会 貴族院 本会議']);
	});
});

describe("a committee of the Imperial Diet", () => {
	test('its title over two lines, its rolls headed `…左ノ如シ`, its business and its time on the date line are read', () => {
		const result = read([
			'第七十四回帝國議會衆議院',
			'農地調整法案委員會議録（速記）第三回',
			'',
			'昭和十四年二月八日（水曜日）午前十時二十分開議',
			'出席委員左ノ如シ',
			'　委員長　田中三郎兵衞君',
			'　理事　　山崎達之輔君　　　理事　　濱田國松君',
			'出席國務大臣左ノ如シ',
			'　農林大臣　櫻内幸雄君',
			'出席政府委員左ノ如シ',
			'　農林書記官　小平權一君',
			'本日ノ會議ニ付シタル事件',
			'　農地調整法案（政府提出）',
			'　　　　　―――――――――――――',
			'○委員長（田中三郎兵衞君）　開會致シマス',
			'○岡本委員　農地ノ賣買ニ付テ伺ヒマス',
			'○櫻内國務大臣　御答ヘ致シマス',
			'○委員長（田中三郎兵衞君）　本日ハ是ニテ散會致シマス',
			'　　　午後零時三十分散會',
		]);
		expect(result.family).toBe('diet');
		const meeting = result.meeting!;
		expect([meeting.title, meeting.series, meeting.date, meeting.start, meeting.end]).toEqual(['第74回帝国議会 衆議院 農地調整法案委員会 第3号', '帝国議会 衆議院 農地調整法案委員会', '1939-02-08', '10:20', '12:30']);
		expect(meeting.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['出席委員', ['委員長　田中三郎兵衞君', '理事　　山崎達之輔君', '理事　　濱田國松君']],
			['出席国務大臣', ['農林大臣　櫻内幸雄君']],
			['出席政府委員', ['農林書記官　小平權一君']],
		]);
		expect(meeting.agenda.map((item) => item.title)).toEqual(['農地調整法案（政府提出）']);
		expect(meeting.remarks).toHaveLength(4);
	});

	test("a prefecture's 縣會 heading its 議事速記録 in the same words is no sitting of the Diet", () => {
		const result = read([
			'昭和五年第二回東岡縣會議事速記録第四號',
			'',
			'昭和五年十二月五日（金曜日）',
			'　午後一時開議',
			'出席者左ノ如シ',
			'　知事　　　　山縣　治郎君',
			'○議長（青木藤吉君）　是ヨリ會議ヲ開キマス',
			'○知事（山縣治郎君）　御答ヘ致シマス',
			'○議長（青木藤吉君）　本日ハ是ニテ散會致シマス',
			'　　午後三時十分散會',
		]);
		expect(result.family).not.toBe('diet');
	});
});

describe('a sitting of the Imperial Diet without its title line', () => {
	test('dated before the constitution of 1947, it is the 帝国議会\'s, apart from today\'s 本会議', () => {
		const result = read([
			'昭和十二年二月二十日（土曜日）',
			'　　　午後一時十一分開議',
			'　議事日程　第九號',
			'　　昭和十二年二月二十日',
			'　　　午後一時開議',
			'第一　國務大臣ノ演説ニ對スル質疑（前會ノ續）',
			'○議長（富田幸次郎君）　是ヨリ會議ヲ開キマス',
			'○濱田國松君　私ハ軍部ニ對シテ質問ヲ致シタイ（拍手）',
			'○議長（富田幸次郎君）　本日ハ是ニテ散會致シマス',
			'　　　午後四時散會',
		]);
		expect([result.family, result.meeting?.title, result.meeting?.series]).toEqual(['diet', '帝国議会 本会議 1937-02-20', '帝国議会 本会議']);
		expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['the house is not named: write it in the first line, e.g. "第七十回帝國議會衆議院議事速記録第九號"']);
	});
});
