import { render } from 'preact';

function Popup() {
  return <h1 id="popup-title">FinLens</h1>;
}

render(<Popup />, document.getElementById('app')!);
