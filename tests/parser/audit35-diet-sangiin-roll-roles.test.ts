/**
 * The 参議院's roll lists the officials who answer under their part, alone on its line, with their posts (`政府参考人` /
 * `　　外務省北米局長　伊藤 晋吾君`), and labels their turns by the part (`○政府参考人（伊藤晋吾君）`): the label names the roll's
 * official of that name, in the text and in the NDL API's 会議録情報. Before, the part, no post, matched no listed post, and every
 * such speaker of a 参議院 committee was a person of their own with a warning. A speech endpoint's 参考人 whose position only
 * repeats the role (`speakerPosition` `参考人`) is listed as `参考人`, where the title had been `参考人（参考人）`.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseDocuments } from '../../src/parser/index.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const HEADER = `令和六年四月十一日（木曜日）
   午前十時開会
    ─────────────
   出席者は左のとおり。
    委員長         小島 和也君
    理　事
                伊藤 誠司君
    委　員
                上野 亨君
   国務大臣
       防衛大臣     柴田 正和君
   事務局側
       常任委員会専門
       員        須藤 恵子君
   政府参考人
       外務省北米局長  伊藤 晋吾君
       防衛省防衛政策局長 平川 広司君
   参考人
       国際政治学者   杉本 怜子君
    ─────────────`;

const TURNS = [
	'○委員長（小島和也君）　ただいまから外交防衛委員会を開会いたします。',
	'○伊藤誠司君　日米の協議について伺います。',
	'○政府参考人（伊藤晋吾君）　お答えいたします。',
	'○国務大臣（柴田正和君）　同盟の強化に取り組んでまいります。',
	'○参考人（杉本怜子君）　同盟の意義は地域の安定にあると考えます。',
];

const TEXT = `第213回国会 参議院 外交防衛委員会 第8号
${HEADER}
${TURNS.join('\n')}
○委員長（小島和也君）　本日はこれにて散会いたします。
   午前十一時四十分散会
`;

const speech = (order: number, speaker: string, text: string, extra: Record<string, string | null> = {}) => ({
	speechID: `121314059X00820240411_${String(order).padStart(3, '0')}`,
	speechOrder: order,
	speaker,
	speakerGroup: null,
	speakerPosition: null,
	speakerRole: null,
	speech: text,
	...extra,
});

const MEETING = JSON.stringify({
	numberOfRecords: 1,
	meetingRecord: [
		{
			issueID: '121314059X00820240411',
			session: 213,
			nameOfHouse: '参議院',
			nameOfMeeting: '外交防衛委員会',
			issue: '第8号',
			date: '2024-04-11',
			speechRecord: [
				speech(0, '会議録情報', `第213回国会 参議院 外交防衛委員会 第8号\r\n${HEADER.replace(/\n/gu, '\r\n')}`),
				...TURNS.map((text, index) => speech(index + 1, /（(.+)君）|○(.+)君/u.exec(text)?.slice(1).find(Boolean) ?? '', text)),
			],
		},
	],
});

/** The roll's entries as [title, name]. */
function roll(meeting: Meeting | null): [string | null, string | null][] {
	return (meeting?.participants ?? []).flatMap((group) => group.members.map((member): [string | null, string | null] => [member.title, member.name]));
}

const EXPECTED: [string | null, string | null][] = [
	['委員長', '小島 和也'],
	['理事', '伊藤 誠司'],
	['委員', '上野 亨'],
	['防衛大臣', '柴田 正和'],
	['常任委員会専門員', '須藤 恵子'],
	['政府参考人（外務省北米局長）', '伊藤 晋吾'],
	['政府参考人（防衛省防衛政策局長）', '平川 広司'],
	['参考人（国際政治学者）', '杉本 怜子'],
];

/** Each speaker label with the person the people index gives it. */
function speakers(meeting: Meeting | null): [string, string | undefined][] {
	if (!meeting) throw new Error('no record');
	const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
	return [...new Set(meeting.remarks.map((remark) => remark.speaker))].map((label) => [label, index.persons.find((person) => person.labels.includes(label))?.name]);
}

const SPEAKERS = [
	['委員長（小島和也君）', '小島 和也'],
	['伊藤誠司君', '伊藤 誠司'],
	['政府参考人（伊藤晋吾君）', '伊藤 晋吾'],
	['国務大臣（柴田正和君）', '柴田 正和'],
	['参考人（杉本怜子君）', '杉本 怜子'],
];

describe('the 参議院’s officials, labelled by their part', () => {
	test('in the text, name the roll’s officials', () => {
		const { meeting } = parseText(TEXT, 'gaiko-8.txt');
		expect(roll(meeting)).toEqual(EXPECTED);
		expect(speakers(meeting)).toEqual(SPEAKERS);
	});

	test('in the NDL API’s 会議録情報 too', () => {
		const [result] = parseDocuments(MEETING, { source: 'gaiko-8.json', sourceHash: '0'.repeat(64) });
		expect(roll(result?.meeting ?? null)).toEqual(EXPECTED);
		expect(speakers(result?.meeting ?? null)).toEqual(SPEAKERS);
	});

	test('a speech endpoint’s 参考人 listed as 参考人 alone is that role', () => {
		const search = JSON.stringify({
			numberOfRecords: 2,
			speechRecord: [
				{ ...speech(5, '杉本怜子', TURNS[4] ?? '', { speakerPosition: '参考人', speakerRole: '参考人' }), issueID: '121314059X00820240411', session: 213, nameOfHouse: '参議院', nameOfMeeting: '外交防衛委員会', issue: '第8号', date: '2024-04-11' },
				{ ...speech(6, '森本孝', '○参考人（森本孝君）　補足いたします。', { speakerPosition: '東北環境大学教授', speakerRole: '参考人' }), issueID: '121314059X00820240411', session: 213, nameOfHouse: '参議院', nameOfMeeting: '外交防衛委員会', issue: '第8号', date: '2024-04-11' },
			],
		});
		const [result] = parseDocuments(search, { source: 'gaiko-search.json', sourceHash: '0'.repeat(64) });
		expect(roll(result?.meeting ?? null)).toEqual([
			['参考人', '杉本怜子'],
			['参考人（東北環境大学教授）', '森本孝'],
		]);
	});
});
