/**
 * A 会議録 様式 read row by row (a PDF's table of labels and values, its `.docx`, its text): its first field names the meeting
 * with no title above it (`会議の名称　令和６年度第２回…審議会`, `会議名：…`), and its body is headed by the record's kind in
 * brackets (`審議経過（主な発言要旨）`). The name is the title, without its label (the record had been refused for want of a
 * title, or titled and named `会議名：…`), and the turns after that heading are the minutes (they had been read as more of
 * the handouts above, or the file refused for want of minutes text).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const groups = (meeting: ReturnType<typeof read>) => meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)]);

const TURNS = ['事務局（松田課長）　定刻となりましたので、ただいまから会議を開会いたします。', '', '小川会長　それでは議事に入ります。', '', '石井委員　増えた理由を伺いたい。'];

describe('a form whose first field names the meeting', () => {
	test('`会議の名称` on the first line gives the title and the series, without the label', () => {
		const meeting = read(['会議の名称　令和６年度第２回みどり市環境審議会', '', '開催日時　　令和６年１１月２０日（水）午後２時から午後３時まで', '', '開催場所　　市役所本庁舎４階　第一会議室', '', '出席者　　　（委員）小川　健一、石井　誠', '', '審議経過', '', ...TURNS]);
		expect(meeting?.title).toBe('令和６年度第２回みどり市環境審議会');
		expect(meeting?.series).toBe('みどり市環境審議会');
		expect(meeting?.date).toBe('2024-11-20');
		expect(groups(meeting)).toEqual([['委員', ['小川　健一', '石井　誠']]]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['事務局（松田課長）', '小川会長', '石井委員']);
	});

	test('`会議名：` on the first line too', () => {
		const meeting = read(['会議名：第３回さくら市景観審議会', '日時：令和６年１１月２０日（水）午後２時から', '場所：市役所', '出席者：小川　健一、石井　誠', '議事', ...TURNS]);
		expect(meeting?.title).toBe('第３回さくら市景観審議会');
		expect(meeting?.series).toBe('さくら市景観審議会');
	});
});

describe('a body headed by its kind in brackets', () => {
	test('`審議経過（主な発言要旨）` heads the minutes after the handouts', () => {
		const meeting = read(['会　議　録', '', '会議の名称　令和６年度第２回みどり市環境審議会', '', '開催日時　　令和６年１１月２０日（水）午後２時から午後３時まで', '', '出席者　　　（委員）小川　健一会長、石井　誠委員', '', '会議資料　　資料１　進捗状況報告書', '　　　　　　資料２　改定スケジュール（案）', '', '審議経過（主な発言要旨）', '', ...TURNS]);
		expect(meeting?.title).toBe('令和６年度第２回みどり市環境審議会 会議録');
		expect(meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['資料１', '進捗状況報告書'],
			['資料２', '改定スケジュール（案）'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['事務局（松田課長）', '小川会長', '石井委員']);
	});
});
