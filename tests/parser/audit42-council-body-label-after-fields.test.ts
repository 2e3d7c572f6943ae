/**
 * A city's 審議会 会議録 numbers its header's fields, and among them, after the roll, fields the readers keep as text (`５　傍聴者　　２名`,
 * a web page's `5 傍聴者` / `2人`), then the label over the record of the meeting (`８　会議内容`, `8 会議の結果`, `7 会議概要`).
 * With only such fields kept before it, the label heads no part of the meeting's order: it is no line of the text (it had been a
 * paragraph after the 傍聴者 field), and the field is still kept.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseFixture, parseText } from './unseen-helpers.ts';

const paragraphs = (text: string): string[] =>
	parseText(text, 'a.txt').body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])));

describe('the body label after fields kept as text', () => {
	const numbered = [
		'令和５年度第２回すずらん市都市計画審議会　会議録',
		'',
		'１　日　時　　令和５年１１月２８日（火）午後２時００分～午後３時４０分',
		'',
		'２　場　所　　すずらん市役所　第２委員会室',
		'',
		'３　出席者',
		'　　会長　　　大和田　修',
		'　　委員　　　上野　健太郎',
		'',
		'４　欠席委員　　武田　清委員',
		'',
		'５　傍聴者　　２名',
		'',
		'６　議　題',
		'　（１）議第１号　生産緑地地区の変更について（諮問）',
		'',
		'７　会議内容',
		'',
		'（１）議第１号　生産緑地地区の変更について',
		'',
		'上野委員：削除される地区の跡地はどのように利用される見込みか。',
		'',
		'会長：以上で本日の審議会を終了する。',
	].join('\n');

	test('`７　会議内容` under `５　傍聴者　　２名` is no paragraph; the field is kept', () => {
		expect(paragraphs(numbered)).toEqual(['５　傍聴者　　２名']);
		expect(bodyText(parseText(numbered, 'a.txt'))).not.toContain('会議内容');
	});

	test('a web page’s `5 傍聴者` / `2人` over `8 会議の結果`', () => {
		const page = [
			'令和6年度 第2回 かえで市子ども・若者・子育て会議(令和6年7月12日開催)',
			'1 開催日時',
			'令和6年7月12日(金曜日) 午後6時30分~8時20分',
			'2 開催場所',
			'かえで市防災センター401・402会議室',
			'3 出席者',
			'委員:森川会長、高畑副会長、新田委員',
			'4 欠席者',
			'河合委員',
			'5 傍聴者',
			'2人',
			'8 会議の結果',
			'',
			'【委員】',
			'居場所の数を示してほしい。',
			'【会長】',
			'以上で本日の会議を終了する。',
		].join('\n');
		expect(paragraphs(page)).toEqual(['5 傍聴者', '2人']);
	});
});

describe('a body label the text reads as a heading on its own, after fields kept as text', () => {
	// An owners' association's 総会: `３．区分所有者総数…` to `６．議　　長…` kept as rows, then `９．議事の経過の要領及びその結果`
	// (numbered with a mark): it heads the turns under the fields, as it did before fields alone were told apart.
	const { result } = parseFixture('council', 'audit20-owners-general-meeting.txt');

	test('heads the chair’s opening words, apart from the fields', () => {
		const sections = result.meeting?.sections ?? [];
		const label = sections.find((section) => section.title.includes('議事の経過の要領及びその結果'));
		expect(label).toBeDefined();
		expect(result.meeting?.remarks[0]).toMatchObject({ speaker: '議長', section: label?.id });
	});
});
