/**
 * An association's file of a year's meetings, each headed by a bare title (`第２回理事会`) with its date field below it, or a
 * board of education's list of sittings (`第５回定例会（令和６年８月２２日開催）`): one page per meeting, each titled and named
 * after the body the file's first line names. Before, the file was one page dated by its first meeting, each later meeting's
 * header glued into the last remark before it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const meeting = (n: string, date: string, chair: string) => `第${n}回理事会

日　時　${date}（火）１８時３０分～２０時００分
場　所　みなと市民センター　第２会議室
出席者　${chair}理事長、高木理事、林理事
欠席者　なし

１　審議事項
${chair}理事長：第${n}回の議案を審議します。
高木理事：異議ありません。
（異議なし）
→原案のとおり承認された。
`;

const YEAR = `一般社団法人みなと地域交通協議会
令和６年度　理事会議事録

${meeting('１', '令和６年４月１６日', '中村')}
${meeting('２', '令和６年６月１８日', '中村')}
${meeting('３', '令和６年９月１０日', '佐藤')}`;

const read = (text: string) => parseDocuments(text, { source: 'rijikai.txt', sourceHash: '0'.repeat(64) }).map((result) => result.meeting!);

describe('a file of meetings under bare titles', () => {
	test('one page per meeting, named after the body', () => {
		const meetings = read(YEAR);
		expect(meetings.map((m) => [m.title, m.series, m.date])).toEqual([
			['一般社団法人みなと地域交通協議会　第１回理事会', '一般社団法人みなと地域交通協議会　理事会', '2024-04-16'],
			['一般社団法人みなと地域交通協議会　第２回理事会', '一般社団法人みなと地域交通協議会　理事会', '2024-06-18'],
			['一般社団法人みなと地域交通協議会　第３回理事会', '一般社団法人みなと地域交通協議会　理事会', '2024-09-10'],
		]);
		// No meeting's header is glued into the remark before it.
		for (const m of meetings) {
			expect(m.remarks.map((remark) => remark.text).join('\n')).not.toMatch(/第[０-９]回理事会|日　時/u);
			expect(m.remarks.map((remark) => remark.speaker)).toEqual([`${m.date === '2024-09-10' ? '佐藤' : '中村'}理事長`, '高木理事']);
		}
	});

	test('a table of contents of such titles, then one meeting, is one page', () => {
		const text = `一般社団法人みなと地域交通協議会\n\n目次\n第１回理事会（令和６年４月１６日）\n第２回理事会（令和６年６月１８日）\n\n${meeting('２', '令和６年６月１８日', '中村')}`;
		expect(read(text).map((m) => m.date)).toEqual(['2024-06-18']);
	});

	test('the next meeting announced at the end is no meeting of its own', () => {
		const text = `一般社団法人みなと地域交通協議会\n\n${meeting('４', '令和６年１０月８日', '中村')}\n５　次回予定\n第５回理事会\n日　時　令和６年１２月１０日（火）１８時３０分\n場　所　みなと市民センター\n\n以上\n`;
		expect(read(text).map((m) => m.date)).toEqual(['2024-10-08']);
	});

	test('a bare title once is one meeting', () => {
		expect(read(`一般社団法人みなと地域交通協議会\n\n${meeting('１', '令和６年４月１６日', '中村')}`)).toHaveLength(1);
	});
});
