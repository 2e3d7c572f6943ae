/**
 * A prefecture's 懇話会 議事概要 gives the members' opinions without their names, each after the member's letter in round
 * brackets on the words' line, as the office's answer is given after `（事務局）`: `（委員Ａ）中高生の不読率が高い。…`,
 * `（Ｂ委員）…`, `（委員１）…`. Each is a turn of that unnamed member (they had been paragraphs of the record, or, after an
 * answer, more of the office's words); a letter alone in brackets, `（Ａ）…`, numbers a list and stays text.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const turns = (label: string) =>
	parseText(
		[
			'第３回　みどり県子どもの読書活動推進計画策定懇話会　議事概要',
			'',
			'日　時：令和６年１０月３日（木）１３：３０～１５：００',
			'場　所：みどり県庁　西庁舎３階　３０２会議室',
			'出席者：',
			'　委員　　久米座長、宮崎副座長、内藤委員、荒井委員',
			'　事務局　生涯学習課長',
			'',
			'議事の概要',
			'１　第五次計画（素案）について',
			'　事務局から資料１に基づき説明を行った後、意見交換を行った。',
			`${label}学校図書館の開館時間を延ばす取組を計画に書いてほしい。`,
			'（事務局）司書の配置と合わせて検討する。',
			`${label}読み聞かせボランティアの担い手の育成が課題である。`,
			'（座長）本日の意見を踏まえて修正していただきたい。',
		].join('\n'),
		'a.txt',
	).body.flatMap((section) => section.children.map((b) => (b.type === 'remark' ? [b.speaker, b.children.length] : b.type)));

describe('an unnamed member in round brackets before their words', () => {
	for (const [label, speaker] of [
		['（委員Ａ）', '委員Ａ'],
		['（Ｂ委員）', 'Ｂ委員'],
		['（委員１）', '委員１'],
	] as const) {
		test(label, () => {
			expect(turns(label)).toEqual(['paragraph', [speaker, 1], ['事務局', 1], [speaker, 1], ['座長', 1]]);
		});
	}

	test('a letter alone numbers a list', () => {
		expect(turns('（Ａ）')[1]).toBe('paragraph');
	});
});
