/**
 * A shopping street's 役員会 whose roll lists its guests by the body they came for and their surname in brackets
 * (`オブザーバー：あさひコミュニティ（星野）、はなみち区商工振興課（土屋）`), and whose record labels their turns as the roll
 * writes them (`あさひコミュニティ（星野）：町会の子ども神輿を…`): each such line is that guest's turn (it had run into the
 * turn before, the officer's words and the guest's one remark).
 */
import { describe, expect, test } from 'vitest';
import { parseLines, turnsOf } from './unseen-helpers.ts';

const minutes = [
	'さくら通り商店会　令和６年９月度　役員会　議事録',
	'',
	'日時：令和６年９月１７日（火）１９：００～２０：１５',
	'場所：さくら通り商店会事務所',
	'出席：会長　大橋、副会長　関口、会計　桑原',
	'オブザーバー：ひまわりコミュニティ（星野）、みなみ区商工振興課（土屋）',
	'',
	'議題',
	'１．秋祭りについて',
	'',
	'１．秋祭りについて',
	'大橋会長：今年の秋祭りは１０月１３日で決まりました。',
	'ひまわりコミュニティ（星野）：子ども神輿を祭りに合わせて出したいと考えています。',
	'関口副会長：神輿は１５時からでどうでしょう。',
	'みなみ区商工振興課（土屋）：区の補助金の申請は今月末までです。',
	'桑原会計：申請書は私が作ります。',
];

describe('a guest labelled by the body they came for and their surname', () => {
	const result = parseLines(minutes, 'shotenkai.txt');

	test('each guest’s line is a turn of theirs', () => {
		expect(turnsOf(result).map(([speaker]) => speaker)).toEqual(['大橋会長', 'ひまわりコミュニティ（星野）', '関口副会長', 'みなみ区商工振興課（土屋）', '桑原会計']);
	});
});
