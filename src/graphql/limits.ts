import type { Plugin } from 'graphql-yoga';
import type { Settings } from '../config/settings.ts';
import { aliasLimitRule } from './alias-limit.ts';
import { costLimitPlugin } from './cost-limit.ts';
import { depthLimitRule } from './depth-limit.ts';
import { directiveLimitRule, MAX_DIRECTIVES } from './directive-limit.ts';
import { timeoutPlugin } from './timeout-plugin.ts';
import { tokenLimitPlugin } from './token-limit.ts';

export type LimitSettings = Pick<Settings, 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_TOKENS' | 'GRAPHQL_MAX_COST' | 'GRAPHQL_TIMEOUT_MS'>;

/**
 * Everything that bounds one request, in the order it applies: size in tokens while parsing; depth, aliases and
 * directives while validating (these depend on the document only, so yoga's validation cache may keep them);
 * the cost budget with the request's variables just before execution; then the time limit around execution.
 */
export function limitPlugins(s: LimitSettings): Plugin[] {
  const documentRules: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(s.GRAPHQL_MAX_DEPTH));
      addValidationRule(aliasLimitRule(s.GRAPHQL_MAX_ALIASES));
      addValidationRule(directiveLimitRule(MAX_DIRECTIVES));
    },
  };
  return [tokenLimitPlugin(s.GRAPHQL_MAX_TOKENS), documentRules, costLimitPlugin(s.GRAPHQL_MAX_COST), timeoutPlugin(s.GRAPHQL_TIMEOUT_MS)];
}
