import { render } from 'preact';

function Options() {
  return <h1 id="options-title">FinLens</h1>;
}

render(<Options />, document.getElementById('app')!);
