import { describe, expect, test } from 'vitest';
import { referenceProblem } from '../../src/archive/editorial-check.ts';

const meetings = new Map([['task-force-042', { remarks: [{ id: 'r1' }, { id: 'r2' }] }]]);

describe('referenceProblem', () => {
	test.each([
		{ meeting: 'task-force-042', remark: undefined, expected: null },
		{ meeting: 'task-force-042', remark: 'r2', expected: null },
		{ meeting: 'task-force-043', remark: undefined, expected: 'meeting "task-force-043" does not exist' },
		{ meeting: 'task-force-042', remark: 'r3', expected: 'meeting "task-force-042" has no remark "r3" (it has r1–r2' },
		{ meeting: 'toString', remark: undefined, expected: 'meeting "toString" does not exist' },
	])('$meeting $remark', ({ meeting, remark, expected }) => {
		const problem = referenceProblem(meetings, meeting, remark);
		if (expected === null) expect(problem).toBeNull();
		else expect(problem).toContain(expected);
	});
});
