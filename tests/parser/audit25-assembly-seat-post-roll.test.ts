/**
 * A town's 決算特別委員会 listing its members by seat with their post on the committee between seat and name
 * (`１番　委員　　　杉本　彩`, `３番　副委員長　園田　康弘`), each on its line.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `　　　　　　　　　　決算特別委員会会議録

　　　　　　　　　　　　　　　　　　　　　令和５年９月２２日（金）
　　　　　　　　　　　　　　　　　　　　　午前１０時００分開会

出席委員（４名）
　　１番　委員　　　杉本　彩
　　２番　委員　　　関　　貴之
　　３番　副委員長　園田　康弘
　　４番　委員長　　千葉　克也

説明のため出席した者
　　財政課長　　　　手塚　真由美

○千葉委員長　ただいまから決算特別委員会を開会します。
○関委員　不用額が大きい理由を伺います。
○手塚財政課長　主に工事の入札差金によるものです。
`;

describe('members by seat with their post before the name', () => {
	test('each is one member with that post, the seat left out', () => {
		const { meeting } = parseText(MINUTES, 'kessan-r5.txt');
		expect(meeting?.participants[0]?.members.map((member) => [member.title, member.name])).toEqual([
			['委員', '杉本　彩'],
			['委員', '関　貴之'],
			['副委員長', '園田　康弘'],
			['委員長', '千葉　克也'],
		]);
	});
});
