import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

/** A 定例会's volume: a cover with the days it opened and closed, a 目次 listing each sitting's day over its entries, then the sittings. */
const VOLUME = [
	'令和６年第３回',
	'白鳥町議会定例会会議録',
	'',
	'令和６年９月３日　開会',
	'令和６年９月１３日　閉会',
	'',
	'白鳥町議会',
	'',
	'令和６年第３回白鳥町議会定例会会議録目次',
	'',
	'第１日　９月３日（火）',
	'　会議録署名議員の指名……………………………３',
	'　会期の決定………………………………………………３',
	'第２日　９月１３日（金）',
	'　議案第５０号………………………………………１２',
	'',
	'令和６年第３回白鳥町議会定例会会議録（第１日）',
	'',
	'令和６年９月３日（火曜日）',
	'午前１０時００分開会',
	'',
	'出席議員（２名）',
	'　１番　野　村　亮　太　　　２番　原　田　千　春',
	'欠席議員（なし）',
	'',
	'○議長（原田千春君）　ただいまから令和６年第３回白鳥町議会定例会を開会します。',
	'○議長（原田千春君）　本日はこれで散会します。',
	'',
	'令和６年第３回白鳥町議会定例会会議録（第２日）',
	'',
	'令和６年９月１３日（金曜日）',
	'午前１０時００分開議',
	'',
	'出席議員（２名）',
	'　１番　野　村　亮　太　　　２番　原　田　千　春',
	'欠席議員（なし）',
	'',
	'○議長（原田千春君）　ただいまから本日の会議を開きます。',
	'○１番（野村亮太君）　質問いたします。',
	'○議長（原田千春君）　これをもって閉会します。',
].join('\n');

describe('a sitting day heading the entries of a volume’s table of contents', () => {
	it('leaves the first sitting dated by its own day, not by the last day the contents list', () => {
		const results = parseDocuments(VOLUME, { source: 'shiratori-2024-09.txt', sourceHash: '0'.repeat(64) });
		expect(results.map((result) => result.meeting?.date)).toEqual(['2024-09-03', '2024-09-13']);
		expect(results.map((result) => result.meeting?.remarks.length)).toEqual([2, 3]);
		expect(results[0]?.meeting?.start).toBe('10:00');
	});
});
