// Lint: typescript-eslint's recommended rules, plus the project's own safety
// rule: page text is only ever rendered as text, so HTML sinks are banned from
// production code (entrypoints/, components/, utils/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const HTML_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'srcdoc'];
const sinkMessage = 'Page text must stay text: build nodes with JSX or textContent, never HTML strings.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...HTML_SINKS.map((property) => ({ property, message: sinkMessage })),
        { object: 'document', property: 'write', message: sinkMessage },
      ],
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS.map((name) => ({
          selector: `:matches(Identifier, JSXIdentifier, Literal)[name='${name}'], Literal[value='${name}']`,
          message: sinkMessage,
        })),
        { selector: "NewExpression[callee.name='DOMParser']", message: sinkMessage },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: sinkMessage },
        { selector: "CallExpression[callee.property.name='setHTMLUnsafe']", message: sinkMessage },
      ],
    },
  },
);
