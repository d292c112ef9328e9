/** Every diagnostics rule, in the order they are listed (help, SARIF). Adding a rule is adding its file and one line here. */
import { ambiguousReference } from './ambiguous-reference';
import { factContradictsData } from './fact-contradicts-data';
import { firstUseNotSpelledOut } from './first-use-not-spelled-out';
import type { Rule } from './rule';
import { unknownAcronym } from './unknown-acronym';
import { unknownInstance } from './unknown-instance';

export const rules: readonly Rule[] = [unknownInstance, ambiguousReference, firstUseNotSpelledOut, factContradictsData, unknownAcronym];
