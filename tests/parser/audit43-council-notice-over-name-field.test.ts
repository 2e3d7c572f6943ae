/**
 * A city's form for the record of its 審議会 opens with the notice's sentence, `次の審議会等を下記のとおり開催した。`, then `記`
 * and the numbered fields, the first the meeting's name: `１　会議名　　あおば市都市計画審議会（第１２３回）`. The name is the
 * title (series あおば市都市計画審議会, session 123) and `記` no line left unread (the sentence had been the title and the series,
 * the name a paragraph of the text, `記` warned about).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const read = (opening: string[]) => {
	const { meeting, diagnostics } = parseText(
		[
			...opening,
			'１　会議名　　あおば市都市計画審議会（第１２４回）',
			'２　開催日時　令和６年１１月８日（金）午前１０時００分～午前１１時１５分',
			'３　開催場所　あおば市役所本庁舎７階　大会議室',
			'４　出席者　　（委員）松永会長、青木委員、岡部委員',
			'　　　　　　　（事務局）都市計画課長　内田　剛',
			'５　議題',
			'　　議案第１号　あおば都市計画道路の変更について',
			'６　審議の経過及び結果',
			'　議案第１号について事務局から説明があり、次の質疑の後、原案のとおり可決された。',
			'　（青木委員）変更後の幅員はどうなるのか。',
			'　（事務局）現在の１２メートルから１６メートルに広がる。',
		].join('\n'),
		'a.txt',
	);
	return { title: meeting?.title, series: meeting?.series, session: meeting?.session, date: meeting?.date, unread: diagnostics.filter((d) => d.message.includes('記')).map((d) => d.message) };
};

describe('a notice’s sentence over the meeting’s name as a field', () => {
	test('次の審議会等を下記のとおり開催した。 / 記', () => {
		expect(read(['次の審議会等を下記のとおり開催した。', '', '記', ''])).toEqual({ title: 'あおば市都市計画審議会（第１２４回）', series: 'あおば市都市計画審議会', session: 124, date: '2024-11-08', unread: [] });
	});

	test('without 記', () => {
		expect(read(['次の審議会等を下記のとおり開催した。', ''])).toEqual({ title: 'あおば市都市計画審議会（第１２４回）', series: 'あおば市都市計画審議会', session: 124, date: '2024-11-08', unread: [] });
	});
});
