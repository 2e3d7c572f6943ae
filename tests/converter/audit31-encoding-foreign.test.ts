import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/converter/decode.ts';

const KOREAN = `제3차 지역교통 계획위원회 회의록

일시: 2024년 7월 11일 14:00
장소: 시청 제2회의실

출석: 위원장 김철수, 위원 이영희, 위원 박민수

김철수 위원장: 지금부터 회의를 시작하겠습니다.
이영희 위원: 노인의 이동 수요를 우선 고려해야 합니다.
박민수 위원: 동의합니다. 버스 운행 횟수를 늘려야 합니다.
김철수 위원장: 오늘 회의는 여기서 마치겠습니다.
`;

const SIMPLIFIED = `第三次区域交通规划委员会会议纪要

时间：2024年7月11日 14:00
地点：市政府第二会议室

出席：主任 王建国、委员 李晓梅、委员 陈志强

王主任：现在开会。请各位委员审议线路调整方案。
李委员：我认为应该优先考虑老年人的出行需求。
陈委员：同意。建议增加公交车班次。
王主任：今天的会议到此结束。
`;

const TRADITIONAL = `第三次區域交通規劃委員會會議紀錄

時間：2024年7月11日 14:00
地點：市政府第二會議室

出席：主任 王建國、委員 李曉梅、委員 陳志強

王主任：現在開會。請各位委員審議路線調整方案。
李委員：我認為應該優先考慮老年人的出行需求。
陳委員：同意。建議增加公車班次。
王主任：今天的會議到此結束。
`;

describe('Chinese and Korean text in its own legacy encoding', () => {
	test.each([
		{ label: 'Korean in EUC-KR (which reads as EUC-JP kanji)', bytes: iconv.encode(KOREAN, 'euc-kr'), language: 'Korean \\(EUC-KR\\)' },
		{ label: 'simplified Chinese in GB2312 (which reads as EUC-JP kanji)', bytes: iconv.encode(SIMPLIFIED.replace('纪要', '记录'), 'gb2312'), language: 'Chinese \\(GB18030/GBK\\)' },
		{ label: 'simplified Chinese in GBK', bytes: iconv.encode(SIMPLIFIED, 'gbk'), language: 'Chinese \\(GB18030/GBK\\)' },
		{ label: 'traditional Chinese in Big5', bytes: iconv.encode(TRADITIONAL, 'big5'), language: 'Chinese \\(Big5\\)' },
	])('$label is an error naming the language, not mojibake read as Japanese', ({ bytes, language }) => {
		expect(decodeSeed(bytes)).toEqual({ ok: false, code: 'not-japanese', line: null, message: expect.stringMatching(new RegExp(`^this reads as ${language} text, not Japanese .*save it as UTF-8$`, 'u')) });
	});

	test('Japanese minutes heavy with kanji (a roll of names) are read as Japanese still', () => {
		const roll = `第３回地域交通計画委員会会議録\n\n日時　令和６年７月１１日\n\n出席委員\n委員長　金田哲洙\n副委員長　李田栄喜\n委員　朴山民洙\n委員　王田建国\n委員　陳野志強\n事務局　交通政策課長　吉野頬也\n\n○金田委員長　開会します。\n`;
		for (const encoding of ['cp932', 'euc-jp']) {
			expect(decodeSeed(iconv.encode(roll, encoding))).toMatchObject({ ok: true, text: roll });
		}
	});

	test('Chinese in UTF-8 is text as any UTF-8 is (the reader then says it is no Japanese minutes)', () => {
		expect(decodeSeed(Buffer.from(SIMPLIFIED, 'utf8'))).toMatchObject({ ok: true, encoding: 'utf-8' });
	});
});
