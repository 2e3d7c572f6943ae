/**
 * A city's 審議会 and a prefecture's 部会 list their secretariat's clerks by post as the heads are: `同課主事　高野　悠` under
 * `自然保護課長　保坂　光` (同課 standing for the section above, as in `同課主幹`), and a clerk of a section named in kana right
 * after the surname, `西尾子育て支援課主事` among `里見子育て支援課長`, `栗原保育課長`. The first's post is the section's
 * (`自然保護課主事`, where it had stayed `同課主事`), the second is 西尾 of 子育て支援課主事 (the entry had read as no one).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const staff = (rows: string[]) => {
	const { meeting } = parseText(
		[
			'ひばり県環境審議会自然環境部会（令和６年度第２回）議事録',
			'',
			'日　時　令和６年１０月８日（火）午後２時から午後４時まで',
			'場　所　ひばり県庁本庁舎５階　大会議室',
			'出席委員　田辺部会長、浅野委員、市村委員（３名）',
			...rows,
			'',
			'議事の経過',
			'（部会長）',
			'　それでは議事に入ります。',
			'（事務局）',
			'　資料１により説明。',
		].join('\n'),
		'a.txt',
	);
	return meeting?.participants.find((group) => group.group === '事務局')?.members.map((m) => [m.name, m.title]);
};

describe('a clerk of the section, by 同課 or after a section named in kana', () => {
	test('同課主事 under the section head', () => {
		expect(staff(['事務局　自然保護課長　保坂　光', '　　　　同課主幹　　　佐野　奈緒', '　　　　同課主事　　　高野　悠'])).toEqual([
			['保坂　光', '自然保護課長'],
			['佐野　奈緒', '自然保護課主幹'],
			['高野　悠', '自然保護課主事'],
		]);
	});

	test('同課主事 alone, after the head and 同課課長補佐', () => {
		expect(staff(['事務局　消費者教育推進課長、同課課長補佐、同課主事'])).toEqual([
			[null, '消費者教育推進課長'],
			[null, '消費者教育推進課課長補佐'],
			[null, '消費者教育推進課主事'],
		]);
	});

	test('a surname before a clerk of a section named in kana', () => {
		expect(staff(['事務局　浜口子ども家庭部長、里見子育て支援課長、西尾子育て支援課主事、東こども家庭課主査'])).toEqual([
			['浜口', '子ども家庭部長'],
			['里見', '子育て支援課長'],
			['西尾', '子育て支援課主事'],
			['東', 'こども家庭課主査'],
		]);
	});
});
