/* global structuredClone, Element, Node, ShadowRoot */
// Inlined into every test page by web-test-runner.config.mjs (testRunnerHtml), right after the test
// framework, before the test file is imported.
//
// A failed assertion's `actual` and `expected` go to the test runner with the file's results, and
// the runner's browser side copies the results with structuredClone before sending them. A DOM
// node cannot be copied: `expect(el.shadowRoot.activeElement).to.equal(button)`, failing, made the
// copy throw, the results never arrived, and the file waited for `testsFinishTimeout` (15 minutes)
// before the runner gave up on it, with no word of which check failed. Here a root `afterEach`
// replaces what cannot be copied with a description before the results are collected, so the
// failure is reported at once, with chai's message and a diff that names the elements.
// test/scripts/failures.test.mjs runs a failing check of that kind and holds this to it.

/** The start tag of an element (`<button part="button">`), and where it is if in a shadow root. */
function describeNode(node) {
  if (!(node instanceof Element)) return node.nodeName;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  const root = node.getRootNode();
  const where = root instanceof ShadowRoot ? ` (in the shadow root of <${root.host.localName}>)` : '';
  return `<${node.localName}${attributes}>${where}`;
}

/** `value` if structuredClone can copy it, else the same with every part that cannot be copied described. */
function cloneable(value, depth = 0) {
  try {
    structuredClone(value);
    return value;
  } catch {
    // Described below.
  }
  if (value instanceof Node) return describeNode(value);
  if (depth < 4 && Array.isArray(value)) return value.map((item) => cloneable(item, depth + 1));
  if (depth < 4 && value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cloneable(item, depth + 1)]));
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

window.mocha.suite.afterEach(function describeUncloneable() {
  const error = this.currentTest?.err;
  if (!error) return;
  for (const key of ['actual', 'expected']) if (key in error) error[key] = cloneable(error[key]);
});
