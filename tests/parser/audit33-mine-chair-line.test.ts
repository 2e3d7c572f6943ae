/**
 * Who chaired, on a line of its own under a roll (`議長　代表取締役社長　藤井　直人` past a blank line, or right under `司会　副会長
 * 斎藤　美樹`), is a list of its own, as before a roll listed by role (`出席委員` / `議長　小松　弘` / `副議長　…`) was read as one
 * roll: it had become one more member of the roll above, or of the 司会 list, its post lost.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, rollsOf } from './unseen-helpers.ts';

describe('the chair’s line under a roll', () => {
	test('past a blank line under a board’s roll, it is the 議長 list', () => {
		const result = parseLines(
			[
				'取締役会議事録',
				'',
				'日時　　2024年5月25日（土）午後2時00分～午後3時10分',
				'場所　　当社本社第一会議室',
				'',
				'出席者',
				'　代表取締役社長　　藤井　直人',
				'　取締役　　　　　　堀　康太',
				'',
				'議長　代表取締役社長　藤井　直人',
				'',
				'議事の経過の要領及びその結果',
				'',
				'　代表取締役社長藤井直人は、定款の規定に基づき議長となり、開会を宣し、議事に入った。',
			],
			'torishimariyakukai.txt',
		);
		expect(rollsOf(result)).toEqual([
			['出席者', ['代表取締役社長 藤井　直人', '取締役 堀　康太']],
			['議長', ['代表取締役社長 藤井　直人']],
		]);
	});

	test('right under a list of one role, each is its own list', () => {
		const result = parseLines(
			['県立北高等学校同窓会', '令和６年度 定期総会 議事録', '', '日時　令和６年６月２日（日）１１時～１２時', '会場　ホテルサンプラザ', '出席者　会員８２名', '', '司会　副会長　斎藤　美樹', '議長　会長　長谷川　浩', '', '議事の経過', '長谷川議長　第１号議案について報告をお願いします。'],
			'dosokai.txt',
		);
		expect(rollsOf(result).filter(([group]) => group !== '出席者')).toEqual([
			['司会', ['副会長 斎藤　美樹']],
			['議長', ['会長 長谷川　浩']],
		]);
	});
});
