/**
 * Other bodies' minutes from the tenth audit: a broadcaster's programme council, whose station staff speak under
 * their posts alone on a line (`伊藤編成部長`, `今野プロデューサー`) with the words below.
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

describe('a broadcaster’s programme council', () => {
	test('the station’s staff speak in turns of their own, not inside a member’s', () => {
		const result = parseLines([
			'みちのく中央テレビ 第412回放送番組審議会 議事録',
			'1.開催年月日 2024年7月9日(火) 午後3時～午後4時30分',
			'2.開催場所 本社 会議室',
			'3.議事の概要',
			'佐藤委員長',
			'それでは、伊藤編成部長から説明をお願いします。',
			'伊藤編成部長',
			'7月は参議院議員選挙はございませんが、特別番組を編成いたします。',
			'千葉委員',
			'看護の場面が気になりました。',
			'今野プロデューサー',
			'看護師の方には、放送前に映像をご覧いただきました。',
		]);
		expect(turnsOf(result)).toEqual([
			['佐藤委員長', 'それでは、伊藤編成部長から説明をお願いします。'],
			['伊藤編成部長', '7月は参議院議員選挙はございませんが、特別番組を編成いたします。'],
			['千葉委員', '看護の場面が気になりました。'],
			['今野プロデューサー', '看護師の方には、放送前に映像をご覧いただきました。'],
		]);
	});
});
