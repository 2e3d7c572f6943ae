/**
 * A bulleted list of handouts whose first items carry no 資料 number (`・第７回…審議会次第`, `・議案第１号　…`), as a city's
 * council lists the order of business and the bill before its numbered handouts: each item is a handout named by its title
 * (they had been dropped with a warning), and the numbered ones after them stay their own.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('bulleted handouts without a number', () => {
	test('before a numbered one', () => {
		const result = parse([
			'第７回かしわ野市都市計画審議会会議録',
			'１　日時　令和６年１１月１５日（金曜日）　午後１時３０分～午後２時４５分',
			'２　場所　市役所５階委員会室',
			'３　配布資料',
			'　・第７回かしわ野市都市計画審議会次第',
			'　・議案第１号　かしわ野都市計画生産緑地地区の変更（かしわ野市決定）',
			'　・資料１　生産緑地地区位置図',
			'４　会議の内容',
			'会長（井上正和君）　それでは議事に入ります。',
			'委員（川端俊介君）　削除される農地について、今後の見通しはどうなっていますか。',
		]);
		expect(result?.meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
			['第７回かしわ野市都市計画審議会次第', ''],
			['議案第１号　かしわ野都市計画生産緑地地区の変更（かしわ野市決定）', ''],
			['資料１', '生産緑地地区位置図'],
		]);
		expect(result?.diagnostics.filter((diagnostic) => diagnostic.code === 'unparsed-handout')).toEqual([]);
	});
});
