/**
 * A prefecture's 懇話会 議事概要 numbers its items of business in the text as in its 議題 (`１　第五次計画（骨子案）について`,
 * `２　今後のスケジュールについて`, a number and a space), the opinions under the first given by who spoke before a colon
 * (`委員Ａ：…`, `座長：…`). The second item's line after those turns heads its own section, linked to the agenda's item (it had
 * been a paragraph under the first item, after its turns, the item without a section).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

describe('the next item of business after the turns, numbered with a space', () => {
	test('２　今後のスケジュールについて', () => {
		const { meeting, body } = parseText(
			[
				'第２回　みどり県子どもの読書活動推進計画策定懇話会　議事概要',
				'',
				'日　時：令和６年８月２９日（木）１３：３０～１５：３０',
				'場　所：みどり県庁　西庁舎３階　３０２会議室',
				'出席者：',
				'　委員　　久米座長、宮崎副座長、内藤委員',
				'　事務局　生涯学習課長',
				'',
				'議　題',
				'１　第五次計画（骨子案）について',
				'２　今後のスケジュールについて',
				'',
				'議事の概要',
				'１　第五次計画（骨子案）について',
				'　事務局から資料１に基づき説明を行った後、意見交換を行った。',
				'委員Ａ：中高生への働きかけを具体的に書いてほしい。',
				'事務局：電子書籍の貸出しを検討している。',
				'座長：本日の意見を踏まえて修正していただきたい。',
				'',
				'２　今後のスケジュールについて',
				'　事務局から資料２に基づき説明を行い、了承された。',
			].join('\n'),
			'a.txt',
		);
		expect(body.filter((section) => section.title !== '').map((section) => [section.title, section.children.map((b) => (b.type === 'remark' ? b.speaker : b.type))])).toEqual([
			['第五次計画（骨子案）について', ['paragraph', '委員Ａ', '事務局', '座長']],
			['今後のスケジュールについて', ['paragraph']],
		]);
		expect(meeting?.agenda.map((item) => [item.number, item.section !== null])).toEqual([
			[1, true],
			[2, true],
		]);
	});
});
