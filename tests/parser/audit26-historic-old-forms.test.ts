/**
 * Minutes typed from old print keep the old forms of characters (旧字体) in their header words, rolls and posts
 * (`第一回國會`, `本會議`, `第十號`, `缺席議員`, `出席國務大臣`, `定例會會議録`): they are recognised as today's forms are,
 * while every name and text keeps the characters as written (`德`, `壽`, `髙`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'old.txt', sourceHash: '0'.repeat(64) })[0]!;
const groups = (result: ReturnType<typeof read>) => result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)]);

describe('old forms in a city assembly of 1948', () => {
	const result = read([
		'昭和二十三年第一回東山市議會定例會會議録（第二號）',
		'',
		'昭和二十三年三月五日（金曜日）午前十時三十分開議',
		'出席議員（四名）',
		'　一番　安藤　一郎君　　　二番　伊藤　次郎君',
		'　三番　上田　三郎君　　　四番　江藤　四郎君',
		'缺席議員（一名）',
		'　五番　木村　五郎君',
		'説明のため出席した者',
		'　市長　　　佐藤　壽一君',
		'　助役　　　鈴木　德次君',
		'○議長（安藤一郎君）　只今から本日の會議を開きます。',
		'○番外（市長佐藤壽一君）　議案について御説明申し上げます。',
		'○三番（上田三郎君）　質問いたします。',
		'○議長（安藤一郎君）　本日はこれで散會いたします。',
		'　　　午後三時五分散會',
	]);

	test('the assembly, its sitting and its number are read from the old forms', () => {
		expect(result.family).toBe('assembly');
		expect([result.meeting?.series, result.meeting?.date, result.meeting?.start, result.meeting?.end]).toEqual(['東山市議会', '1948-03-05', '10:30', '15:05']);
	});

	test('the absent are a roll of their own, and names keep their old forms', () => {
		expect(groups(result)).toEqual([
			['出席議員', ['一番　安藤　一郎君', '二番　伊藤　次郎君', '三番　上田　三郎君', '四番　江藤　四郎君']],
			['欠席議員', ['五番　木村　五郎君']],
			['説明のため出席した者', ['市長　　　佐藤　壽一君', '助役　　　鈴木　德次君']],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（安藤一郎君）', '番外（市長佐藤壽一君）', '三番（上田三郎君）', '議長（安藤一郎君）']);
	});
});

describe('old forms in the first sessions of the Diet', () => {
	test('`第一回國會　衆議院　本會議　第十號` is the title of a sitting of the house', () => {
		const result = read([
			'第一回國會　衆議院　本會議　第十號',
			'',
			'昭和二十二年七月一日（火曜日）',
			'　　午後一時三十八分開議',
			'○議長（松浦駒太郎君）　これより會議を開きます。',
			'○西尾末雄君　政府に質問をいたします。（拍手）',
			'○國務大臣（片岡哲夫君）　お答えいたします。',
			'○議長（松浦駒太郎君）　本日はこれにて散會いたします。',
			'　　　午後四時十二分散會',
		]);
		expect([result.family, result.meeting?.title, result.meeting?.series]).toEqual(['diet', '第1回国会 衆議院 本会議 第10号', '衆議院 本会議']);
	});

	test("a committee's rolls under `出席國務大臣` and `出席政府委員` are read, the minister's post as written", () => {
		const result = read([
			'第二回國會　衆議院',
			'財政及び金融委員會議録　第十二號',
			'',
			'昭和二十三年五月二十日（木曜日）',
			'　　午前十時五十分開議',
			'　出席委員',
			'　　委員長　小坂善太郎君',
			'　　理事　川野芳滿君',
			'　出席國務大臣',
			'　　大藏大臣　北村德太郎君',
			'　出席政府委員',
			'　　大藏事務官　福田赳夫君',
			'○小坂委員長　これより會議を開きます。',
			'○北村國務大臣　提案理由を御説明申し上げます。',
			'○小坂委員長　本日はこれにて散會いたします。',
			'　　午後零時二十三分散會',
		]);
		expect([result.meeting?.title, result.meeting?.series]).toEqual(['第2回国会 衆議院 財政及び金融委員会 第12号', '衆議院 財政及び金融委員会']);
		expect(groups(result)).toEqual([
			['出席委員', ['委員長　小坂善太郎君', '理事　川野芳滿君']],
			['出席国務大臣', ['大藏大臣　北村德太郎君']],
			['出席政府委員', ['大藏事務官　福田赳夫君']],
		]);
	});
});
