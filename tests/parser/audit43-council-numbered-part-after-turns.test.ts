/**
 * A ministry's ワーキンググループ 議事概要 numbers its parts as its header numbers the fields (`１．日時：…` … `６．議事概要`) and
 * goes on after the opinions, each given by the member in brackets before it (`（水野主査）本日の意見を踏まえ…`), with
 * `７．今後の予定` (or `７．次回予定`, `８．次回の日程`) and the next meeting's date. That line heads a part of its own, what follows
 * it no one's words (they had become more of the last member's opinion, the heading among them).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const read = (part: string) => {
	const { body } = parseText(
		[
			'資源循環推進会議　第３回ワーキンググループ　議事概要',
			'',
			'１．日時：令和５年１０月４日（水）１０：００～１２：００',
			'２．場所：合同庁舎４号館　第２会議室',
			'３．出席者：',
			'（委員）水野主査、井口委員、金森委員',
			'（事務局）資源循環推進課長',
			'４．議事',
			'（１）論点整理（案）について',
			'５．配布資料',
			'資料１　論点整理（案）',
			'',
			'６．議事概要',
			'（１）論点整理（案）について',
			'事務局から資料１に基づき説明があった。',
			'（金森委員）回収の実態把握を、品目ごとに行うべき。',
			'（水野主査）本日の意見を踏まえ、事務局で論点整理を修正すること。',
			'',
			part,
			'次回は令和５年１１月中旬に開催予定。',
		].join('\n'),
		'a.txt',
	);
	return body.map((section) => [section.title, section.children.map((b) => (b.type === 'remark' ? [b.speaker, b.children.map((c) => ('text' in c ? c.text : ''))] : 'text' in b ? b.text : b.type))]);
};

describe('a numbered part of the meeting after the turns', () => {
	for (const [line, title] of [
		['７．今後の予定', '今後の予定'],
		['７．次回予定', '次回予定'],
		['7．今後の予定', '今後の予定'],
	] as const) {
		test(line, () => {
			expect(read(line)).toEqual([
				[
					'論点整理（案）について',
					['事務局から資料１に基づき説明があった。', ['金森委員', ['回収の実態把握を、品目ごとに行うべき。']], ['水野主査', ['本日の意見を踏まえ、事務局で論点整理を修正すること。']]],
				],
				[title, ['次回は令和５年１１月中旬に開催予定。']],
			]);
		});
	}
});
