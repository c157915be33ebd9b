/**
 * IBM Equal Access: `accessibility-checker-engine`'s in-page engine (ace.js, loaded once as a
 * classic script from node_modules) with the WCAG 2.2 (A, AA) policy. The engine walks into open
 * shadow roots by itself. Only results of level "violation" with confidence FAIL count as failures;
 * "potential violation", "manual" and "recommendation" items are returned apart, to be reviewed by a
 * person (see CONTRIBUTING "Accessibility checks").
 */
export interface IbmIssue {
  ruleId: string;
  reasonId: string;
  level: string;
  message: string;
  path: string;
  snippet: string;
}
interface AceIssue {
  ruleId: string;
  reasonId?: number | string;
  value: [string, string];
  message: string;
  path: Partial<Record<string, string>>;
  snippet: string;
}
interface Ace {
  Checker: new () => { check(node: Node, guidelines: string[]): Promise<{ results: AceIssue[] }> };
}

export const IBM_POLICY = 'WCAG_2_2';

let loading: Promise<Ace> | undefined;
function loadAce(): Promise<Ace> {
  loading ??= new Promise<Ace>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => {
      resolve((window as unknown as { ace: Ace }).ace);
    };
    script.onerror = () => {
      reject(new Error('accessibility-checker-engine/ace.js did not load'));
    };
    document.head.append(script);
  });
  return loading;
}

/** Level of an issue: "violation", "potentialviolation", "manual", "recommendation", "pass"… */
function level([policy, confidence]: [string, string]): string {
  if (confidence === 'PASS') return 'pass';
  if (confidence === 'MANUAL') return 'manual';
  if (policy === 'VIOLATION') return confidence === 'FAIL' ? 'violation' : 'potentialviolation';
  if (policy === 'RECOMMENDATION') return confidence === 'FAIL' ? 'recommendation' : 'potentialrecommendation';
  return 'information';
}

/** Runs the checker on `node` (the document, for the page-level rules) and sorts what it found. */
export async function ibmCheck(node: Node = document): Promise<{ violations: IbmIssue[]; review: IbmIssue[] }> {
  const ace = await loadAce();
  const report = await new ace.Checker().check(node, [IBM_POLICY]);
  const issues = report.results
    .map((r) => ({
      ruleId: r.ruleId,
      reasonId: String(r.reasonId ?? ''),
      level: level(r.value),
      message: r.message,
      path: r.path.dom ?? '',
      snippet: r.snippet,
    }))
    .filter((i) => i.level !== 'pass');
  return {
    violations: issues.filter((i) => i.level === 'violation'),
    review: issues.filter((i) => i.level !== 'violation' && i.level !== 'information'),
  };
}
