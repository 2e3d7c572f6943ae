/**
 * A surname and the post written against it, as turns and rolls write officials and officers: a section's name that other
 * words open (`福田研究開発課長`, `保育課長　ほか`), two roles one after another (`樋口代表理事専務`, `竹下代表取締役会長`),
 * a surname of one letter before a department word (`林財政課長補佐`) and posts that end otherwise (`田中理事官`, `森センター長`,
 * `林保健所長`, `中島弁護士`, `石井主任専門員`).
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (label: string) => {
	const parts = parseNameLabel(label);
	return [parts.name, parts.title, parts.affiliation];
};

describe('a post glued to a surname', () => {
	test('a section named by other words than the department words known before', () => {
		expect(read('福田研究開発課長')).toEqual(['福田', '研究開発課長', null]);
		expect(read('大森人材育成課長')).toEqual(['大森', '人材育成課長', null]);
		// (With ほか, a section's post names no one.)
		expect(read('保育課長　ほか')).toEqual([null, '保育課長', null]);
		expect(read('児童福祉課長')).toEqual([null, '児童福祉課長', null]);
	});

	test('two roles one after another are one post', () => {
		expect(read('樋口代表理事専務')).toEqual(['樋口', '代表理事専務', null]);
		expect(read('竹下代表取締役会長')).toEqual(['竹下', '代表取締役会長', null]);
		expect(read('代表取締役会長')).toEqual([null, '代表取締役会長', null]);
		// (A role alone and a name before one role read as before.)
		expect(read('山田委員長代理')).toEqual(['山田', '委員長代理', null]);
		expect(read('専務理事')).toEqual([null, '専務理事', null]);
	});

	test('a surname of one letter before a department word', () => {
		expect(read('林財政課長補佐')).toEqual(['林', '財政課長補佐', null]);
		expect(read('谷企画係長')).toEqual(['谷', '企画係長', null]);
		expect(read('森税務課主任')).toEqual(['森', '税務課主任', null]);
		// (Two letters before it read as before.)
		expect(read('高橋企画課長')).toEqual(['高橋', '企画課長', null]);
		expect(read('森保健康福祉部長')).toEqual(['森保', '健康福祉部長', null]);
	});

	test('posts that end as no office word did', () => {
		expect(read('田中理事官')).toEqual(['田中', '理事官', null]);
		expect(read('森センター長')).toEqual(['森', 'センター長', null]);
		expect(read('林保健所長')).toEqual(['林', '保健所長', null]);
		expect(read('中島弁護士')).toEqual(['中島', '弁護士', null]);
		expect(read('松田公認会計士')).toEqual(['松田', '公認会計士', null]);
		expect(read('石井主任専門員')).toEqual(['石井', '主任専門員', null]);
		expect(read('小池特任教授')).toEqual(['小池', '特任教授', null]);
	});

	test('a company\'s officers, a post held with another, a section named in kana after a department word', () => {
		expect(read('石田取締役副社長')).toEqual(['石田', '取締役副社長', null]);
		expect(read('山本社長')).toEqual(['山本', '社長', null]);
		expect(read('大野常務執行役員')).toEqual(['大野', '常務執行役員', null]);
		expect(read('野口副会長兼会計')).toEqual(['野口', '副会長兼会計', null]);
		expect(read('林環境センター所長')).toEqual(['林', '環境センター所長', null]);
		expect(read('中村環境センター所長')).toEqual(['中村', '環境センター所長', null]);
		expect(read('環境センター所長')).toEqual([null, '環境センター所長', null]);
		expect(read('平野デジタル推進課長')).toEqual(['平野', 'デジタル推進課長', null]);
	});

	test('in a company board\'s roll the compound post heads its holder\'s row', () => {
		const lines = [
			'第４２回　取締役会議事録',
			'日時　令和６年６月25日（火）午前９時',
			'出席者',
			'　代表取締役会長　　　竹下　義男',
			'　代表取締役社長　　　岡田　浩二',
			'　常勤監査役　　　　　大野　隆',
			'議事',
			'竹下代表取締役会長：開会します。',
		];
		const meeting = parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => [member.name, member.title]))).toEqual([
			['竹下　義男', '代表取締役会長'],
			['岡田　浩二', '代表取締役社長'],
			['大野　隆', '常勤監査役'],
		]);
	});
});
