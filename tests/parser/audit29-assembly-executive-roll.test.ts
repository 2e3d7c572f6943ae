/**
 * A committee's record read as a council's lists the officials under `出席した執行部` (or `出席理事者`, `執行部出席者`) as
 * an assembly's does: a roll of its own, where its lines had been kept as minutes text with a warning.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (heading: string): string => `決算特別委員会記録

１．日　　時　　令和６年９月１９日（木）午前１０時開会
１．場　　所　　全員協議会室
１．出席委員
　　委員長　　上　田　健　一　　副委員長　　江　藤　真　弓
１．${heading}
　　会計管理者　　　　　浜　口　千　里
　　監査委員事務局長　　丸　山　健　太

◎上田委員長　ただいまから決算特別委員会を開会します。
◎浜口会計管理者　決算の概要を説明します。
◆江藤真弓委員　不用額が多い理由を伺います。
◎上田委員長　以上で閉会します。
`;

describe('the executive officials of a committee read as a council', () => {
	test.each(['出席した執行部', '出席理事者', '執行部出席者'])('under %s are a roll', (heading) => {
		const { meeting, diagnostics } = parseText(minutes(heading), 'kessan.txt');
		const group = meeting?.participants.find((entry) => entry.group === heading);
		expect(group?.members.map((member) => [member.name, member.title])).toEqual([
			['浜口千里', '会計管理者'],
			['丸山健太', '監査委員事務局長'],
		]);
		expect(diagnostics.map((d) => d.message).join('\n')).not.toContain(heading);
	});
});
