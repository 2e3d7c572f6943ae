/**
 * A header's field naming who chairs (`議長：２班　石原　誠`, `議長：会長　関口　恵美`) after the place is a list of people of
 * its own, as `議　長　　学部長　小田切　浩` is: never a turn of the chair's, which had opened the text with the chair's name as words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]!;

describe('who chairs, in a field of the header', () => {
	test("a residents' association's 総会: the chair's group and name", () => {
		const result = read([
			'あおば台町内会　令和６年度通常総会　議事録',
			'',
			'日時：令和６年４月１４日（日）１０時',
			'場所：あおば台会館',
			'議長：２班　石原　誠',
			'',
			'会長：開会のあいさつを申し上げます。',
			'議長：第１号議案について説明を求めます。',
		]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['議長', ['２班　石原　誠']]]);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['会長', '開会のあいさつを申し上げます。'],
			['議長', '第１号議案について説明を求めます。'],
		]);
	});

	test("a PTA's 運営委員会: the chair's post and name, then the roll", () => {
		const result = read([
			'令和６年度　第４回　運営委員会　議事録',
			'市立ひがし中学校PTA',
			'',
			'日時：令和６年１２月３日（火）１９：００～２０：３０',
			'場所：会議室',
			'議長：会長　関口　恵美',
			'出席者：会長　関口、副会長　東、会計　呉',
			'',
			'関口会長：本日もよろしくお願いします。',
		]);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			['議長', [['関口　恵美', '会長']]],
			['出席者', [['関口', '会長'], ['東', '副会長'], ['呉', '会計']]],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['関口会長']);
	});

	test('the chair by the articles, a sentence, stays the text it was', () => {
		const result = read([
			'あおば台町内会　令和６年度通常総会　議事録',
			'',
			'日時：令和６年４月１４日（日）１０時',
			'場所：あおば台会館',
			'議長：定款第３３条により会長小川雄二が議長となる。',
			'',
			'会長：開会のあいさつを申し上げます。',
		]);
		expect(result.meeting?.participants).toEqual([]);
	});
});
