/**
 * Rolls of local administrative committees padded to their columns: a board member's name under the post `委員` with the
 * surname and given name as far apart as the post and the name (`委員　　　平　田　　健　二`), a post with a note in
 * brackets (`監査委員（議選）`), and an agricultural committee's seats with the chair's post before the seat or after the
 * name (`会長　１４番　大　森　　　勝`, `１２番　斎　藤　　一　郎（会長）`), a post heading a row of seats (`委員　　１番　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const record = (title: string, rows: readonly string[]) =>
	parseLines([title, '', '１　開催日時　　令和６年８月２２日（木）　午後１時３０分開会', '２　出席委員', ...rows.map((row) => `　　${row}`), '３　議事', '○議長　ただいまから開会いたします。']);
const members = (result: ReturnType<typeof parseLines>) => result.meeting?.participants.flatMap((group) => group.members.map((member) => [member.name?.replace(/[\s\u3000]/gu, ''), member.title])) ?? [];

describe('a roll padded to its columns', () => {
	test("a member's name under the post 委員 is one name, not two members", () => {
		const result = record('令和６年第８回あさぎり市教育委員会定例会会議録', ['教育長　　　　　　　　大　塚　　正　明', '委員　　　　　　　　　平　田　　健　二', '委員　　　　　　　　　小野寺　　美　紀']);
		expect(members(result)).toEqual([
			['大塚正明', '教育長'],
			['平田健二', '委員'],
			['小野寺美紀', '委員'],
		]);
	});

	test('names under 委員 at wide gaps are still each a member', () => {
		const result = record('令和６年第８回あさぎり市教育委員会定例会会議録', ['委員　　三宅　正　　森本　礼子　　秋山　悟']);
		expect(members(result)).toEqual([
			['三宅正', '委員'],
			['森本礼子', '委員'],
			['秋山悟', '委員'],
		]);
	});

	test('a post with a note in brackets before a padded name', () => {
		const result = record('令和６年度第５回いずみ市監査委員会議　会議録', ['代表監査委員　　　　松　岡　　秀　樹', '監査委員（議選）　　北　村　　由紀子']);
		expect(members(result)).toEqual([
			['松岡秀樹', '代表監査委員'],
			['北村由紀子', '監査委員（議選）'],
		]);
	});

	test("an agricultural committee's seats with the chair's post before the seat or after the name", () => {
		const result = record('令和６年第７回みなみ野町農業委員会総会議事録', [
			'会長　１４番　大　森　　　勝',
			'委員　　１番　浅　井　　孝　雄　　　２番　石　田　　美代子',
			'１１番　山　口　　　進　　　　１２番　斎　藤　　一　郎（副会長）',
		]);
		expect(members(result)).toEqual([
			['大森勝', '会長'],
			['浅井孝雄', '委員'],
			['石田美代子', null],
			['山口進', null],
			['斎藤一郎', '副会長'],
		]);
	});
});
