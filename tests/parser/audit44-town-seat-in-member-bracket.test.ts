/**
 * A town's minutes (DiscussNet, 一般質問) label the chair and the officials `○議長(斎木秀雄君)`, `○町長(神林一秋君)`, but a member's
 * turns `○議員(3番 東 千代子君)`: 議員, then the seat and the member's name in brackets, a space between them (and between the
 * surname and the given name as the roll writes it). Such a label had been read as no one, the bracket an affiliation, and the
 * member's question joined to the chair's call before it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'令和 5年 12月 定例会(第4回)',
	'          令和5年西山町議会12月第4回会議会議録(第3号)',
	'                    令和5年12月12日(火)午前10時開議',
	'---------------------------------------',
	'出席議員(4名)',
	'     1番  宮沢直子君      3番  東 千代子君',
	'     5番  広瀬輝男君     12番  斎木秀雄君',
	'---------------------------------------',
	'△一般質問',
	'○議長(斎木秀雄君) 日程第1、一般質問を行います。',
	' 3番、東千代子君。',
	'○議員(3番 東 千代子君) 通告に従いまして、町営バスの運行について伺います。',
	'○議長(斎木秀雄君) 町長。',
	'○町長(神林一秋君) お答えいたします。便数の見直しを検討しております。',
	'○議長(斎木秀雄君) 3番、東千代子君。',
	'○議員(3番 東 千代子君) 再質問いたします。見直しの時期はいつになりますか。',
	'○町長(神林一秋君) 来年4月のダイヤ改正に合わせたいと考えております。',
	'○議長(斎木秀雄君) 5番、広瀬輝男君。',
	'○議員（5番　広瀬輝男君）　除雪体制について伺います。',
	'○議長(斎木秀雄君) 以上で一般質問を終わります。',
].join('\n');

describe('a member labelled 議員 with the seat and the name in brackets', () => {
	const { meeting } = parseText(record, 'nishiyama-2023-12-12.txt');
	test('each of the member\'s questions is a turn of its own', () => {
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual([
			'議長(斎木秀雄君)',
			'議員(3番 東 千代子君)',
			'議長(斎木秀雄君)',
			'町長(神林一秋君)',
			'議長(斎木秀雄君)',
			'議員(3番 東 千代子君)',
			'町長(神林一秋君)',
			'議長(斎木秀雄君)',
			'議員（5番　広瀬輝男君）',
			'議長(斎木秀雄君)',
		]);
	});
	test('the chair\'s call keeps only the chair\'s words', () => {
		expect(meeting?.remarks[0]?.text).not.toContain('通告に従いまして');
		expect(meeting?.remarks[7]?.text).not.toContain('除雪');
	});
});
