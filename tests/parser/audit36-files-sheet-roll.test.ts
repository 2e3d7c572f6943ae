import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** Minutes kept in a spreadsheet and saved as CSV, with no row listing who attended: the speakers are the roll. */
const SHEET = [
	'第１３回　ひかり県子ども・子育て会議　議事録,,',
	'開催日,令和７年３月１９日,',
	'場所,ひかり県庁　第３委員会室,',
	'発言者,役職,発言内容',
	'大西,会長,"定刻となりましたので開会いたします。',
	'本日は委員７名の出席です。"',
	'森本,こども家庭課長,資料１により進捗を御説明します。',
	'北川,委員,病児保育が伸びない理由を伺います。',
	'森本,こども家庭課長,看護師の確保が最大の課題でございます。',
	'大西,会長,以上で本日の議事を終了いたします。',
	'',
].join('\r\n');

/** A tab-separated sheet of turns whose speakers are named without posts. */
const TABBED = ['会議名\t防災まちづくり懇談会', '開催日\t2025/02/14', 'No\t発言者\t内容', '1\t高野\t開会します。', '2\t岸本 美帆\t避難所の備蓄について伺います。', '3\t高野\t次回に報告します。', ''].join('\n');

describe('a spreadsheet of turns without a roll', () => {
	test('each speaker is a participant once, with the post of the post column', () => {
		const { meeting } = parseMinutes(SHEET, { source: 'kodomo.csv', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['大西', '会長'],
			['森本', 'こども家庭課長'],
			['北川', '委員'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大西会長', '森本こども家庭課長', '北川委員', '森本こども家庭課長', '大西会長']);
	});

	test('a sheet naming its speakers without posts is read, each speaker a participant by name', () => {
		const { meeting } = parseMinutes(TABBED, { source: 'bousai.tsv', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['高野', '岸本 美帆']);
		expect(meeting?.remarks).toHaveLength(3);
	});

	test('a sheet that lists its attendees keeps that roll alone', () => {
		const listed = SHEET.replace('場所,', '出席者,大西会長、北川委員、小泉委員\r\n場所,');
		const { meeting } = parseMinutes(listed, { source: 'kodomo.csv', sourceHash: '0'.repeat(64) });
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['大西', '北川', '小泉']);
	});
});
