/**
 * Rolls of boards, PTAs and auditors: a word heading a line of posts and names (`本部役員　会長　大塚、副会長　片山`, `学校
 * 校長　今村、教頭　宇野`) heads a group of them; a numbered group with its head count (`（１）理事　　７名中６名出席`) is that
 * group, the count its note; and the posts of auditors and of a PTA's treasurer's check (`代表監査委員`, `監査委員`,
 * `会計監査`) before a name. Each had left a member without a name.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const groups = (lines: readonly string[]) =>
	parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title])]);

describe('rolls of boards, PTAs and auditors', () => {
	test("a PTA's roll: a word heading each line of posts and names", () => {
		expect(
			groups([
				'令和６年度　第３回　運営委員会　議事録',
				'市立さくら台中学校PTA',
				'',
				'日　時：令和６年１０月１５日（火）１９：００～２０：３０',
				'場　所：さくら台中学校　会議室',
				'出席者：',
				'　本部役員　会長　大塚、副会長　片山、書記　千葉',
				'　学校　　　校長　今村、教頭　宇野',
				'欠席者：会計監査　宮崎',
				'',
				'【議事内容】',
				'大塚会長：本日はよろしくお願いします。',
			]),
		).toEqual([
			['本部役員', null, [['大塚', '会長'], ['片山', '副会長'], ['千葉', '書記']]],
			['学校', null, [['今村', '校長'], ['宇野', '教頭']]],
			['欠席者', null, [['宮崎', '会計監査']]],
		]);
	});

	test("a school corporation's 理事会: numbered groups with their head counts", () => {
		expect(
			groups([
				'学校法人　桐光学園',
				'令和６年度第２回理事会議事録',
				'',
				'１　日時　令和６年５月２５日（土）午後２時００分～午後３時３０分',
				'２　場所　法人本部第一会議室',
				'３　出席者',
				'　（１）理事　　７名中６名出席',
				'　　　　理事長　石川　和夫',
				'　　　　理事　　上田　美和（学長）',
				'　（２）監事　　２名中２名出席',
				'　　　　監事　　古川　博、水野　ゆり',
				'',
				'４　議事',
				'　理事長が議長となり、議事に入った。',
			]),
		).toEqual([
			['理事', '７名中６名出席', [['石川　和夫', '理事長'], ['上田　美和', '理事']]],
			['監事', '２名中２名出席', [['古川　博', '監事'], ['水野　ゆり', '監事']]],
		]);
	});

	test("a city's auditors", () => {
		expect(
			groups([
				'令和６年度　第５回　監査委員協議会　会議録',
				'',
				'日時　令和６年１０月２５日（金）午後１時３０分から午後２時４０分まで',
				'場所　北山市役所　監査委員室',
				'出席者　代表監査委員　桜井　保',
				'　　　　監査委員　　　遠藤　ひろみ（議会選出）',
				'',
				'内容',
				'桜井代表監査委員　計数に誤りはないと認めます。',
			]),
		).toEqual([['出席者', null, [['桜井　保', '代表監査委員'], ['遠藤　ひろみ', '監査委員']]]]);
	});
});
