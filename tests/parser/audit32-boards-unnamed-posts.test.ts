/**
 * A city's post held by no one named stays whole (`施設整備課長`, `公共交通課長`, `中央公民館長`, `図書館長`: their first words are
 * no surname; they had been read as 施設 the 整備課長), while a surname before a post is still read (`田中整備課長`); and a staff
 * member by surname and a short post (`岡本補佐`, `木村主事`), alone or in brackets after the office (`事務局（岡本補佐）`), is that
 * person of the office.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseDocuments } from '../../src/parser/index.ts';

describe('posts with no person named', () => {
	test('stay whole', () => {
		for (const post of ['施設整備課長', '公共交通課長', '戸籍住民課長', '国民健康保険課長', '市街地整備課長', '中央公民館長', '図書館長', '中央区長']) {
			expect(parseNameLabel(post)).toEqual({ name: null, title: post, affiliation: null });
		}
	});

	test("a prefecture's forestry and a personnel board's sections", () => {
		for (const post of ['森林政策課長', '森林整備室長', '農村整備課長', '任用課長', '給与課長']) expect(parseNameLabel(post)).toEqual({ name: null, title: post, affiliation: null });
		expect(parseNameLabel('森田任用課長')).toEqual({ name: '森田', title: '任用課長', affiliation: null });
	});

	test('a surname before them is still read', () => {
		expect(parseNameLabel('田中整備課長')).toEqual({ name: '田中', title: '整備課長', affiliation: null });
		expect(parseNameLabel('高橋施設整備課長')).toEqual({ name: '高橋', title: '施設整備課長', affiliation: null });
		expect(parseNameLabel('佐藤図書館長')).toEqual({ name: '佐藤', title: '図書館長', affiliation: null });
		expect(parseNameLabel('中野区長')).toEqual({ name: '中野', title: '区長', affiliation: null });
	});

	test('in a roll of the office', () => {
		const meeting = parseDocuments(
			[
				'令和６年度第３回東山市公共施設再編検討委員会　会議録',
				'',
				'日　時：令和６年１２月３日（火）１０：００～１１：３０',
				'場　所：東山市役所　第１会議室',
				'出席委員：小西委員長、堀副委員長、三宅委員',
				'事務局：資産経営課長、施設整備課長',
				'',
				'小西委員長：それでは議事に入ります。',
				'施設整備課長：令和９年度を予定しています。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.participants.find((group) => group.group === '事務局')?.members.map((member) => [member.name, member.title])).toEqual([
			[null, '資産経営課長'],
			[null, '施設整備課長'],
		]);
	});
});

describe('a staff member by surname and a short post', () => {
	test('alone, after the section, or in brackets after the office', () => {
		expect(parseNameLabel('岡本補佐')).toEqual({ name: '岡本', title: '補佐', affiliation: null });
		expect(parseNameLabel('木村主事')).toEqual({ name: '木村', title: '主事', affiliation: null });
		expect(parseNameLabel('都市政策課　岡本補佐')).toEqual({ name: '岡本', title: '補佐', affiliation: '都市政策課' });
		expect(parseNameLabel('事務局（岡本補佐）')).toEqual({ name: '岡本', title: '補佐', affiliation: '事務局' });
		expect(parseNameLabel('課長補佐')).toEqual({ name: null, title: '課長補佐', affiliation: null });
	});
});
