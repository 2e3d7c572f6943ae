/**
 * A board of education's minutes list the business under a bare `議事` by the items' own numbers (`議案第１号　…`,
 * `報告第１号　…`), not numbered as a list: those lines are the agenda, whether the text below takes each up again as its
 * heading or goes on with the turns.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const header = [
	'令和６年第１５回東山県教育委員会定例会会議録',
	'',
	'１　開会日時　令和６年１０月２４日（木）午後１時３０分',
	'２　場　　所　東山県庁議会棟　第３会議室',
	'３　出席者',
	'　　教育長　　　　　　佐伯　和彦',
	'　　委員　　　　　　　田島　誠一',
	'４　議事',
	'　議案第１号　令和７年度東山県立高等学校入学者選抜実施要綱について',
	'　議案第２号　東山県教育委員会職員の懲戒処分について',
	'　報告第１号　令和６年度全国学力・学習状況調査の結果について',
	'',
];
const items = ['議案第１号　令和７年度東山県立高等学校入学者選抜実施要綱について', '議案第２号　東山県教育委員会職員の懲戒処分について', '報告第１号　令和６年度全国学力・学習状況調査の結果について'];

describe('items of business by their own numbers under a bare 議事', () => {
	test('taken up again as headings below: the agenda, the headings the text', () => {
		const text = [
			...header,
			'【開会】',
			'○佐伯教育長　ただいまから、定例会を開会いたします。',
			'',
			'議案第１号　令和７年度東山県立高等学校入学者選抜実施要綱について',
			'○田島委員　面接の配点はどうなりますか。',
			'○佐伯教育長　議案第１号は原案どおり可決されました。',
			'',
			'報告第１号　令和６年度全国学力・学習状況調査の結果について',
			'○佐伯教育長　報告を了承します。',
			'',
			'議案第２号　東山県教育委員会職員の懲戒処分について',
			'（非公開）',
		].join('\n');
		const result = parseText(text, 'kyoiku.txt');
		expect(result.meeting?.agenda.map((item) => item.title)).toEqual(items);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['佐伯教育長', '田島委員', '佐伯教育長', '佐伯教育長']);
	});

	test('the turns right under them: the agenda', () => {
		const text = [...header, '○佐伯教育長　ただいまから、定例会を開会いたします。', '○田島委員　質問します。'].join('\n');
		expect(parseText(text, 'kyoiku.txt').meeting?.agenda.map((item) => item.title)).toEqual(items);
	});
});
