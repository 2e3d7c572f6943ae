/**
 * A city's 議事要旨 written in Word: numbered header fields, the roll as a table with a header row (区分 / 氏名 / 所属・役職),
 * `５．議事概要` with each item's heading, the office's explanation told in a sentence, then the members' points as a Word
 * bulleted list, each point's speaker in brackets before it (`【安田委員】運転士の確保が難しく、…`), read by the converter with
 * the list's bullet (`・【安田委員】…`). Each point is that member's remark, without the bullet; the points had been list items
 * of no one's words (without the bullet they were already turns).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'第２回ひだまり市地域公共交通会議　議事要旨',
	'',
	'１．日　時　　令和６年１１月１４日（木）１５時００分～１６時３０分',
	'２．場　所　　ひだまり市役所　４階　第１委員会室',
	'３．出席者',
	'会長\t堤　健一郎\tひだまり大学経済学部教授',
	'副会長\t吉野　真弓\tひだまり市副市長',
	'委員\t安田　修\tひだまりバス株式会社　運輸部長',
	'委員\t北条　さゆり\tひだまり市老人クラブ連合会　会長',
	'４．議　事',
	'（１）コミュニティバス路線の再編について',
	'（２）デマンド交通の実証運行について',
	'５．議事概要',
	'（１）コミュニティバス路線の再編について',
	'事務局から資料１に基づき説明があった。主な意見は以下のとおり。',
	'・【安田委員】運転士の確保が難しく、便数の維持には限界がある。',
	'・【北条委員】通院の時間帯の便は残してほしい。',
	'（２）デマンド交通の実証運行について',
	'事務局から資料２に基づき説明があった。',
	'・（堤会長）利用者の登録手続を簡単にすることが重要である。',
	'・（吉野副会長）予約の電話が集中する時間帯の対応を検討したい。',
	'以上',
].join('\n');

describe('a Word list’s points, each with its speaker in brackets', () => {
	const result = parseText(text, 'transport.docx');

	test('each point is its speaker’s remark', () => {
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['安田委員', '運転士の確保が難しく、便数の維持には限界がある。'],
			['北条委員', '通院の時間帯の便は残してほしい。'],
			['堤会長', '利用者の登録手続を簡単にすることが重要である。'],
			['吉野副会長', '予約の電話が集中する時間帯の対応を検討したい。'],
		]);
	});

	test('the told explanation stays the record’s text', () => {
		const paragraphs = result.body.flatMap((section) => section.children.filter((block) => block.type === 'paragraph').map((block) => ('text' in block ? block.text : '')));
		expect(paragraphs).toEqual(['事務局から資料１に基づき説明があった。主な意見は以下のとおり。', '事務局から資料２に基づき説明があった。']);
	});
});
