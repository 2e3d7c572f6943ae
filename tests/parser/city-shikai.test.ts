/**
 * Cities whose assembly calls itself 市会 (横浜市会, 名古屋市会, 京都市会, 大阪市会, 神戸市会) and its sessions 定例市会: the
 * assembly reader reads them, named. Before, `令和６年第１回定例市会` went to the council reader (series `定例市会（２月議会）`) and
 * `みなと浜市会定例会` was read as an assembly without a name (the file's name stood for it).
 */
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { ASSEMBLY_NAME } from '../../src/parser/readers/shared.ts';

const BODY = `
令和６年３月１日（金曜日）

議事日程（第５日）
　日程第１　第１号議案から第２５号議案まで

出席議員（４名）
　　１番　青　木　　　勝　　　　　２番　朝　倉　由　紀
　　３番　天　野　　　誠　　　　　４番　五十嵐　浩　一

説明のため出席した者
　市長　　　　　　　　久　保　喜　三

　　　　　　　　　（午前１０時１分開議）
◯議長（安達和彦君）　ただいまより本日の会議を開きます。
◯総務財政委員長（石丸和美君）　総務財政委員会における審査の結果を御報告申し上げます。
◯議長（安達和彦君）　これにて散会いたします。
　　　　　　　　　（午前１１時２０分散会）
`;

const read = (text: string) => parseMinutes(text, { source: 'minato.txt', sourceHash: '0'.repeat(64) }).meeting!;

describe('an assembly that calls itself 市会', () => {
	test('定例市会 in the title, the 市会 on the next line', () => {
		const meeting = read(`令和６年第１回定例市会（２月議会）（第５日）\n　　　　　　　　　　　　　　みなと浜市会\n${BODY}`);
		expect([meeting.series, meeting.sessionLabel, meeting.date]).toEqual(['みなと浜市会', '令和6年第1回定例会 第5日', '2024-03-01']);
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長（安達和彦君）', '総務財政委員長（石丸和美君）', '議長（安達和彦君）']);
		expect(meeting.participants.map((group) => group.group)).toContain('出席議員');
	});

	test('the 市会 before 定例会', () => {
		const meeting = read(`令和６年第１回みなと浜市会定例会（第５日）\n${BODY}`);
		expect([meeting.series, meeting.sessionLabel]).toEqual(['みなと浜市会', '令和6年第1回定例会 第5日']);
	});

	test('市会議員, 都市会議 and 定例市会 name no assembly', () => {
		for (const text of ['元市会議員の山田氏', '全国都市会議', '令和６年第１回定例市会']) expect(ASSEMBLY_NAME.exec(text), text).toBeNull();
		expect(ASSEMBLY_NAME.exec('令和６年第１回定例市会 みなと浜市会')?.groups?.name).toBe('みなと浜市会');
	});
});
