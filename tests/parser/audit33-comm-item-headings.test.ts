/**
 * A commission's 議事録 that tells each item of its agenda under its number alone (`（１）について` / `審査局から説明があり、…`):
 * the heading keeps the number, the only words that say which item it is.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const text = [
	'公正取引委員会　委員会議事録',
	'',
	'１　開催日時　令和６年９月１１日（水）１０時００分～１０時３０分',
	'２　開催場所　公正取引委員会委員会室',
	'３　出席者',
	'　　委員長　古川　一雄',
	'　　委員　　青山　光',
	'４　議題',
	'　（１）株式会社○○に対する排除措置命令について',
	'　（２）令和５年度における下請法の運用状況について',
	'５　議事の概要',
	'　（１）について',
	'　　審査局から説明があり、原案どおり決定された。',
	'　（２）について',
	'　　取引部から報告があり、了承された。',
].join('\n');

describe('an item told under its number alone', () => {
	test('heads its section with the number', () => {
		expect(parseText(text, 'jftc.txt').meeting?.sections.map((section) => section.title)).toEqual(['（１）について', '（２）について']);
	});
});
