/**
 * A city's committee record that heads its first page with the day and the committee set to the right
 * (`　　　…令和６年１１月２７日` / `　　　…文教子ども委員会`) over its title (`みなと市議会文教子ども委員会記録`): the title is the
 * record's line, the day a line of the preamble, the committee's name over it said by the title (the day had been taken for the
 * title, and the file kept as a plain document without its rolls).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const PAD = '　'.repeat(30);

describe("a committee record's head", () => {
	test('the day and the committee over the title', () => {
		const document = parseDocuments(
			[
				`${PAD}令和６年１１月２７日`,
				`${PAD}文教子ども委員会`,
				'',
				'みなと市議会文教子ども委員会記録',
				'',
				'◇開会日時　令和６年１１月２７日（水）午前１０時',
				'◇場　　所　第２委員会室',
				'◇出席委員',
				'　　委員長　　平　野　健　二　　副委員長　　福　田　　　恵',
				'◇出席説明員',
				'　　教育長　　　　　　星　野　　　学',
				'',
				'◎平野委員長　ただいまから文教子ども委員会を開会いたします。',
				'◆藤原委員　対象は中学生も含みますか。',
				'◎星野教育長　小中学生全員を対象とします。',
				'◎平野委員長　以上で本日の委員会を閉会いたします。',
			].join('\n'),
			{ source: 'a.txt', sourceHash: '0'.repeat(64) },
		)[0];
		const meeting = document?.meeting;
		expect(meeting?.title).toBe('みなと市議会文教子ども委員会記録');
		expect(meeting?.date).toBe('2024-11-27');
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席委員', '出席説明員']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['平野委員長', '藤原委員', '星野教育長', '平野委員長']);
		expect(document?.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([]);
	});
});
